/** Reading JSON text: a syntax error becomes a position (line, column) and a reason, as a code. */

/** Why a text is not JSON, as a stable code; its words are the app's and the CLI's (`packProblems.json.*`, `cli.json.*`). */
export const JSON_ERROR_CODES = [
  'empty',
  'ends-early',
  'expected-value',
  'single-quotes',
  'property-name',
  'colon',
  'comma',
  'trailing-comma',
  'control-character',
  'escape',
  'unicode-escape',
  'unclosed-string',
  'after-end',
  'other',
] as const;
export type JsonErrorCode = (typeof JSON_ERROR_CODES)[number];

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; code: JsonErrorCode };

type Failure = { offset: number; code: JsonErrorCode };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1;
  return i;
}

/** Scans a string literal starting at its opening quote; returns the offset after it or a failure. */
function scanString(text: string, start: number): number | Failure {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, code: 'control-character' };
    if (c === 0x5c) {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, code: 'unicode-escape' };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(next)) return { offset: i, code: 'escape' };
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: text.length, code: 'unclosed-string' };
}

/** Scans one value (without nesting); returns the offset after it, or a failure. */
function scanScalar(text: string, i: number): number | Failure {
  const c = text.charAt(i);
  if (c === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  if (c === "'") return { offset: i, code: 'single-quotes' };
  return { offset: i, code: 'expected-value' };
}

/** Finds the first syntax error of a text that JSON.parse refused (iterative: any depth). */
function locateError(text: string): Failure {
  const stack: ('{' | '[')[] = [];
  let i = skipWhitespace(text, 0);
  if (i >= text.length) return { offset: i, code: 'empty' };
  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) {
      if (stack.length === 0 && expect === 'after') return { offset: i, code: 'other' };
      return { offset: i, code: 'ends-early' };
    }
    const c = text.charAt(i);
    if (expect === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i = skipWhitespace(text, i + 1);
        const close = c === '{' ? '}' : ']';
        if (text.charAt(i) === close) {
          stack.pop();
          i += 1;
          expect = 'after';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'after';
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return { offset: i, code: c === "'" ? 'single-quotes' : 'property-name' };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = skipWhitespace(text, end);
      if (text.charAt(i) !== ':') return { offset: i, code: 'colon' };
      i += 1;
      expect = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return { offset: i, code: 'after-end' };
    const close = top === '{' ? '}' : ']';
    if (c === close) {
      stack.pop();
      i += 1;
      continue;
    }
    if (c !== ',') return { offset: i, code: 'comma' };
    i = skipWhitespace(text, i + 1);
    if (text.charAt(i) === close) return { offset: i, code: 'trailing-comma' };
    expect = top === '{' ? 'key' : 'value';
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text (a leading byte-order mark is ignored); never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const failure = locateError(body);
    return { ok: false, ...position(body, failure.offset), code: failure.code };
  }
}
