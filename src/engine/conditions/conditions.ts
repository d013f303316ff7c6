import type { Answers } from '@/rules/answers/answers-schema';
import type { Condition, Pack } from '@/rules/pack/pack-schema';
import { NONE, readAnswers, type AnswerState } from '../score/answer-state';
import { packIndex, type PackIndex } from '../score/pack-index';
import { MAX_CONDITION_DEPTH } from '@/rules/limits';

/**
 * The rule language (DESIGN.md "Conditions"), evaluated over the answers of visible questions:
 * - `all` / `any`: every / at least one sub-condition holds; `not`: plain negation.
 * - `{q, is}`: the choice answer is the value, or one of the listed values.
 * - `{q, atLeast}` / `{q, atMost}`: the choice answer is at or above / at or below the value in
 *   the question's choice order (first choice = lowest level).
 * - `{q, includes}`: the multi answer contains the value; a list means all of them.
 * - `{q, answered: true}`: the question is visible and has an answer other than "not sure";
 *   `answered: false` is its negation.
 * Any other leaf on a hidden, unanswered or "not sure" question is false (so `not` of it is true).
 * A text answer that is blank after trimming and a multi answer `[]` count as unanswered.
 * A condition nested deeper than MAX_CONDITION_DEPTH (a leaf alone has depth 1), or not shaped
 * like a condition at all, never holds: the loader rejects such packs, the engine never throws.
 */

export { MAX_CONDITION_DEPTH };

/** A compiled condition: evaluates over answer state whose hidden questions are already NONE. */
export type Test = (state: AnswerState) => boolean;

const never: Test = () => false;
const always: Test = () => true;

/** Exhaustiveness check: a condition of an unknown shape (unvalidated input) never holds. */
function assertNever(_condition: never): Test {
  return never;
}

/** More nodes than any real pack holds: only an in-memory object sharing sub-conditions gets here. */
const MAX_CONDITION_NODES = 1_000_000;

/** True when the condition is a tree of objects of the expected shape no deeper than the limit (anything else never holds). */
export function isWellFormed(condition: unknown): boolean {
  const stack: [unknown, number][] = [[condition, 1]];
  let nodes = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    nodes += 1;
    if (depth > MAX_CONDITION_DEPTH || nodes > MAX_CONDITION_NODES || typeof node !== 'object' || node === null) return false;
    const children: unknown = 'all' in node ? node.all : 'any' in node ? node.any : 'not' in node ? [node.not] : undefined;
    if (children === undefined) {
      if (!('q' in node) || typeof node.q !== 'string') return false;
      continue;
    }
    if (!Array.isArray(children)) return false;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}

function valuesOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

function compileChoiceLeaf(index: PackIndex, q: string, build: (order: ReadonlyMap<string, number>) => ((c: number) => boolean) | undefined): Test {
  const entry = index.questions.get(q);
  if (!entry || entry.question.kind !== 'choice') return never;
  const matches = build(entry.choiceOrder);
  if (!matches) return never;
  const position = entry.order;
  return (state) => {
    const c = state.code[position] ?? NONE;
    return c >= 0 && matches(c);
  };
}

function compileIs(index: PackIndex, q: string, value: unknown): Test {
  return compileChoiceLeaf(index, q, (order) => {
    const wanted = valuesOf(value).flatMap((v) => (typeof v === 'string' && order.has(v) ? [order.get(v) ?? NONE] : []));
    if (wanted.length === 0) return undefined;
    const [only] = wanted;
    return wanted.length === 1 ? (c) => c === only : (c) => wanted.includes(c);
  });
}

function compileBound(index: PackIndex, q: string, value: unknown, atLeast: boolean): Test {
  return compileChoiceLeaf(index, q, (order) => {
    const bound = typeof value === 'string' ? order.get(value) : undefined;
    if (bound === undefined) return undefined;
    return atLeast ? (c) => c >= bound : (c) => c <= bound;
  });
}

function compileIncludes(index: PackIndex, q: string, value: unknown): Test {
  const entry = index.questions.get(q);
  if (!entry || entry.question.kind !== 'multi') return never;
  const wanted = valuesOf(value).filter((v): v is string => typeof v === 'string');
  const position = entry.order;
  return (state) => {
    const values = state.multi[position];
    return (state.code[position] ?? NONE) >= 0 && values !== undefined && wanted.every((v) => values.has(v));
  };
}

function compileAnswered(index: PackIndex, q: string, answered: unknown): Test {
  const entry = index.questions.get(q);
  if (!entry) return answered === true ? never : always;
  const position = entry.order;
  return answered === true
    ? (state) => (state.code[position] ?? NONE) >= 0
    : (state) => (state.code[position] ?? NONE) < 0;
}

function compileAll(tests: readonly Test[]): Test {
  return (state) => {
    for (const test of tests) if (!test(state)) return false;
    return true;
  };
}

function compileAny(tests: readonly Test[]): Test {
  return (state) => {
    for (const test of tests) if (test(state)) return true;
    return false;
  };
}

function compile(condition: Condition, index: PackIndex): Test {
  switch (true) {
    case 'all' in condition:
      return compileAll(condition.all.map((c) => compile(c, index)));
    case 'any' in condition:
      return compileAny(condition.any.map((c) => compile(c, index)));
    case 'not' in condition: {
      const inner = compile(condition.not, index);
      return (state) => !inner(state);
    }
    case 'is' in condition:
      return compileIs(index, condition.q, condition.is);
    case 'atLeast' in condition:
      return compileBound(index, condition.q, condition.atLeast, true);
    case 'atMost' in condition:
      return compileBound(index, condition.q, condition.atMost, false);
    case 'includes' in condition:
      return compileIncludes(index, condition.q, condition.includes);
    case 'answered' in condition:
      return compileAnswered(index, condition.q, condition.answered);
    default:
      return assertNever(condition);
  }
}

const compiled = new WeakMap<PackIndex, WeakMap<Condition, Test>>();

/** Compiles `condition` against the pack's questions (memoised per condition object); never throws. */
export function compileCondition(condition: Condition, index: PackIndex): Test {
  let byCondition = compiled.get(index);
  if (!byCondition) {
    byCondition = new WeakMap();
    compiled.set(index, byCondition);
  }
  const cacheable = typeof condition === 'object' && condition !== null;
  const known = cacheable ? byCondition.get(condition) : undefined;
  if (known) return known;
  const test = isWellFormed(condition) ? compile(condition, index) : never;
  if (cacheable) byCondition.set(condition, test);
  return test;
}

const showIfCache = new WeakMap<PackIndex, readonly (Test | undefined)[]>();

/** The compiled `showIf` of every question in pack order (undefined: always shown). */
export function showIfTests(index: PackIndex): readonly (Test | undefined)[] {
  let tests = showIfCache.get(index);
  if (!tests) {
    tests = index.questionList.map(({ question }) => (question.showIf ? compileCondition(question.showIf, index) : undefined));
    showIfCache.set(index, tests);
  }
  return tests;
}

/**
 * One pass in pack order: a question is visible when it has no `showIf` or its `showIf` holds over
 * the answers of earlier visible questions. Returns the state with hidden questions set to NONE
 * (written into `code` and `shown` when given, so repeated passes need not allocate).
 */
export function resolveVisibility(
  index: PackIndex,
  raw: AnswerState,
  code: Int32Array = new Int32Array(raw.code.length),
  shown: Uint8Array = new Uint8Array(raw.code.length),
): { state: AnswerState; shown: Uint8Array } {
  const tests = showIfTests(index);
  const count = raw.code.length;
  code.fill(NONE);
  const state: AnswerState = { code, multi: raw.multi };
  for (let i = 0; i < count; i += 1) {
    const test = tests[i];
    const visible = test === undefined || test(state);
    shown[i] = visible ? 1 : 0;
    if (visible) code[i] = raw.code[i] ?? NONE;
  }
  return { state, shown };
}

/** Whether `condition` holds for `answers` (answers to hidden questions are ignored); pure, never throws. */
export function holds(condition: Condition, answers: Answers, pack: Pack): boolean {
  const index = packIndex(pack);
  const { state } = resolveVisibility(index, readAnswers(index, answers));
  return compileCondition(condition, index)(state);
}
