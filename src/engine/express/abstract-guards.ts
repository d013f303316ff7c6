import type { Condition } from '@/rules/pack/pack-schema';
import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { MAX_CONDITION_DEPTH } from '../conditions/conditions';
import type { PackIndex } from '../score/pack-index';
import { compileTriCondition, FALSE, memoPerCondition, TRUE, UNKNOWN, type Tri, type TriState } from '../conditions/three-valued';

/**
 * Block guards over answers known only in part, read the way the engine reads them: three-valued
 * (Kleene), so a "not sure" answer is UNKNOWN, and a guard that is UNKNOWN blocks. For every
 * completion of the masks, the engine's value of the guard lies in the set computed here (sound: the
 * connectives lose only correlations between parts). Once every question holds one code, the set is
 * exactly the engine's value, so a "not sure" answer never keeps an option undecided on its own.
 */

/** Possible three-valued results as bits. */
export const K_TRUE = 1;
export const K_FALSE = 2;
export const K_UNKNOWN = 4;
const ALL = K_TRUE | K_FALSE | K_UNKNOWN;

const BIT_OF_TRI: Record<Tri, number> = { [FALSE]: K_FALSE, [TRUE]: K_TRUE, [UNKNOWN]: K_UNKNOWN };
const VISIBILITIES: readonly Tri[] = [FALSE, TRUE, UNKNOWN];

/** Per question: the masks of codes it may take (as in abstract-state) and the visibilities it may have (K bits). */
export type KTest = (mask: readonly number[], multi: AnswerState['multi'], visible: Uint8Array) => number;

const never: KTest = () => K_FALSE;

/** A leaf judged by the engine's own three-valued test on a state holding only its question. */
function compileLeaf(leaf: Condition, index: PackIndex): KTest {
  const test = compileTriCondition(leaf, index);
  const count = index.questionList.length;
  const q = (leaf as { q?: unknown }).q;
  const entry = typeof q === 'string' ? index.questions.get(q) : undefined;
  const code = new Int32Array(count).fill(NONE);
  const multi = new Array<ReadonlySet<string> | undefined>(count);
  const visible = new Uint8Array(count);
  const state: TriState = { code, multi, visible };
  if (!entry) return () => BIT_OF_TRI[test(state)];
  const position = entry.order;
  const choices = entry.question.kind === 'multi' ? entry.question.choices.map((c) => c.value) : [];
  // An answered list whose values are not known yet: the whole list and each single value cover every outcome of `includes`.
  const someLists = [new Set(choices), ...choices.map((c) => new Set([c]))];
  const judge = (v: Tri, c: number, values: ReadonlySet<string> | undefined): number => {
    code[position] = c;
    multi[position] = values;
    visible[position] = v;
    const r = BIT_OF_TRI[test(state)];
    code[position] = NONE;
    multi[position] = undefined;
    visible[position] = FALSE;
    return r;
  };
  // Per visibility, the code bits giving each result, judged once; only an answered list is judged per call (its values vary).
  const isMulti = entry.question.kind === 'multi';
  const listBit = 1 << 2;
  const codes = [NONE, UNSURE, ...(entry.question.kind === 'choice' ? entry.question.choices.map((_, j) => j) : [0])];
  const tables = VISIBILITIES.map((v) => {
    const byResult = { [K_TRUE]: 0, [K_FALSE]: 0, [K_UNKNOWN]: 0 } as Record<number, number>;
    for (const c of codes) {
      if (isMulti && c === 0) continue;
      const bit = c === NONE ? 1 : c === UNSURE ? 2 : (1 << (c + 2)) >>> 0;
      const r = judge(v, c, undefined);
      byResult[r] = (byResult[r] ?? 0) | bit;
    }
    return byResult;
  });
  return (mask, values, shown) => {
    const m = mask[position] ?? 1;
    const vis = shown[position] ?? K_FALSE;
    let result = 0;
    VISIBILITIES.forEach((v, i) => {
      if ((vis & BIT_OF_TRI[v]) === 0) return;
      const table = tables[i] ?? {};
      if ((m & (table[K_TRUE] ?? 0)) !== 0) result |= K_TRUE;
      if ((m & (table[K_FALSE] ?? 0)) !== 0) result |= K_FALSE;
      if ((m & (table[K_UNKNOWN] ?? 0)) !== 0) result |= K_UNKNOWN;
      if (isMulti && (m & listBit) !== 0) {
        const known = values[position];
        if (known === undefined) for (const list of someLists) result |= judge(v, 0, list);
        else result |= judge(v, 0, known);
      }
    });
    return result;
  };
}

function compile(condition: Condition, index: PackIndex, depth: number): KTest {
  if (depth > MAX_CONDITION_DEPTH || typeof condition !== 'object' || condition === null) return never;
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts: unknown = all ? condition.all : condition.any;
    if (!Array.isArray(parts)) return never;
    const tests = parts.map((part: Condition) => compile(part, index, depth + 1));
    // all: FALSE if any part may be FALSE; TRUE if every part may be TRUE; UNKNOWN if every part may be non-FALSE and some may be UNKNOWN. any: the dual.
    const decisive = all ? K_FALSE : K_TRUE;
    const other = all ? K_TRUE : K_FALSE;
    return (mask, multi, visible) => {
      let decides = 0;
      let everyOther = other;
      let everyNotDecisive = K_UNKNOWN;
      let someUnknown = 0;
      for (const test of tests) {
        const r = test(mask, multi, visible);
        decides |= r & decisive;
        if ((r & other) === 0) everyOther = 0;
        if ((r & (other | K_UNKNOWN)) === 0) everyNotDecisive = 0;
        someUnknown |= r & K_UNKNOWN;
      }
      return decides | everyOther | (everyNotDecisive & someUnknown);
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not, index, depth + 1);
    return (mask, multi, visible) => {
      const r = inner(mask, multi, visible);
      return (r & K_UNKNOWN) | ((r & K_TRUE) !== 0 ? K_FALSE : 0) | ((r & K_FALSE) !== 0 ? K_TRUE : 0);
    };
  }
  if (!('q' in condition) || typeof condition.q !== 'string') return never;
  return compileLeaf(condition, index);
}

/** The set of three-valued results `condition` may take over abstract answers (memoised per condition object). */
export const compileKleene: (condition: Condition, index: PackIndex) => KTest = memoPerCondition((condition, index) => compile(condition, index, 1), never);

/** The three-valued visibilities each question may have (K bits), in pack order, as `resolveTriVisibility` would give for any completion. */
export function kleeneVisibility(index: PackIndex, mask: readonly number[], multi: AnswerState['multi']): Uint8Array {
  const visible = new Uint8Array(index.questionList.length).fill(K_FALSE);
  index.questionList.forEach((entry, i) => {
    const showIf = entry.question.showIf;
    visible[i] = showIf ? compileKleene(showIf, index)(mask, multi, visible) & ALL : K_TRUE;
  });
  return visible;
}
