import { catalogue, type Lang, type Messages } from './messages';

/** Dotted paths to every string leaf of the English messages: the typed translation keys. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Readonly<Record<string, string | number>>;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates a key, filling `{name}` placeholders from params. Falls back to English, then to the
 * key itself, so a missing text is visible rather than blank.
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = lookup(catalogue[lang], key) ?? lookup(catalogue.en, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** True when the string is a known message key (for schema messages that carry keys). */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(catalogue.en, key) !== undefined;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Picks the text of a pack's `{en, ja}` in the given language. */
export function localize(text: { readonly en: string; readonly ja: string }, lang: Lang): string {
  return text[lang];
}

/** A citation inside a sentence: without its closing full stop, which the sentence's own punctuation follows. */
export function citationInSentence(citation: string): string {
  return citation.replace(/[.。]\s*$/u, '');
}

/** A question quoted inside a sentence: without its closing 。, which a Japanese quotation drops (「…ですか」の回答). */
export function quotedInSentence(text: string): string {
  return text.replace(/。\s*$/u, '');
}

/** Whole sentences one after another: a space between them in English, nothing after Japanese 。. */
export function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.join(lang === 'ja' ? '' : ' ');
}

/** Short "label: value" items on one line: a space between them in English, an ideographic space in Japanese. */
export function joinLabelled(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'ja' ? '\u3000' : ' ');
}

/** A text that is either the same in both languages (a plain string) or `{en, ja}`. */
export function localizeEither(text: string | { readonly en: string; readonly ja: string }, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/**
 * The key of the form a count takes: `one` for exactly 1, `other` for every other count (English
 * plural rules; Japanese has one form, so both of its keys hold the same text).
 */
export function pluralKey<One extends MessageKey, Other extends MessageKey>(count: number, one: One, other: Other): One | Other {
  return count === 1 ? one : other;
}
