import { addLanguagePreparer, type Lang } from '@/i18n/messages';
import type { Pack } from '@/rules/pack/pack-schema';
import { loadPart } from 'virtual:default-pack/parts';
import { onceLoaded } from '@/lib/once-loaded';
import { completePackLanguage, otherLanguage } from './pack-languages';

/**
 * The bundled pack and the loader come in their own chunk, fetched as soon as the app's code runs
 * (main.tsx starts it before React renders) so that it downloads while the page is set up. A failed
 * download is forgotten, so that "try again" fetches it anew.
 */

export type PackBootModule = typeof import('./pack-boot');

export const loadPackBoot: () => Promise<PackBootModule> = onceLoaded(() => import('./pack-boot'));

/**
 * The bundled pack comes with the texts of the page's language only (a file of its own, checked when
 * the app was built); the other language's texts follow when the browser is idle, and before
 * anything needs them: a switch of language waits for them, and so do the parts of the app that
 * write in both (the results with the PDF, the workshop: `completeBundledPack`).
 */
let bundled: { lang: Lang; pack: Promise<Pack> } | undefined;
let completing: Promise<void> | undefined;
let complete = false;
let preparerAdded = false;

const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0));

/** The bundled pack, with `lang`'s texts at once (the language the page starts in) and both languages once complete. */
export function loadBundledPack(lang: Lang): Promise<Pack> {
  if (!bundled) {
    // Until completed, each text of the pack holds `lang` only: the pack is whole for a page in that language.
    const pack = loadPart('pack', lang).then((part) => part as Pack);
    const started = { lang, pack };
    bundled = started;
    pack.then(
      () => whenIdle(() => void completeBundledPack()?.catch(() => undefined)),
      () => {
        if (bundled === started) bundled = undefined;
      },
    );
  }
  // A switch to the other language waits for its texts.
  if (!preparerAdded) addLanguagePreparer((next) => (next === bundled?.lang ? undefined : completeBundledPack()));
  preparerAdded = true;
  return bundled.pack;
}

/** Resolves once the bundled pack holds both languages; undefined when there is nothing to wait for. */
export function completeBundledPack(): Promise<void> | undefined {
  if (!bundled || complete) return undefined;
  const { lang, pack } = bundled;
  const other = otherLanguage(lang);
  completing ??= Promise.all([pack, loadPart('texts', other)]).then(
    ([part, texts]) => {
      if (complete) return;
      completePackLanguage(part, other, texts);
      complete = true;
    },
    (error: unknown) => {
      completing = undefined;
      throw error;
    },
  );
  return completing;
}
