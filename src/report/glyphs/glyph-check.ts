import type { Coverage } from './font-coverage';
import { winAnsiCoverage } from './font-coverage';

/** Drawn in place of a character the font lacks (the geta mark), so nothing is silently dropped. */
export const REPLACEMENT_CHARACTER = '〓';

/** Unicode normal form and whitespace the report draws: NFC, tabs as spaces, one kind of newline. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** True when some character (other than a newline) is outside WinAnsi: the report then needs the Japanese font. */
export function needsJapaneseFont(texts: Iterable<string>): boolean {
  for (const text of texts) {
    for (const ch of normalizeText(text)) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp !== 0x0a && !winAnsiCoverage(cp)) return true;
    }
  }
  return false;
}

export type GlyphCheck = {
  /** The text with every character the font lacks replaced by 〓 (newlines kept). */
  readonly sanitize: (text: string) => string;
  /** The characters replaced so far, deduplicated, in the order met. */
  readonly replaced: () => string[];
};

/** Checks texts against a font's coverage, remembering what it had to replace. */
export function createGlyphCheck(covers: Coverage): GlyphCheck {
  const replaced: string[] = [];
  const seen = new Set<string>();
  const cache = new Map<string, string>();
  const sanitize = (text: string): string => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    let out = '';
    for (const ch of normalizeText(text)) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x0a || covers(cp)) {
        out += ch;
        continue;
      }
      out += REPLACEMENT_CHARACTER;
      if (!seen.has(ch)) {
        seen.add(ch);
        replaced.push(ch);
      }
    }
    cache.set(text, out);
    return out;
  };
  return { sanitize, replaced: () => [...replaced] };
}
