/**
 * East Asian wide and full-width characters (Unicode's East Asian Width W and F, the ranges that
 * occur in practice): Hangul Jamo and syllables, CJK radicals, punctuation, kana and ideographs
 * (the supplementary planes' too), Yi, compatibility forms and full-width forms.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** True when a character (one code point) takes two columns in a terminal, about one em in a proportional font. */
export function isWide(char: string): boolean {
  return WIDE.test(char);
}

/** Columns a text takes in a terminal: two for each wide character, one for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 2 : 1;
  return width;
}
