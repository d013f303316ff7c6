import type { Condition } from '@/rules/pack/pack-schema';
import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { compileCondition, isWellFormed } from '../conditions/conditions';
import { compileKleene, K_FALSE, K_TRUE, K_UNKNOWN, kleeneVisibility } from './abstract-guards';
import { dependentsOf } from '../conditions/dependents';
import { clamp, type Model } from '../score/model';
import type { PackIndex } from '../score/pack-index';
import { PERFORMANCE } from '@/rules/limits';

/**
 * Answers known only in part, evaluated three-valued: each question holds a set of codes it may
 * take (a bit mask), and every condition, rule, guard, weight and performance is reduced to what
 * it may be over all of them. Sound: whatever the concrete answers within the masks, the engine's
 * `evaluate` gives a value inside these bounds. Leaves are judged by the engine's own compiled
 * tests, so the rule language has one meaning.
 */

/** Bit of "no usable answer" (NONE). */
export const NONE_BIT = 1;
/** Bit of "not sure" (UNSURE). */
export const UNSURE_BIT = 2;

/** The bit of a code: NONE, UNSURE, or choice position j (an answered multi or text question is code 0). */
export function bitOf(code: number): number {
  if (code === NONE) return NONE_BIT;
  if (code === UNSURE) return UNSURE_BIT;
  return (1 << (code + 2)) >>> 0;
}

/** Result of a three-valued test: bit 1 "may hold", bit 2 "may fail". */
export const MAY_HOLD = 1;
export const MAY_FAIL = 2;

/** Per question: the mask of codes it may take, and the values of an answered multi question. */
export type AbstractAnswers = {
  readonly mask: readonly number[];
  readonly multi: AnswerState['multi'];
};

type Test3 = (mask: readonly number[], multi: AnswerState['multi']) => number;

const holdsAlways: Test3 = () => MAY_HOLD;
const failsAlways: Test3 = () => MAY_FAIL;

function codesOf(index: PackIndex, position: number): number[] {
  const entry = index.questionList[position];
  const choices = entry && entry.question.kind === 'choice' ? entry.question.choices.length : 1;
  return [NONE, UNSURE, ...Array.from({ length: choices }, (_, j) => j)];
}

/** A leaf judged by the engine's compiled test, one code of its question at a time. */
function compileLeaf(leaf: Condition & { q: string }, index: PackIndex): Test3 {
  const test = compileCondition(leaf, index);
  const count = index.questionList.length;
  const entry = index.questions.get(leaf.q);
  const state = (position: number, code: number, values?: ReadonlySet<string>): AnswerState => {
    const codes = new Int32Array(count).fill(NONE);
    const multi = new Array<ReadonlySet<string> | undefined>(count);
    if (position >= 0) {
      codes[position] = code;
      multi[position] = values;
    }
    return { code: codes, multi };
  };
  if (!entry) return test(state(-1, NONE)) ? holdsAlways : failsAlways;
  const position = entry.order;
  if (entry.question.kind === 'multi' && 'includes' in leaf) {
    const choices = entry.question.choices.map((c) => c.value);
    const someHold = test(state(position, 0, new Set(choices)));
    const someFail = choices.some((c) => !test(state(position, 0, new Set([c]))));
    const answered = (someHold ? MAY_HOLD : 0) | (someFail ? MAY_FAIL : 0);
    const unanswered = test(state(position, NONE)) ? MAY_HOLD : MAY_FAIL;
    return (mask, multi) => {
      const m = mask[position] ?? NONE_BIT;
      let result = (m & (NONE_BIT | UNSURE_BIT)) !== 0 ? unanswered : 0;
      if ((m & bitOf(0)) !== 0) {
        const values = multi[position];
        result |= values === undefined ? answered : test(state(position, 0, values)) ? MAY_HOLD : MAY_FAIL;
      }
      return result;
    };
  }
  let trueMask = 0;
  let falseMask = 0;
  for (const code of codesOf(index, position)) {
    const values = entry.question.kind === 'multi' && code === 0 ? new Set<string>() : undefined;
    if (test(state(position, code, values))) trueMask |= bitOf(code);
    else falseMask |= bitOf(code);
  }
  return (mask) => {
    const m = mask[position] ?? NONE_BIT;
    return ((m & trueMask) !== 0 ? MAY_HOLD : 0) | ((m & falseMask) !== 0 ? MAY_FAIL : 0);
  };
}

function compile3(condition: Condition, index: PackIndex): Test3 {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile3(c, index));
    return (mask, multi) => {
      let hold = MAY_HOLD;
      let fail = 0;
      for (const part of parts) {
        const r = part(mask, multi);
        if ((r & MAY_HOLD) === 0) hold = 0;
        fail |= r & MAY_FAIL;
      }
      return hold | fail;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile3(c, index));
    return (mask, multi) => {
      let hold = 0;
      let fail = MAY_FAIL;
      for (const part of parts) {
        const r = part(mask, multi);
        hold |= r & MAY_HOLD;
        if ((r & MAY_FAIL) === 0) fail = 0;
      }
      return hold | fail;
    };
  }
  if ('not' in condition) {
    const inner = compile3(condition.not, index);
    return (mask, multi) => {
      const r = inner(mask, multi);
      return ((r & MAY_HOLD) !== 0 ? MAY_FAIL : 0) | ((r & MAY_FAIL) !== 0 ? MAY_HOLD : 0);
    };
  }
  return compileLeaf(condition, index);
}

const cache = new WeakMap<PackIndex, WeakMap<object, Test3>>();

/** The three-valued form of `condition` (memoised per condition object); a malformed one never holds, as in the engine. */
export function compileAbstract(condition: Condition, index: PackIndex): Test3 {
  let byCondition = cache.get(index);
  if (!byCondition) {
    byCondition = new WeakMap();
    cache.set(index, byCondition);
  }
  const known = byCondition.get(condition);
  if (known) return known;
  // The engine compiles the whole condition too, so a malformed part makes both never hold.
  const test = isWellFormed(condition) ? compile3(condition, index) : failsAlways;
  byCondition.set(condition, test);
  return test;
}

/** Every question id a condition mentions. */
export function questionsOf(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) for (const c of condition.all) questionsOf(c, into);
  else if ('any' in condition) for (const c of condition.any) questionsOf(c, into);
  else if ('not' in condition) questionsOf(condition.not, into);
  else into.add(condition.q);
  return into;
}

/** What the scoring formula may give for abstract answers (arrays indexed as in Model). */
export type AbstractEvaluation = {
  /** Per question: the codes it may take once visibility is applied (hidden: NONE). */
  readonly mask: number[];
  /** Per question: MAY_HOLD when it may be shown, MAY_FAIL when it may be hidden. */
  readonly shown: Uint8Array;
  /** Per criterion: the distinct effective weights it may take. */
  readonly weights: readonly (readonly number[])[];
  /** Per rule: MAY_HOLD / MAY_FAIL. */
  readonly fired: Uint8Array;
  /** Per slot: raw baseline + Σ deltas of the rules that surely fire. */
  readonly sure: Float64Array;
  /** Per slot: the lowest and highest raw value (before clamping). */
  readonly rawLow: Float64Array;
  readonly rawHigh: Float64Array;
  /** Per option: MAY_HOLD when a block guard may fire on it, MAY_FAIL when it may be free of them. */
  readonly blocked: Uint8Array;
  /** Per guard: MAY_HOLD / MAY_FAIL. */
  readonly guards: Uint8Array;
};

function pushUnique(list: number[], value: number): void {
  if (!list.includes(value)) list.push(value);
}

/** Visibility over abstract answers: the codes each question may take once hidden ones count as NONE. */
function visibleMasks(index: PackIndex, own: readonly number[], multi: AnswerState['multi']): { mask: number[]; shown: Uint8Array } {
  const count = index.questionList.length;
  const mask = new Array<number>(count).fill(NONE_BIT);
  const shown = new Uint8Array(count);
  index.questionList.forEach((entry, i) => {
    const showIf = entry.question.showIf;
    const r = showIf ? compileAbstract(showIf, index)(mask, multi) : MAY_HOLD;
    shown[i] = r;
    mask[i] = ((r & MAY_HOLD) !== 0 ? (own[i] ?? NONE_BIT) : 0) | ((r & MAY_FAIL) !== 0 ? NONE_BIT : 0);
  });
  return { mask, shown };
}

function weightsOf(model: Model, mask: readonly number[], override: Float64Array): number[][] {
  return model.criterionIds.map((_, c) => {
    const set = override[c] ?? Number.NaN;
    if (!Number.isNaN(set)) return [set];
    const fallback = model.defaultWeights[c] ?? 0;
    const from = model.weightFrom[c];
    if (!from) return [fallback];
    const m = mask[from.question] ?? NONE_BIT;
    const possible: number[] = [];
    if ((m & (NONE_BIT | UNSURE_BIT)) !== 0) possible.push(fallback);
    from.weights.forEach((w, j) => {
      if ((m & bitOf(j)) !== 0) pushUnique(possible, Number.isNaN(w) ? fallback : w);
    });
    return possible;
  });
}

/** Per slot: the rules with an effect there and their delta, in rule order (the order the bounds are summed in). */
const slotRulesCache = new WeakMap<Model, readonly (readonly { readonly rule: number; readonly delta: number }[])[]>();

function slotRulesOf(model: Model): readonly (readonly { readonly rule: number; readonly delta: number }[])[] {
  let found = slotRulesCache.get(model);
  if (!found) {
    const lists: { rule: number; delta: number }[][] = Array.from({ length: model.baseline.length }, () => []);
    model.rules.forEach((rule, r) => {
      for (const effect of rule.effects) lists[effect.slot]?.push({ rule: r, delta: effect.delta });
    });
    found = lists;
    slotRulesCache.set(model, found);
  }
  return found;
}

/** Sums one slot's bounds from its baseline: sure rules move all three, rules that may fire widen the raw range. */
function sumSlot(model: Model, fired: Uint8Array, slot: number, sure: Float64Array, rawLow: Float64Array, rawHigh: Float64Array): void {
  let s = model.baseline[slot] ?? 0;
  let low = s;
  let high = s;
  for (const { rule, delta } of slotRulesOf(model)[slot] ?? []) {
    const f = fired[rule] ?? MAY_FAIL;
    if (f === MAY_HOLD) {
      s += delta;
      low += delta;
      high += delta;
    } else if (f !== MAY_FAIL) {
      if (delta < 0) low += delta;
      else high += delta;
    }
  }
  sure[slot] = s;
  rawLow[slot] = low;
  rawHigh[slot] = high;
}

/** A guard's value: a block guard blocks when it is TRUE or UNKNOWN (a "not sure" or missing answer it reads). */
function guardValue(model: Model, g: number, answers: AbstractAnswers, mask: readonly number[], kleeneShown: Uint8Array | undefined): number {
  const guard = model.guards[g];
  if (!guard) return MAY_FAIL;
  if (!guard.block || !kleeneShown) return compileAbstract(guard.when, model.index)(mask, answers.multi);
  const k = compileKleene(guard.when, model.index)(answers.mask, answers.multi, kleeneShown);
  return ((k & (K_TRUE | K_UNKNOWN)) !== 0 ? MAY_HOLD : 0) | ((k & K_FALSE) !== 0 ? MAY_FAIL : 0);
}

function blockedOf(model: Model, guards: Uint8Array): Uint8Array {
  const blocked = new Uint8Array(model.optionIds.length).fill(MAY_FAIL);
  model.guards.forEach((guard, g) => {
    if (!guard.block) return;
    const r = guards[g] ?? MAY_FAIL;
    for (const o of guard.options) {
      if ((r & MAY_HOLD) !== 0) blocked[o] = (blocked[o] ?? 0) | MAY_HOLD;
      if ((r & MAY_FAIL) === 0) blocked[o] = (blocked[o] ?? 0) & ~MAY_FAIL;
    }
  });
  return blocked;
}

/** Evaluates the scoring formula over every answer set the masks allow (what-if weights in `override`, NaN: not set). */
export function evaluateAbstract(model: Model, answers: AbstractAnswers, override: Float64Array): AbstractEvaluation {
  const { index } = model;
  const { mask, shown } = visibleMasks(index, answers.mask, answers.multi);
  const weights = weightsOf(model, mask, override);
  const fired = Uint8Array.from(model.rules, (rule) => compileAbstract(rule.when, index)(mask, answers.multi));
  const slots = model.baseline.length;
  const sure = new Float64Array(slots);
  const rawLow = new Float64Array(slots);
  const rawHigh = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot += 1) sumSlot(model, fired, slot, sure, rawLow, rawHigh);
  const kleeneShown = model.guards.some((guard) => guard.block) ? kleeneVisibility(index, answers.mask, answers.multi) : undefined;
  const guards = Uint8Array.from(model.guards, (_, g) => guardValue(model, g, answers, mask, kleeneShown));
  return { mask, shown, weights, fired, sure, rawLow, rawHigh, blocked: blockedOf(model, guards), guards };
}

/**
 * evaluateAbstract for answers that differ from those `base` was evaluated on (with the same
 * `override` and list values) only in question `changed`: only the rules and guards that can depend
 * on it (dependents.ts) are evaluated again, and only the slots of the rules whose value moved are
 * summed again, in the same order, so the result is the one evaluateAbstract gives, number for number.
 */
export function evaluateAbstractNear(model: Model, base: AbstractEvaluation, answers: AbstractAnswers, override: Float64Array, changed: number): AbstractEvaluation {
  const { index } = model;
  const { mask, shown } = visibleMasks(index, answers.mask, answers.multi);
  const weights = weightsOf(model, mask, override);
  const dependents = dependentsOf(model);
  const fired = Uint8Array.from(base.fired);
  const sure = Float64Array.from(base.sure);
  const rawLow = Float64Array.from(base.rawLow);
  const rawHigh = Float64Array.from(base.rawHigh);
  const moved = new Set<number>();
  for (const r of dependents.rules[changed] ?? []) {
    const rule = model.rules[r];
    if (!rule) continue;
    const f = compileAbstract(rule.when, index)(mask, answers.multi);
    if (f === fired[r]) continue;
    fired[r] = f;
    for (const effect of rule.effects) moved.add(effect.slot);
  }
  for (const slot of moved) sumSlot(model, fired, slot, sure, rawLow, rawHigh);
  const guards = Uint8Array.from(base.guards);
  const stale = dependents.guards[changed] ?? [];
  const kleeneShown = stale.some((g) => model.guards[g]?.block === true) ? kleeneVisibility(index, answers.mask, answers.multi) : undefined;
  for (const g of stale) guards[g] = guardValue(model, g, answers, mask, kleeneShown);
  return { mask, shown, weights, fired, sure, rawLow, rawHigh, blocked: blockedOf(model, guards), guards };
}

/** The lowest and highest performance of a slot: its raw bounds clamped to 0..10. */
export function performanceBounds(evaluation: AbstractEvaluation, slot: number): [number, number] {
  return [clamp(evaluation.rawLow[slot] ?? 0, PERFORMANCE.min, PERFORMANCE.max), clamp(evaluation.rawHigh[slot] ?? 0, PERFORMANCE.min, PERFORMANCE.max)];
}
