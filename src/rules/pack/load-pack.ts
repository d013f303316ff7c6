import { inputComplexity } from '../input-guard';
import { parseJsonText } from '../json-text';
import { packReferenceProblems } from './pack-references';
import { packSchema, type Pack } from './pack-schema';
import type { PackProblem } from './pack-problem';
import { formatPath, foundParams } from '../problem-line';
import { DEFAULT_MESSAGE, schemaProblems, type PathProblem } from '../schema-problems';

export type { PackProblem } from './pack-problem';

/** `file` names the pack's file in the problem lines (`<file>: <path>: <message>`); the result carries it. */
export type LoadPackOptions = { readonly file?: string };
/**
 * A pack, or every problem of it as data (`PackProblem`: a place, a code and its parameters), which
 * `describePackProblem` puts into words: the CLI's English lines and the app's text in either language.
 */
export type LoadPackResult = { ok: true; pack: Pack } | { ok: false; file?: string; problems: PackProblem[] };

function fail(problems: readonly PathProblem[], options: LoadPackOptions): LoadPackResult {
  return {
    ok: false,
    ...(options.file === undefined ? {} : { file: options.file }),
    problems: problems.map(({ path, ...problem }) => ({ ...problem, path: formatPath(path) })),
  };
}

function entries(value: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? [[i, item as Record<string, unknown>]] : []));
}

function hasOwnProto(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, '__proto__');
}

/**
 * zod skips a `__proto__` key inside maps (baselines, weightFrom weights) without a word, so it is
 * reported here; in fixed-field objects zod reports it as an unknown field itself.
 */
function protoKeyProblems(input: Record<string, unknown>): PathProblem[] {
  const problem = (path: PathProblem['path']): PathProblem => ({ path, code: 'unknown-field', params: { field: '"__proto__"', hint: 'none', suggestion: '' } });
  const baselines = entries(input.options)
    .filter(([, option]) => hasOwnProto(option.baseline))
    .map(([i]) => problem(['options', i, 'baseline']));
  const weights = entries(input.criteria)
    .filter(([, criterion]) => typeof criterion.weightFrom === 'object' && criterion.weightFrom !== null && hasOwnProto((criterion.weightFrom as Record<string, unknown>).weights))
    .map(([i]) => problem(['criteria', i, 'weightFrom', 'weights']));
  return [...weights, ...baselines];
}

function check(input: unknown, options: LoadPackOptions): LoadPackResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ path: [], code: 'not-a-pack', params: foundParams(input) }], options);
  }
  const tooComplex = inputComplexity(input);
  if (tooComplex) return fail([{ path: [], code: tooComplex.code, params: { limit: tooComplex.limit } }], options);
  const parsed = packSchema.safeParse(input, { reportInput: true, error: () => DEFAULT_MESSAGE });
  const hidden = protoKeyProblems(input as Record<string, unknown>);
  if (!parsed.success) return fail([...schemaProblems(parsed.error), ...hidden], options);
  const problems = [...hidden, ...packReferenceProblems(parsed.data)];
  return problems.length > 0 ? fail(problems, options) : { ok: true, pack: parsed.data };
}

/**
 * Checks a pack: its shape (zod), then every cross-reference. Never throws, whatever the input;
 * returns the pack, or every problem (as data; in words, one line `<file>: <path>: <message>` each).
 */
export function loadPack(input: unknown, options: LoadPackOptions = {}): LoadPackResult {
  try {
    return check(input, options);
  } catch (error) {
    // Only exotic inputs get here (getters or proxies that throw while being read).
    const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : typeof error;
    return fail([{ path: [], code: 'unreadable', params: { reason } }], options);
  }
}

/** Parses and checks the text of a pack file; a JSON syntax error is one problem with its line and column. */
export function parsePackJson(text: string, options: LoadPackOptions = {}): LoadPackResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return fail([{ path: [], code: 'not-json', params: { line: parsed.line, column: parsed.column, reason: parsed.code } }], options);
  }
  return loadPack(parsed.value, options);
}
