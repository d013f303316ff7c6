import { initialLang, LANG_KEY } from '@/i18n/initial-lang';
import type { Lang } from '@/i18n/messages';
import { sharedPayload } from '@/lib/share/shared-payload';

/**
 * What the page knows before any of the app's code has run: whether this browser holds Aperture
 * records, and so whether the start screen drawn when the app was built (src/app/boot/prerender.tsx)
 * is the screen the app will open on. Light on purpose: the classic script that shows that screen
 * (first-screen.ts) is built from this module.
 */

/** Keys of this app that are not records to read (the language chosen is read without a schema). */
const NOT_RECORDS = new Set([LANG_KEY]);

/** True when `storage` holds any Aperture record. Storage that throws on reading says false: nothing can be read from it. */
export function holdsStoredRecords(storage: Storage | undefined): boolean {
  try {
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith('aperture.') && !NOT_RECORDS.has(key)) return true;
    }
  } catch {
    // Blocked storage: nothing stored can be read.
  }
  return false;
}

/**
 * The language of the start screen drawn at build time that this page may show before the app's
 * code has run, or null when the app draws its first screen itself: a returning visit (stored
 * records: a session to resume, another mode, a pack of the user's), a share link in the address
 * (another fragment, such as the skip link's `#main`, opens the start screen as ever),
 * or a browser whose storage is disabled (whether it holds records cannot be told).
 */
export function prerenderedLang(storage: Storage | undefined, hash: string): Lang | null {
  if (!storage || sharedPayload(hash) !== null || holdsStoredRecords(storage)) return null;
  return initialLang(storage);
}
