/**
 * lz-string's `decompressFromEncodedURIComponent`, reading the same format, but stopping as soon as
 * the text would grow past `maxChars`. A short link can otherwise unfold into gigabytes (each code
 * may extend the previous dictionary entry by one character, so n codes give about n²/2 characters);
 * here memory stays bounded by `maxChars`: every dictionary entry is a piece of the output plus one
 * character, so the dictionary never holds more than the output and one character per code.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i] as const));

export type BoundedText = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'invalid' };

/** Decompresses an lz-string URI-safe payload into at most `maxChars` characters. Never throws. */
export function decompressBounded(payload: string, maxChars: number): BoundedText {
  const input = payload.replace(/ /g, '+');
  if (input === '') return { ok: false, problem: 'invalid' };
  let index = 0;
  let value = 0;
  let mask = 0;
  const nextBits = (count: number): number | undefined => {
    let bits = 0;
    for (let power = 0; power < count; power += 1) {
      if (mask === 0) {
        if (index >= input.length) return undefined;
        const v = VALUE_OF.get(input.charAt(index));
        index += 1;
        if (v === undefined) return undefined;
        value = v;
        mask = 32;
      }
      if ((value & mask) !== 0) bits |= 1 << power;
      mask >>= 1;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const pieces: string[] = [];
  const grow = () => {
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  };

  const first = nextBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return { ok: false, problem: 'invalid' };
  const firstChar = nextBits(first === 0 ? 8 : 16);
  if (firstChar === undefined) return { ok: false, problem: 'invalid' };
  let w = String.fromCharCode(firstChar);
  dictionary.push(w);
  pieces.push(w);
  let size = 1;

  for (;;) {
    const code = nextBits(numBits);
    if (code === undefined) return { ok: false, problem: 'invalid' };
    let c = code;
    if (code === 2) return { ok: true, text: pieces.join('') };
    if (code === 0 || code === 1) {
      const char = nextBits(code === 0 ? 8 : 16);
      if (char === undefined) return { ok: false, problem: 'invalid' };
      dictionary.push(String.fromCharCode(char));
      c = dictionary.length - 1;
      grow();
    }
    let entry: string;
    const known = dictionary[c];
    if (c < dictionary.length && known !== undefined && c >= 3) entry = known;
    else if (c === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, problem: 'invalid' };
    size += entry.length;
    if (size > maxChars) return { ok: false, problem: 'too-large' };
    pieces.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}
