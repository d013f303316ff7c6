/** The bundled pack, checked at build time by build/checked-pack.ts. */
declare module 'virtual:default-pack' {
  const pack: import('@/rules/pack/pack-schema').Pack;
  export default pack;
}

/** The bundled pack with the texts of one language only; the other language's texts complete it (pack-languages.ts). */
declare module 'virtual:default-pack/pack-en' {
  const part: unknown;
  export default part;
}
declare module 'virtual:default-pack/pack-ja' {
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
 * Loads a part of the bundled pack: the pack with one language's texts, or one language's texts.
 * The build fetches each part as a JSON file; the dev server and the tests import the modules above.
 */
declare module 'virtual:default-pack/parts' {
  export function loadPart(kind: 'pack', lang: import('@/i18n/messages').Lang): Promise<unknown>;
  export function loadPart(kind: 'texts', lang: import('@/i18n/messages').Lang): Promise<string[]>;
}
