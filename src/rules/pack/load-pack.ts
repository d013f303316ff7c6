import { inputComplexity } from '../input-guard';
import { parseJsonText } from '../json-text';
import { packReferenceProblems } from './pack-references';
import { packSchema, type Pack } from './pack-schema';
import { describeValue, formatPath, foundParams, problemLine, type ProblemParams } from '../problem-line';
import { DEFAULT_MESSAGE, schemaProblems, type PathProblem } from '../schema-problems';

export type LoadPackOptions = { readonly file?: string };
/** A pack problem for translation: where (the JSON path as in the line), a stable code and its parameters. */
export type PackProblem = { path: string; code: string; params: ProblemParams };
/** `problems` are the English lines (DESIGN.md); `details` say the same, one for one, as codes. */
export type LoadPackResult = { ok: true; pack: Pack } | { ok: false; problems: string[]; details: PackProblem[] };

function fail(problems: readonly PathProblem[], options: LoadPackOptions): LoadPackResult {
  return {
    ok: false,
    problems: problems.map((p) => problemLine(options.file, p.path, p.message)),
    details: problems.map((p) => ({ path: formatPath(p.path), code: p.code, params: p.params ?? {} })),
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
  const message = 'unknown field "__proto__"';
  const code = 'unknown-field';
  const params: ProblemParams = { field: '"__proto__"', hint: 'none', suggestion: '' };
  const baselines = entries(input.options)
    .filter(([, option]) => hasOwnProto(option.baseline))
    .map(([i]): PathProblem => ({ path: ['options', i, 'baseline'], message, code, params }));
  const weights = entries(input.criteria)
    .filter(([, criterion]) => typeof criterion.weightFrom === 'object' && criterion.weightFrom !== null && hasOwnProto((criterion.weightFrom as Record<string, unknown>).weights))
    .map(([i]): PathProblem => ({ path: ['criteria', i, 'weightFrom', 'weights'], message, code, params }));
  return [...weights, ...baselines];
}

function check(input: unknown, options: LoadPackOptions): LoadPackResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([{ path: [], message: `not a rules pack: expected a JSON object with "format": "aperture-rules/1", found ${describeValue(input)}`, code: 'not-a-pack', params: foundParams(input) }], options);
  }
  const tooComplex = inputComplexity(input);
  if (tooComplex) return fail([{ path: [], message: tooComplex.reason, code: tooComplex.code, params: { limit: tooComplex.limit } }], options);
  const parsed = packSchema.safeParse(input, { reportInput: true, error: () => DEFAULT_MESSAGE });
  const hidden = protoKeyProblems(input as Record<string, unknown>);
  if (!parsed.success) return fail([...schemaProblems(parsed.error), ...hidden], options);
  const problems = [...hidden, ...packReferenceProblems(parsed.data)];
  return problems.length > 0 ? fail(problems, options) : { ok: true, pack: parsed.data };
}

/**
 * Checks a pack: its shape (zod), then every cross-reference. Never throws, whatever the input;
 * returns the pack, or every problem as one line `<file>: <path>: <message>`.
 */
export function loadPack(input: unknown, options: LoadPackOptions = {}): LoadPackResult {
  try {
    return check(input, options);
  } catch (error) {
    // Only exotic inputs get here (getters or proxies that throw while being read).
    const reason = error instanceof Error ? error.message : describeValue(error);
    return fail([{ path: [], message: `could not be read: ${reason}`, code: 'unreadable', params: { reason } }], options);
  }
}

/** Parses and checks the text of a pack file; a JSON syntax error is one problem with its line and column. */
export function parsePackJson(text: string, options: LoadPackOptions = {}): LoadPackResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const params = { line: parsed.line, column: parsed.column, reason: parsed.code };
    return fail([{ path: [], message: `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`, code: 'not-json', params }], options);
  }
  return loadPack(parsed.value, options);
}
