import { addLanguagePreparer, type Lang } from '@/i18n/messages';
import type { Pack } from '@/rules/pack/pack-schema';
import { loadPart } from 'virtual:default-pack/parts';
import { completePackLanguage, otherLanguage } from './pack-languages';
import { packAwaitingRules, rulesOf, wholePack, type PackQuestions } from '@/lib/pack/pack-rules';

/** What chooses the active pack (pack-boot.ts), as the pack gate receives it (tests give it a small pack instead). */
export type PackBootModule = typeof import('./pack-boot');

/**
 * The bundled pack comes in parts, each a file of its own checked when the app was built: its
 * questions with the texts of the page's language come first (all the start screen and the
 * questionnaire need); its rules with the same texts, and the other language's texts, follow when
 * the browser is idle, and before anything needs them: whatever scores waits for the rules
 * (`wholePack`, src/lib/pack/pack-rules.ts), a switch of language waits for the texts, and the parts
 * of the app that write in both languages (the results with the PDF, the workshop) wait for the
 * whole pack (`completeBundledPack`).
 */
let bundled: { lang: Lang; pack: Promise<Pack>; questions: Promise<PackQuestions> } | undefined;
let completing: Promise<void> | undefined;
let complete = false;
let preparerAdded = false;

const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0));

/** The bundled pack, with its questions in `lang` at once (the language the page starts in), its rules when they arrive, and both languages once complete. */
export function loadBundledPack(lang: Lang): Promise<Pack> {
  if (!bundled) {
    // Until completed, each text of the pack holds `lang` only: the pack is whole for a page in that language.
    const questions = loadPart('questions', lang);
    const pack = questions.then((part) => packAwaitingRules(part, () => loadPart('rules', lang)));
    const started = { lang, pack, questions };
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

/** Resolves once the bundled pack holds its rules and both languages; undefined when there is nothing to wait for. */
export function completeBundledPack(): Promise<void> | undefined {
  if (!bundled || complete) return undefined;
  const { lang, pack, questions } = bundled;
  const other = otherLanguage(lang);
  completing ??= Promise.all([pack.then(wholePack), questions, loadPart('texts', other)]).then(
    ([whole, questionsPart, texts]) => {
      if (complete) return;
      // The questions part's objects are the pack's own: its texts are completed in place, in the order the build cut them.
      completePackLanguage([questionsPart, rulesOf(whole)], other, texts);
      complete = true;
    },
    (error: unknown) => {
      completing = undefined;
      throw error;
    },
  );
  return completing;
}
