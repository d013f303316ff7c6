/** One-line problems with a JSON path: `<file>: <path>: <message>` (DESIGN.md "The loader"). */

export type PathPart = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["rules", 4, "when", "all", 0, "atLeast"]` → `rules[4].when.all[0].atLeast`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${quote(part)}]`;
  }
  return out;
}

/** A value shown inside a message: JSON-quoted (so line breaks stay escaped), shortened past 60 characters. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  else if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else text = describeValue(value);
  return text;
}

/** Says what kind of value was found, in plain words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a value of type ${typeof value}`;
  }
}

/** Joins file, path and message into one line; line breaks anywhere become spaces. */
export function problemLine(file: string | undefined, path: readonly PathPart[], message: string): string {
  const where = formatPath(path);
  const line = [file, where, message].filter((part) => part !== undefined && part !== '').join(': ');
  return line.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Parameters of a structured problem (numbers and short texts only). */
export type ProblemParams = Record<string, string | number>;

/** What kind of value was found, for a translated message: `foundKind` and the value as `found`. */
export function foundParams(value: unknown): ProblemParams {
  if (value === undefined) return { foundKind: 'nothing', found: '' };
  if (value === null) return { foundKind: 'null', found: 'null' };
  if (Array.isArray(value)) return { foundKind: value.length === 0 ? 'emptyList' : 'list', found: '' };
  switch (typeof value) {
    case 'string':
      return { foundKind: 'text', found: quote(value) };
    case 'number':
      return Number.isFinite(value) ? { foundKind: 'number', found: value } : { foundKind: 'notFinite', found: '' };
    case 'boolean':
      return { foundKind: 'boolean', found: String(value) };
    case 'object':
      return { foundKind: 'object', found: '' };
    default:
      return { foundKind: 'other', found: typeof value };
  }
}
