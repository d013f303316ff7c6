import type { z } from 'zod';
import { describeValue, foundParams, quote, type PathPart, type ProblemParams } from './problem-line';

/** Turns zod issues into plain-words problems with full JSON paths. */

/** One problem: its English line (`message`) and, made at the same place, a stable code with parameters for translation. */
export type PathProblem = { path: PathPart[]; message: string; code: string; params?: ProblemParams };

/** Messages a schema gives itself (pack-schema.ts), by code. */
const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  'must be lower-case letters, digits, "." or "-" (e.g. "data.uniqueness")': 'bad-id',
  'must be a version like "1.0.0"': 'bad-version',
};

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

function expectedCode(expected: string | undefined, path: readonly PathPart[]): string {
  const end = last(path);
  if (expected === 'string' && (end === 'en' || end === 'ja')) return end;
  if (expected === 'object' && isLocalizedPath(path)) return 'localized';
  return expected !== undefined && Object.prototype.hasOwnProperty.call(TYPE_WORDS, expected) ? expected : 'other';
}

function expectedWords(expected: string | undefined, path: readonly PathPart[]): string {
  const end = last(path);
  if (expected === 'string' && (end === 'en' || end === 'ja')) return LANGUAGE[end];
  if (expected === 'object' && isLocalizedPath(path)) return 'a text in English and Japanese: {"en": "…", "ja": "…"}';
  return TYPE_WORDS[expected ?? ''] ?? (expected ? `a value of type ${expected}` : 'a value');
}

function invalidType(issue: Issue, path: PathPart[]): PathProblem {
  const end = last(path);
  if (issue.input === undefined && issue.expected === 'string' && (end === 'en' || end === 'ja')) {
    return { path, message: `${LANGUAGE[end]} is missing`, code: 'missing-language', params: { lang: end } };
  }
  const expected = expectedWords(issue.expected, path);
  const params = { expected: expectedCode(issue.expected, path), type: issue.expected ?? '' };
  if (issue.input === undefined) return { path, message: `missing: expected ${expected}`, code: 'missing-field', params };
  return { path, message: `expected ${expected}, found ${describeValue(issue.input)}`, code: 'wrong-type', params: { ...params, ...foundParams(issue.input) } };
}

function sizeMessage(issue: Issue, path: PathPart[]): PathProblem {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const end = last(path);
  switch (issue.origin) {
    case 'array': {
      const count = Array.isArray(issue.input) ? issue.input.length : small ? 'fewer' : 'more';
      const params = { limit, count };
      return small
        ? { path, message: `needs at least ${limit} ${limit === 1 ? 'item' : 'items'}, found ${count}`, code: 'too-few-items', params }
        : { path, message: `has too many items: at most ${limit}, found ${count}`, code: 'too-many-items', params };
    }
    case 'string':
      if (small && limit <= 1) {
        return end === 'en' || end === 'ja'
          ? { path, message: `${LANGUAGE[end]} is empty`, code: 'empty-language', params: { lang: end } }
          : { path, message: 'must not be empty', code: 'empty' };
      }
      return small
        ? { path, message: `is too short: at least ${limit} characters`, code: 'too-short', params: { limit } }
        : { path, message: `is too long: at most ${limit} characters`, code: 'too-long', params: { limit } };
    default: {
      const bound = issue.inclusive === false ? (small ? 'above' : 'below') : small ? 'at least' : 'at most';
      const params = { bound: bound.replace(' ', '-'), limit, ...foundParams(issue.input) };
      return { path, message: `must be ${bound} ${limit}, found ${describeValue(issue.input)}`, code: 'out-of-range', params };
    }
  }
}

function unknownKeys(issue: Issue, path: PathPart[]): PathProblem[] {
  const localized = isLocalizedPath(path) || (typeof last(path) === 'number' && path[path.length - 2] === 'talkingPoints');
  return (issue.keys ?? []).map((key) => {
    const operator = CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase() && op !== key);
    const hinted = Object.prototype.hasOwnProperty.call(FIELD_HINTS, key);
    const hint = operator
      ? ` (did you mean ${operator}?)`
      : localized
        ? ' (texts have only "en" and "ja")'
        : hinted
          ? ` (${FIELD_HINTS[key]})`
          : '';
    const hintCode = operator ? 'operator' : localized ? 'localized' : hinted ? key : 'none';
    return { path, message: `unknown field ${quote(key)}${hint}`, code: 'unknown-field', params: { field: quote(key), hint: hintCode, suggestion: operator ?? '' } };
  });
}

function conditionUnion(issue: Issue, path: PathPart[]): PathProblem[] {
  const input = issue.input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path, message: `${NOT_A_CONDITION}; found ${describeValue(input)}`, code: 'not-a-condition', params: foundParams(input) }];
  }
  const keys = Object.keys(input);
  const present = CONDITION_OPERATORS.filter((op) => keys.includes(op));
  const [only] = present;
  if (present.length === 1 && only !== undefined) {
    const branch = issue.errors?.[CONDITION_OPERATORS.indexOf(only)] ?? [];
    const problems = branch.flatMap((inner) => issueProblems(inner, path));
    return problems.length > 0 ? problems : [{ path, message: NOT_A_CONDITION, code: 'not-a-condition' }];
  }
  if (present.length > 1) {
    return [{ path, message: `not a valid condition: it has ${present.join(' and ')}; use one per condition and combine them with all or any`, code: 'condition-two-tests', params: { tests: present.join(', ') } }];
  }
  const typo = keys
    .map((key) => CONDITION_OPERATORS.find((op) => op.toLowerCase() === key.toLowerCase()))
    .find((op) => op !== undefined);
  if (typo) return [{ path, message: `${NOT_A_CONDITION} (did you mean ${typo}?)`, code: 'not-a-condition', params: { suggestion: typo } }];
  if (keys.includes('q')) return [{ path, message: `a question test needs one of ${LEAF_LIST}`, code: 'test-needs-operator', params: { operators: LEAF_LIST } }];
  return [{ path, message: NOT_A_CONDITION, code: 'not-a-condition' }];
}

function union(issue: Issue, path: PathPart[]): PathProblem[] {
  if (issue.discriminator !== undefined) {
    const choices = (issue.options ?? []).map(String).join(', ');
    const found = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[issue.discriminator] : undefined;
    if (found === undefined) return [{ path, message: `missing: expected one of ${choices}`, code: 'missing-one-of', params: { choices } }];
    return [{ path, message: `${quote(found)} is not one of ${choices}`, code: 'not-one-of', params: { value: quote(found), choices } }];
  }
  if (isConditionPath(path)) return conditionUnion(issue, path);
  const end = last(path);
  if (end === 'is' || end === 'includes') {
    if (Array.isArray(issue.input)) return (issue.errors?.[1] ?? []).flatMap((inner) => issueProblems(inner, path));
    if (typeof issue.input === 'string') return (issue.errors?.[0] ?? []).flatMap((inner) => issueProblems(inner, path));
    return [{ path, message: `expected a choice value or a list of choice values, found ${describeValue(issue.input)}`, code: 'wrong-type', params: { expected: 'choiceOrList', type: '', ...foundParams(issue.input) } }];
  }
  return [{ path, message: `does not match any allowed form, found ${describeValue(issue.input)}`, code: 'no-allowed-form', params: foundParams(issue.input) }];
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
      return [sizeMessage(issue, path)];
    case 'unrecognized_keys':
      return unknownKeys(issue, path);
    case 'invalid_union':
      return union(issue, path);
    case 'invalid_key':
      return [{ path, message: `${quote(issue.input)} is not a valid key: ${(issue.issues ?? []).map((inner) => issueProblems(inner).map((p) => p.message).join('; ')).join('; ')}`, code: 'invalid-key', params: { key: quote(issue.input) } }];
    case 'invalid_value': {
      const values = (issue.values ?? []).map(quote);
      if (issue.input === undefined) return [{ path, message: `missing: expected ${values.join(' or ')}`, code: 'missing-one-of', params: { choices: values.join(', ') } }];
      return [
        values.length === 1
          ? { path, message: `expected ${values[0]}, found ${describeValue(issue.input)}`, code: 'wrong-value', params: { expected: values[0] ?? '', ...foundParams(issue.input) } }
          : { path, message: `${quote(issue.input)} is not one of ${values.join(', ')}`, code: 'not-one-of', params: { value: quote(issue.input), choices: values.join(', ') } },
      ];
    }
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, message: `expected a web address starting with http:// or https://, found ${quote(issue.input)}`, code: 'not-a-url', params: { value: quote(issue.input) } }];
      if (custom) {
        const message = `${quote(issue.input)} ${custom}`;
        const code = SCHEMA_MESSAGES[custom];
        return [code ? { path, message, code, params: { value: quote(issue.input) } } : { path, message, code: 'other', params: { message } }];
      }
      return [{ path, message: `${quote(issue.input)} is not in the expected form (${issue.format ?? 'format'})`, code: 'wrong-form', params: { value: quote(issue.input), format: issue.format ?? '' } }];
    default:
      return [
        custom
          ? { path, message: custom, code: 'other', params: { message: custom } }
          : { path, message: `is not valid, found ${describeValue(issue.input)}`, code: 'invalid', params: foundParams(issue.input) },
      ];
  }
}

/** Every problem of a failed zod parse, duplicates removed. */
export function schemaProblems(error: z.ZodError): PathProblem[] {
  const seen = new Set<string>();
  const out: PathProblem[] = [];
  for (const issue of error.issues as unknown as Issue[]) {
    for (const problem of issueProblems(issue)) {
      const key = JSON.stringify([problem.path, problem.message]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}
