import { isLang, type Lang } from './messages';

/** Where the language the user chose is remembered (read without a schema: it is one of two words). */
export const LANG_KEY = 'aperture.lang';

/** The language remembered in `storage`, else the browser's preference (Japanese if it comes first), else English. */
export function initialLang(storage: Storage | undefined): Lang {
  try {
    const saved = storage?.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage can be disabled (private mode, policy); the browser's preference still applies.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return preferred.some((l) => l.toLowerCase().startsWith('ja')) && !preferred[0]?.toLowerCase().startsWith('en') ? 'ja' : 'en';
}
