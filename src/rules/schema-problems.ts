import type { z } from 'zod';
import { describeValue, quote, type PathPart } from './problem-line';

/** Turns zod issues into plain-words problems with full JSON paths. */

export type PathProblem = { path: PathPart[]; message: string };

/** Marks a message zod made up itself, so that only a schema's own messages are kept as they are. */
export const DEFAULT_MESSAGE = '\u0000';

type Issue = {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  errors?: Issue[][];
  issues?: Issue[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
  note?: string;
  discriminator?: string;
  options?: unknown[];
};

export const CONDITION_OPERATORS = ['all', 'any', 'not', 'is', 'atLeast', 'atMost', 'includes', 'answered'] as const;
const LEAF_LIST = 'is, atLeast, atMost, includes, answered';
const NOT_A_CONDITION = `not a valid condition: use all, any, not, or a question test (${LEAF_LIST})`;
const LOCALIZED_KEYS = new Set(['title', 'intro', 'text', 'help', 'label', 'name', 'description', 'summary', 'because', 'mitigation']);
const LANGUAGE = { en: 'the English text (en)', ja: 'the Japanese text (ja)' } as const;
const FIELD_HINTS: Readonly<Record<string, string>> = {
  allowUnsure: 'only choice questions can allow "not sure"',
  maxLength: 'only text questions have it',
  multiline: 'only text questions have it',
  choices: 'text questions have no choices',
};
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function last(path: readonly PathPart[]): PathPart | undefined {
  return path[path.length - 1];
}

function isConditionPath(path: readonly PathPart[]): boolean {
  const end = last(path);
  if (end === 'when' || end === 'showIf' || end === 'not') return true;
  const parent = path[path.length - 2];
  return typeof end === 'number' && (parent === 'all' || parent === 'any');
}

function isLocalizedPath(path: readonly PathPart[]): boolean {
  const end = last(path);
  if (typeof end === 'string') return LOCALIZED_KEYS.has(end);
  return typeof end === 'number' && path[path.length - 2] === 'talkingPoints';
}

function expectedWords(expected: string | undefined, path: readonly PathPart[]): string {
  const end = last(path);
  if (expected === 'string' && (end === 'en' || end === 'ja')) return LANGUAGE[end];
  if (expected === 'object' && isLocalizedPath(path)) return 'a text in English and Japanese: {"en": "…", "ja": "…"}';
  return TYPE_WORDS[expected ?? ''] ?? (expected ? `a value of type ${expected}` : 'a value');
}

function invalidType(issue: Issue, path: PathPart[]): string {
  const end = last(path);
  if (issue.input === undefined && issue.expected === 'string' && (end === 'en' || end === 'ja')) return `${LANGUAGE[end]} is missing`;
  const expected = expectedWords(issue.expected, path);
  if (issue.input === undefined) return `missing: expected ${expected}`;
  return `expected ${expected}, found ${describeValue(issue.input)}`;
}

function sizeMessage(issue: Issue, path: PathPart[]): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const end = last(path);
  switch (issue.origin) {
    case 'array':
      return small
        ? `needs at least ${limit} ${limit === 1 ? 'item' : 'items'}, found ${Array.isArray(issue.input) ? issue.input.length : 'fewer'}`
        : `has too many items: at most ${limit}, found ${Array.isArray(issue.input) ? issue.input.length : 'more'}`;
    case 'string':
      if (small && limit <= 1) return end === 'en' || end === 'ja' ? `${LANGUAGE[end]} is empty` : 'must not be empty';
      return small ? `is too short: at least ${limit} characters` : `is too long: at most ${limit} characters`;
    default: {
      const bound = issue.inclusive === false ? (small ? 'above' : 'below') : small ? 'at least' : 'at most';
      return `must be ${bound} ${limit}, found ${describeValue(issue.input)}`;
    }
  }
}

function unknownKeys(issue: Issue, path: PathPart[]): PathProblem[] {
  const localized = isLocalizedPath(path) || (typeof last(path) === 'number' && path[path.length - 2] === 'talkingPoints');
  return (issue.keys ?? []).map((key) => {
    const operator = CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase() && op !== key);
    const hint = operator
      ? ` (did you mean ${operator}?)`
      : localized
        ? ' (texts have only "en" and "ja")'
        : Object.prototype.hasOwnProperty.call(FIELD_HINTS, key)
          ? ` (${FIELD_HINTS[key]})`
          : '';
    return { path, message: `unknown field ${quote(key)}${hint}` };
  });
}

function conditionUnion(issue: Issue, path: PathPart[]): PathProblem[] {
  const input = issue.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path, message: `${NOT_A_CONDITION}; found ${describeValue(input)}` }];
  }
  const keys = Object.keys(input);
  const present = CONDITION_OPERATORS.filter((op) => keys.includes(op));
  const [only] = present;
  if (present.length === 1 && only !== undefined) {
    const branch = issue.errors?.[CONDITION_OPERATORS.indexOf(only)] ?? [];
    const problems = branch.flatMap((inner) => issueProblems(inner, path));
    return problems.length > 0 ? problems : [{ path, message: NOT_A_CONDITION }];
  }
  if (present.length > 1) {
    return [{ path, message: `not a valid condition: it has ${present.join(' and ')}; use one per condition and combine them with all or any` }];
  }
  const typo = keys
    .map((key) => CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase()))
    .find((op) => op !== undefined);
  if (typo) return [{ path, message: `${NOT_A_CONDITION} (did you mean ${typo}?)` }];
  if (keys.includes('q')) return [{ path, message: `a question test needs one of ${LEAF_LIST}` }];
  return [{ path, message: NOT_A_CONDITION }];
}

function union(issue: Issue, path: PathPart[]): PathProblem[] {
  if (issue.discriminator !== undefined) {
    const choices = (issue.options ?? []).map(String).join(', ');
    const found = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
    if (found === undefined) return [{ path, message: `missing: expected one of ${choices}` }];
    return [{ path, message: `${quote(found)} is not one of ${choices}` }];
  }
  if (isConditionPath(path)) return conditionUnion(issue, path);
  const end = last(path);
  if (end === 'is' || end === 'includes') {
    if (Array.isArray(issue.input)) return (issue.errors?.[1] ?? []).flatMap((inner) => issueProblems(inner, path));
    if (typeof issue.input === 'string') return (issue.errors?.[0] ?? []).flatMap((inner) => issueProblems(inner, path));
    return [{ path, message: `expected a choice value or a list of choice values, found ${describeValue(issue.input)}` }];
  }
  return [{ path, message: `does not match any allowed form, found ${describeValue(issue.input)}` }];
}

/** Problems of one zod issue; `base` is the path of the value the issue's own path is relative to. */
export function issueProblems(issue: Issue, base: readonly PathPart[] = []): PathProblem[] {
  const path = [...base, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  const custom = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: invalidType(issue, path) }];
    case 'too_small':
    case 'too_big':
      return [{ path, message: sizeMessage(issue, path) }];
    case 'unrecognized_keys':
      return unknownKeys(issue, path);
    case 'invalid_union':
      return union(issue, path);
    case 'invalid_key':
      return [{ path, message: `${quote(issue.input)} is not a valid key: ${(issue.issues ?? []).map((inner) => issueProblems(inner).map((p) => p.message).join('; ')).join('; ')}` }];
    case 'invalid_value': {
      const values = (issue.values ?? []).map(quote);
      if (issue.input === undefined) return [{ path, message: `missing: expected ${values.join(' or ')}` }];
      return [{ path, message: values.length === 1 ? `expected ${values[0]}, found ${describeValue(issue.input)}` : `${quote(issue.input)} is not one of ${values.join(', ')}` }];
    }
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, message: `expected a web address starting with http:// or https://, found ${quote(issue.input)}` }];
      return [{ path, message: custom ? `${quote(issue.input)} ${custom}` : `${quote(issue.input)} is not in the expected form (${issue.format ?? 'format'})` }];
    default:
      return [{ path, message: custom ?? `is not valid, found ${describeValue(issue.input)}` }];
  }
}

/** Every problem of a failed zod parse, duplicates removed. */
export function schemaProblems(error: z.ZodError): PathProblem[] {
  const seen = new Set<string>();
  const out: PathProblem[] = [];
  for (const issue of error.issues as unknown as Issue[]) {
    for (const problem of issueProblems(issue)) {
      const key = JSON.stringify(problem);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}
