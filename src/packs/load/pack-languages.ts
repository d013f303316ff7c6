import type { Lang } from '@/i18n/messages';
import type { Pack } from '@/rules/pack/pack-schema';
import { splitPackRules } from '@/lib/pack/pack-rules';

/**
 * The bundled pack travels in three parts for the language the page opens in: its questions with
 * that language's texts (what the first screen and the questionnaire need), its rules with that
 * language's texts (src/lib/pack/pack-rules.ts), and the other language's texts, one string per
 * text of the pack in the order `eachText` meets them in [questions, rules], which complete it when
 * they arrive. The build cuts the pack (build/pack-parts.ts) and checks that the parts make it again.
 */

const LANGUAGES: readonly Lang[] = ['en', 'ja'];

type Node = unknown;
type Text = Partial<Record<Lang, string>>;

/** A text of the pack: an object whose keys are languages, each with a string. */
function isText(node: Node): node is Text {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const entries = Object.entries(node);
  return entries.length > 0 && entries.every(([key, value]) => (LANGUAGES as readonly string[]).includes(key) && typeof value === 'string');
}

/** Calls `visit` on every text of `node`, depth first, in the order of keys and items. */
function eachText(node: Node, visit: (text: Text) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) eachText(item, visit);
  } else if (isText(node)) {
    visit(node);
  } else if (typeof node === 'object' && node !== null) {
    for (const value of Object.values(node)) eachText(value, visit);
  }
}

export const otherLanguage = (lang: Lang): Lang => (lang === 'en' ? 'ja' : 'en');

/** A copy of the (checked) pack with only `lang`'s texts, and the other language's texts in order. */
export function splitPackLanguage(pack: Node, lang: Lang): { part: Node; otherTexts: string[] } {
  const part = structuredClone(pack);
  const otherTexts: string[] = [];
  const other = otherLanguage(lang);
  eachText(part, (text) => {
    otherTexts.push(text[other] ?? '');
    delete text[other];
  });
  return { part, otherTexts };
}

/**
 * Completes a part made by `splitPackLanguage(pack, otherLanguage(lang))` with `lang`'s texts, in
 * place (the app has handed the pack's objects around by then), each text as `{ en, ja }`.
 */
export function completePackLanguage(part: Node, lang: Lang, texts: readonly string[]): void {
  let next = 0;
  eachText(part, (text) => {
    const value = texts[next];
    next += 1;
    if (value === undefined) return;
    const known = text[otherLanguage(lang)] ?? '';
    for (const key of LANGUAGES) delete text[key];
    text.en = lang === 'en' ? value : known;
    text.ja = lang === 'ja' ? value : known;
  });
  if (next !== texts.length) throw new Error(`The pack has ${next} texts, ${texts.length} were given`);
}

/** The parts of the bundled pack for a page in `lang`: questions and rules with `lang`'s texts, and the other language's texts of both, in order. */
export function splitPackParts(pack: Pack, lang: Lang): { questions: Node; rules: Node; otherTexts: string[] } {
  const { questions, rules } = splitPackRules(pack);
  const { part, otherTexts } = splitPackLanguage([questions, rules], lang);
  const [questionsPart, rulesPart] = part as [Node, Node];
  return { questions: questionsPart, rules: rulesPart, otherTexts };
}
