import { jaModel, Parser } from 'budoux';

/**
 * Line breaking for the PDF. jsPDF's splitTextToSize breaks only at spaces, which leaves Japanese
 * unbroken; here Japanese is cut into phrases (BudouX) and lines are filled by measured width,
 * keeping the kinsoku rules. Latin text breaks at spaces. Pure: the caller supplies `measure`.
 */

export type Measure = (text: string) => number;

/** Characters that may not start a line (closing brackets, punctuation, small kana, prolonged sound mark). */
const NO_START = new Set(
  [...'、。，．,.)）]］｝}〕〉》」』】〙〗〟’”｠»・：；:;？！?!‐゠–〜～ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ%％‰'],
);
/** Characters that may not end a line (opening brackets). */
const NO_END = new Set([...'(（[［{｛〔〈《「『【〘〖〝‘“｟«']);

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u;

let parser: Parser | undefined;
function phrases(text: string): string[] {
  parser ??= new Parser(jaModel);
  return parser.parse(text);
}

/** Splits a paragraph into unbreakable pieces; a line may break only between two of them. */
export function segment(text: string): string[] {
  const pieces = CJK.test(text)
    ? phrases(text).flatMap((phrase) => phrase.match(/\S+\s*|\s+/g) ?? [])
    : (text.match(/\S+\s*|\s+/g) ?? []);
  // Kinsoku at phrase boundaries: glue a piece that may not start a line to the one before,
  // and a piece that may not end a line to the one after.
  const glued: string[] = [];
  for (const piece of pieces) {
    const last = glued.length - 1;
    const previous = glued[last];
    const first = [...piece][0] ?? '';
    const previousEnd = previous === undefined ? '' : ([...previous.trimEnd()].at(-1) ?? '');
    if (previous !== undefined && (NO_START.has(first) || (NO_END.has(previousEnd) && previous === previous.trimEnd()))) {
      glued[last] = previous + piece;
    } else glued.push(piece);
  }
  return glued;
}

/**
 * Where to cut a run of characters that is wider than a line: as many as fit, moved back for
 * kinsoku; a bracket, slash or hyphen past the first third of the line is a better place.
 */
function cutPoint(chars: readonly string[], maxWidth: number, measure: Measure): number {
  let fit = 1;
  while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= maxWidth) fit += 1;
  for (let at = fit; at >= Math.max(2, Math.floor(fit / 3)); at -= 1) {
    const before = chars[at - 1] ?? '';
    const after = chars[at] ?? '';
    const natural = NO_END.has(after) || /[)）」』】〕/-]/.test(before);
    if (natural && !NO_START.has(after) && !NO_END.has(before)) return at;
  }
  let cut = fit;
  while (cut > 1 && (NO_START.has(chars[cut] ?? '') || NO_END.has(chars[cut - 1] ?? ''))) cut -= 1;
  return cut;
}

/** Below this share of the line, the sum of the pieces' widths decides; nearer the end, the line is measured whole. */
const SURE = 0.95;

function breakParagraph(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  // Widths add up except for kerning across a boundary, so a line far from full is not measured again.
  let width = 0;
  const push = () => {
    const done = line.trimEnd();
    if (done !== '' || lines.length === 0) lines.push(done);
    line = '';
    width = 0;
  };
  for (const piece of segment(text)) {
    const next = line === '' ? piece.trimStart() : piece;
    const estimate = width + measure(next);
    const fits = estimate <= maxWidth * SURE || measure((line + next).trimEnd()) <= maxWidth;
    if (fits) {
      line += next;
      width = estimate;
      continue;
    }
    if (line !== '') push();
    let rest = [...piece.trim()];
    while (rest.length > 0 && measure(rest.join('')) > maxWidth) {
      const cut = cutPoint(rest, maxWidth, measure);
      line = rest.slice(0, cut).join('');
      push();
      rest = rest.slice(cut);
    }
    line = rest.join('') + (/\s$/.test(piece) ? ' ' : '');
    width = measure(line);
  }
  if (line.trim() !== '' || lines.length === 0) push();
  return lines;
}

/**
 * Breaks text into lines no wider than `maxWidth` (as measured), keeping hard newlines. Japanese
 * breaks between BudouX phrases, Latin text at spaces; a piece wider than a line is cut between
 * characters. No line starts with closing punctuation or small kana, nor ends with an opening bracket.
 * Never drops a character other than the spaces at a break.
 */
export function breakLines(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => (paragraph.trim() === '' ? [''] : breakParagraph(paragraph, maxWidth, measure)));
}
