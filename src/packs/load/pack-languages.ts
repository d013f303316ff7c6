import type { Lang } from '@/i18n/messages';

/**
 * The bundled pack travels in two parts: the pack with the texts of one language (what the first
 * screen and the questionnaire in that language need), and the other language's texts, one string
 * per text of the pack in the order `eachText` meets them, which complete it when they arrive. The
 * build splits the pack (build/checked-pack.ts) and checks that completing the part gives the pack back.
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
