/** The bundled pack, checked at build time by build/checked-pack.ts. */
declare module 'virtual:default-pack' {
  const pack: import('@/rules/pack/pack-schema').Pack;
  export default pack;
}

/** The bundled pack's questions, and its rules, with the texts of one language only; the other language's texts complete them (pack-languages.ts). */
declare module 'virtual:default-pack/questions-en' {
  const part: unknown;
  export default part;
}
declare module 'virtual:default-pack/questions-ja' {
  const part: unknown;
  export default part;
}
declare module 'virtual:default-pack/rules-en' {
  const part: unknown;
  export default part;
}
declare module 'virtual:default-pack/rules-ja' {
  const part: unknown;
  export default part;
}
/** The bundled pack's texts in one language, in the order of pack-languages.ts. */
declare module 'virtual:default-pack/texts-en' {
  const texts: string[];
  export default texts;
}
declare module 'virtual:default-pack/texts-ja' {
  const texts: string[];
  export default texts;
}
/**
 * Loads a part of the bundled pack: its questions or its rules with one language's texts, or one
 * language's texts. The build fetches each part as a JSON file; the dev server and the tests import
 * the modules above.
 */
declare module 'virtual:default-pack/parts' {
  export function loadPart(kind: 'questions', lang: import('@/i18n/messages').Lang): Promise<import('@/lib/pack/pack-rules').PackQuestions>;
  export function loadPart(kind: 'rules', lang: import('@/i18n/messages').Lang): Promise<import('@/lib/pack/pack-rules').PackRules>;
  export function loadPart(kind: 'texts', lang: import('@/i18n/messages').Lang): Promise<string[]>;
}
