import type { z } from 'zod';
import type { ExpectedCode, FieldHint, PackProblemBody } from './pack/pack-problem';
import { foundParams, quote, type PathPart } from './problem-line';

/** Turns zod issues into problems (codes with parameters, no words) with full JSON paths. */

/** One problem at its place, the path still in parts. */
export type PathProblem = PackProblemBody & { path: PathPart[] };

/** Messages a schema gives itself (pack-schema.ts, id-schema.ts) are problem codes. */
const SCHEMA_CODES: ReadonlySet<string> = new Set(['bad-id', 'bad-version'] satisfies PackProblemBody['code'][]);

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
const LOCALIZED_KEYS = new Set(['title', 'intro', 'text', 'help', 'label', 'name', 'description', 'summary', 'because', 'mitigation']);
/** Fields of one kind of question found on another: the hint says which kind has them. */
const FIELD_HINTS: ReadonlySet<string> = new Set(['allowUnsure', 'maxLength', 'multiline', 'choices'] satisfies FieldHint[]);
/** zod's type names that have words of their own; a record is said as an object. */
const TYPE_CODES: Readonly<Record<string, ExpectedCode>> = {
  string: 'string',
  number: 'number',
  int: 'int',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
  record: 'object',
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

function expectedCode(expected: string | undefined, path: readonly PathPart[]): ExpectedCode {
  const end = last(path);
  if (expected === 'string' && (end === 'en' || end === 'ja')) return end;
  if (expected === 'object' && isLocalizedPath(path)) return 'localized';
  return (expected !== undefined && Object.prototype.hasOwnProperty.call(TYPE_CODES, expected) ? TYPE_CODES[expected] : undefined) ?? 'other';
}

function invalidType(issue: Issue, path: PathPart[]): PathProblem {
  const end = last(path);
  if (issue.input === undefined && issue.expected === 'string' && (end === 'en' || end === 'ja')) {
    return { path, code: 'missing-language', params: { lang: end } };
  }
  const params = { expected: expectedCode(issue.expected, path), type: issue.expected ?? '' };
  if (issue.input === undefined) return { path, code: 'missing-field', params };
  return { path, code: 'wrong-type', params: { ...params, ...foundParams(issue.input) } };
}

function sizeProblem(issue: Issue, path: PathPart[]): PathProblem {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const end = last(path);
  switch (issue.origin) {
    case 'array': {
      // zod reports the list itself (reportInput); something that is not a list has no items.
      const params = { limit, count: Array.isArray(issue.input) ? issue.input.length : 0 };
      return small ? { path, code: 'too-few-items', params } : { path, code: 'too-many-items', params };
    }
    case 'string':
      if (small && limit <= 1) return end === 'en' || end === 'ja' ? { path, code: 'empty-language', params: { lang: end } } : { path, code: 'empty', params: {} };
      return small ? { path, code: 'too-short', params: { limit } } : { path, code: 'too-long', params: { limit } };
    default: {
      const bound = issue.inclusive === false ? (small ? 'above' : 'below') : small ? 'at-least' : 'at-most';
      return { path, code: 'out-of-range', params: { bound, limit, ...foundParams(issue.input) } };
    }
  }
}

function unknownKeys(issue: Issue, path: PathPart[]): PathProblem[] {
  const localized = isLocalizedPath(path) || (typeof last(path) === 'number' && path[path.length - 2] === 'talkingPoints');
  return (issue.keys ?? []).map((key): PathProblem => {
    const operator = CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase() && op !== key);
    const hint: FieldHint = operator ? 'operator' : localized ? 'localized' : FIELD_HINTS.has(key) ? (key as FieldHint) : 'none';
    return { path, code: 'unknown-field', params: { field: quote(key), hint, suggestion: operator ?? '' } };
  });
}

function conditionUnion(issue: Issue, path: PathPart[]): PathProblem[] {
  const input = issue.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ path, code: 'not-a-condition', params: foundParams(input) }];
  const keys = Object.keys(input);
  const present = CONDITION_OPERATORS.filter((op) => keys.includes(op));
  const [only] = present;
  if (present.length === 1 && only !== undefined) {
    const branch = issue.errors?.[CONDITION_OPERATORS.indexOf(only)] ?? [];
    const problems = branch.flatMap((inner) => issueProblems(inner, path));
    return problems.length > 0 ? problems : [{ path, code: 'not-a-condition', params: {} }];
  }
  if (present.length > 1) return [{ path, code: 'condition-two-tests', params: { tests: present.join(', ') } }];
  const typo = keys
    .map((key) => CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase()))
    .find((op) => op !== undefined);
  if (typo) return [{ path, code: 'not-a-condition', params: { suggestion: typo } }];
  if (keys.includes('q')) return [{ path, code: 'test-needs-operator', params: { operators: LEAF_LIST } }];
  return [{ path, code: 'not-a-condition', params: {} }];
}

function union(issue: Issue, path: PathPart[]): PathProblem[] {
  if (issue.discriminator !== undefined) {
    const choices = (issue.options ?? []).map(String).join(', ');
    const found = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
    if (found === undefined) return [{ path, code: 'missing-one-of', params: { choices } }];
    return [notOneOf(path, found, choices)];
  }
  if (isConditionPath(path)) return conditionUnion(issue, path);
  const end = last(path);
  if (end === 'is' || end === 'includes') {
    if (Array.isArray(issue.input)) return (issue.errors?.[1] ?? []).flatMap((inner) => issueProblems(inner, path));
    if (typeof issue.input === 'string') return (issue.errors?.[0] ?? []).flatMap((inner) => issueProblems(inner, path));
    return [{ path, code: 'wrong-type', params: { expected: 'choiceOrList', type: '', ...foundParams(issue.input) } }];
  }
  return [{ path, code: 'no-allowed-form', params: foundParams(issue.input) }];
}

/** A value that is not one of the allowed texts; a value that is not text at all is said by its kind. */
function notOneOf(path: PathPart[], found: unknown, choices: string): PathProblem {
  return { path, code: 'not-one-of', params: typeof found === 'string' ? { value: quote(found), choices } : { choices, ...foundParams(found) } };
}

/** Problems of one zod issue; `base` is the path of the value the issue's own path is relative to. */
export function issueProblems(issue: Issue, base: readonly PathPart[] = []): PathProblem[] {
  const path = [...base, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  const custom = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return [invalidType(issue, path)];
    case 'too_small':
    case 'too_big':
      return [sizeProblem(issue, path)];
    case 'unrecognized_keys':
      return unknownKeys(issue, path);
    case 'invalid_union':
      return union(issue, path);
    case 'invalid_key':
      return [{ path, code: 'invalid-key', params: { key: quote(issue.input) } }];
    case 'invalid_value': {
      const values = (issue.values ?? []).map(quote);
      if (issue.input === undefined) return [{ path, code: 'missing-one-of', params: { choices: values.join(', ') } }];
      if (values.length === 1) return [{ path, code: 'wrong-value', params: { expected: values[0] ?? '', ...foundParams(issue.input) } }];
      return [notOneOf(path, issue.input, values.join(', '))];
    }
    case 'invalid_format': {
      const value = quote(issue.input);
      if (issue.format === 'url') return [{ path, code: 'not-a-url', params: { value } }];
      if (custom && SCHEMA_CODES.has(custom)) return [{ path, code: custom as 'bad-id' | 'bad-version', params: { value } }];
      if (custom) return [{ path, code: 'other', params: { message: `${value} ${custom}` } }];
      return [{ path, code: 'wrong-form', params: { value, format: issue.format ?? '' } }];
    }
    default:
      return [custom ? { path, code: 'other', params: { message: custom } } : { path, code: 'invalid', params: foundParams(issue.input) }];
  }
}

/** Every problem of a failed zod parse, duplicates removed. */
export function schemaProblems(error: z.ZodError): PathProblem[] {
  const seen = new Set<string>();
  const out: PathProblem[] = [];
  for (const issue of error.issues as unknown as Issue[]) {
    for (const problem of issueProblems(issue)) {
      const key = JSON.stringify([problem.path, problem.code, problem.params]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}
