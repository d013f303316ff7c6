import type { FoundParams } from './pack/pack-problem';

/** The parts of a problem's place and parameters: a JSON path as shown, and values quoted as the file has them. */

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

/**
 * A value of the file inside a problem: JSON-quoted (so line breaks stay escaped), shortened past 60
 * characters; a list or an object (never named by value) as `[…]` or `{…}`.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' ? '{…}' : typeof value;
}

/** What kind of value was found, for a translated message: `foundKind` and the value as `found`. */
export function foundParams(value: unknown): FoundParams {
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
