import type { Condition } from '@/rules/pack/pack-schema';
import { NONE, type AnswerState } from '../score/answer-state';
import { MAX_CONDITION_DEPTH } from './conditions';
import type { PackIndex } from '../score/pack-index';

/**
 * Three-valued (Kleene) evaluation of conditions, used for `block` guards: a guard must not stop
 * blocking only because an answer is missing. A question whose answer is "not sure" or missing
 * and that is shown, or could be shown once other unknown answers are given, is UNKNOWN; a leaf on
 * it is UNKNOWN, and so is a leaf on an answered question whose visibility is unknown when its
 * answer matches. `all` is FALSE when any part is FALSE, else UNKNOWN when any part is; `any` is
 * TRUE when any part is TRUE, else UNKNOWN when any part is; `not` keeps UNKNOWN. When no answer is
 * unknown, the result is the two-valued one of `conditions.ts`. The evaluation is sound: whenever
 * some way of answering the unknown questions makes a condition true, it is TRUE or UNKNOWN here.
 */

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Raw answers (hidden questions keep their answer) with the three-valued visibility of each question. */
export type TriState = {
  readonly code: Int32Array;
  readonly multi: AnswerState['multi'];
  /** FALSE: hidden whatever the unknown answers are; TRUE: shown; UNKNOWN: depends on them. */
  readonly visible: Uint8Array;
};

/**
 * A compiled three-valued condition. With `why`, the positions of the unknown questions that make
 * the result UNKNOWN are appended to it (only those of the parts that decide the result).
 */
export type TriTest = (state: TriState, why?: number[]) => Tri;

const never: TriTest = () => FALSE;

function not(value: Tri): Tri {
  return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
}

function valuesOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The leaf's value given whether the answer matches (undefined: no usable answer). */
function leafValue(index: PackIndex, position: number, state: TriState, matches: boolean | undefined, why: number[] | undefined): Tri {
  const visible = state.visible[position] ?? FALSE;
  if (visible === FALSE) return FALSE;
  if (visible === UNKNOWN) {
    // Not shown to the user: its answer, if any, is ignored; what it waits for is its showIf.
    if (why) showIfTriTests(index)[position]?.(state, why);
    return UNKNOWN;
  }
  if (matches !== undefined) return matches ? TRUE : FALSE;
  why?.push(position);
  return UNKNOWN;
}

function choiceLeaf(index: PackIndex, q: string, build: (order: ReadonlyMap<string, number>) => ((c: number) => boolean) | undefined): TriTest {
  const entry = index.questions.get(q);
  if (!entry || entry.question.kind !== 'choice') return never;
  const matches = build(entry.choiceOrder);
  if (!matches) return never;
  const position = entry.order;
  return (state, why) => {
    const c = state.code[position] ?? NONE;
    return leafValue(index, position, state, c >= 0 ? matches(c) : undefined, why);
  };
}

function compileLeaf(condition: Condition, index: PackIndex): TriTest {
  if ('is' in condition) {
    return choiceLeaf(index, condition.q, (order) => {
      const wanted = valuesOf(condition.is).flatMap((v) => (typeof v === 'string' && order.has(v) ? [order.get(v) ?? NONE] : []));
      return wanted.length > 0 ? (c) => wanted.includes(c) : undefined;
    });
  }
  if ('atLeast' in condition || 'atMost' in condition) {
    const atLeast = 'atLeast' in condition;
    const value: unknown = 'atLeast' in condition ? condition.atLeast : condition.atMost;
    return choiceLeaf(index, condition.q, (order) => {
      const bound = typeof value === 'string' ? order.get(value) : undefined;
      if (bound === undefined) return undefined;
      return atLeast ? (c) => c >= bound : (c) => c <= bound;
    });
  }
  if ('includes' in condition) {
    const entry = index.questions.get(condition.q);
    if (!entry || entry.question.kind !== 'multi') return never;
    const wanted = valuesOf(condition.includes).filter((v): v is string => typeof v === 'string');
    const position = entry.order;
    return (state, why) => {
      const values = state.multi[position];
      const answered = (state.code[position] ?? NONE) >= 0 && values !== undefined;
      return leafValue(index, position, state, answered ? wanted.every((v) => values.has(v)) : undefined, why);
    };
  }
  if ('answered' in condition) {
    const entry = index.questions.get(condition.q);
    if (!entry) return condition.answered === true ? never : () => TRUE;
    const position = entry.order;
    const test: TriTest = (state, why) => leafValue(index, position, state, (state.code[position] ?? NONE) >= 0 ? true : undefined, why);
    return condition.answered === true ? test : (state, why) => not(test(state, why));
  }
  return never;
}

function compile(condition: Condition, index: PackIndex, depth: number): TriTest {
  if (depth > MAX_CONDITION_DEPTH || typeof condition !== 'object' || condition === null) return never;
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts: unknown = all ? condition.all : condition.any;
    if (!Array.isArray(parts)) return never;
    const tests = parts.map((part: Condition) => compile(part, index, depth + 1));
    // all: FALSE decides; any: TRUE decides. Otherwise UNKNOWN when any part is.
    const decisive: Tri = all ? FALSE : TRUE;
    return (state, why) => {
      const mark = why?.length ?? 0;
      let unknown = false;
      for (const test of tests) {
        const value = test(state, why);
        if (value === decisive) {
          if (why) why.length = mark;
          return decisive;
        }
        if (value === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : not(decisive);
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not, index, depth + 1);
    return (state, why) => not(inner(state, why));
  }
  if (!('q' in condition) || typeof condition.q !== 'string') return never;
  return compileLeaf(condition, index);
}

/**
 * A compiler of conditions memoised per pack index and condition object: `compileRoot` runs once
 * per condition; anything that is not an object compiles to `never`.
 */
export function memoPerCondition<T>(compileRoot: (condition: Condition, index: PackIndex) => T, never: T): (condition: Condition, index: PackIndex) => T {
  const cache = new WeakMap<PackIndex, WeakMap<object, T>>();
  return (condition, index) => {
    if (typeof condition !== 'object' || condition === null) return never;
    let byCondition = cache.get(index);
    if (!byCondition) {
      byCondition = new WeakMap();
      cache.set(index, byCondition);
    }
    let test = byCondition.get(condition);
    if (test === undefined) {
      test = compileRoot(condition, index);
      byCondition.set(condition, test);
    }
    return test;
  };
}

/** Compiles `condition` for three-valued evaluation (memoised per condition object); never throws. */
export const compileTriCondition: (condition: Condition, index: PackIndex) => TriTest = memoPerCondition((condition, index) => compile(condition, index, 1), never);

const showIfCache = new WeakMap<PackIndex, readonly (TriTest | undefined)[]>();

function showIfTriTests(index: PackIndex): readonly (TriTest | undefined)[] {
  let tests = showIfCache.get(index);
  if (!tests) {
    tests = index.questionList.map(({ question }) => (question.showIf ? compileTriCondition(question.showIf, index) : undefined));
    showIfCache.set(index, tests);
  }
  return tests;
}

/**
 * One pass in pack order: a question without `showIf` is shown; otherwise its visibility is the
 * three-valued value of its `showIf` over earlier questions. Writes into `visible` when given.
 */
export function resolveTriVisibility(index: PackIndex, raw: AnswerState, visible: Uint8Array = new Uint8Array(raw.code.length)): TriState {
  const tests = showIfTriTests(index);
  const state: TriState = { code: raw.code, multi: raw.multi, visible };
  visible.fill(FALSE);
  for (let i = 0; i < raw.code.length; i += 1) {
    const test = tests[i];
    visible[i] = test === undefined ? TRUE : test(state);
  }
  return state;
}
