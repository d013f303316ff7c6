import { NONE, type AnswerState } from './answer-state';
import { resolveVisibility } from '../conditions/conditions';
import { dependentsOf } from '../conditions/dependents';
import { clamp, type Model } from './model';
import { resolveTriVisibility, TRUE, UNKNOWN } from '../conditions/three-valued';
import { PERFORMANCE, WEIGHT } from '@/rules/limits';

/** Everything the scoring formula derives from one set of answers (arrays indexed as in Model). */
export type Evaluation = {
  /** The answers evaluated, hidden questions included (as given to `evaluate`). */
  readonly raw: AnswerState;
  /** Answer state with hidden questions set to NONE. */
  readonly state: AnswerState;
  readonly shown: Uint8Array;
  /** Effective weight per criterion (what-if, else `weightFrom`, else default). */
  readonly weights: Float64Array;
  readonly fired: Uint8Array;
  /** Raw Σ deltas of fired rules per slot. */
  readonly total: Float64Array;
  /** clamp(baseline + total, 0, 10) per slot. */
  readonly performance: Float64Array;
  readonly scores: Float64Array;
  /** 1 when the guard fired: a caution on the answers given, a block guard for every way of answering the unknown questions. */
  readonly firedGuards: Uint8Array;
  /** 1 for a `block` guard that fires for some but not every way of answering the "not sure" or missing questions. */
  readonly unknownGuards: Uint8Array;
  /** Three-valued visibility of each question (see three-valued.ts). */
  readonly visible: Uint8Array;
  /** 1 when a `block` guard fired for the option, or would for some answer to the unknown questions. */
  readonly blocked: Uint8Array;
};

/** What-if weights as an array per criterion (NaN: not set); values outside 0..5 are clamped, non-numbers ignored. */
export function resolveOverride(model: Model, weights: Readonly<Record<string, number>> | undefined): Float64Array {
  return Float64Array.from(model.criterionIds, (id) => {
    const value = weights && Object.hasOwn(weights, id) ? weights[id] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? clamp(value, WEIGHT.min, WEIGHT.max) : Number.NaN;
  });
}

/** Writes the effective weights for answers whose hidden questions are NONE into `into`. */
export function weightsFor(
  model: Model,
  state: AnswerState,
  override: Float64Array,
  into: Float64Array = new Float64Array(model.defaultWeights.length),
): Float64Array {
  for (let c = 0; c < into.length; c += 1) {
    const set = override[c] ?? Number.NaN;
    const from = model.weightFrom[c];
    const choice = from ? (state.code[from.question] ?? NONE) : NONE;
    const mapped = from && choice >= 0 ? (from.weights[choice] ?? Number.NaN) : Number.NaN;
    into[c] = !Number.isNaN(set) ? set : !Number.isNaN(mapped) ? mapped : (model.defaultWeights[c] ?? 0);
  }
  return into;
}

/** The weights the formula uses: the effective ones, or all 1 when every weight is 0. */
export function scoringWeights(weights: Float64Array): Float64Array {
  return weights.some((w) => w > 0) ? weights : weights.map(() => 1);
}

/** 10 · Σ w·v / Σ w over one option's row of `values` (all weights 0: equal weights). */
export function weightedMean(values: Float64Array, option: number, weights: Float64Array): number {
  const count = weights.length;
  let sum = 0;
  let total = 0;
  let plain = 0;
  for (let c = 0; c < count; c += 1) {
    const w = weights[c] ?? 0;
    const v = values[option * count + c] ?? 0;
    sum += w * v;
    total += w;
    plain += v;
  }
  if (total > 0) return (10 * sum) / total;
  return count > 0 ? (10 * plain) / count : 0;
}

/** Buffers of one evaluation, reused across the many evaluations of robustness. */
export function createEvaluation(model: Model): Evaluation {
  const questions = model.index.questionList.length;
  const slots = model.baseline.length;
  const options = model.optionIds.length;
  return {
    raw: { code: new Int32Array(questions), multi: [] },
    state: { code: new Int32Array(questions), multi: [] },
    shown: new Uint8Array(questions),
    weights: new Float64Array(model.criterionIds.length),
    fired: new Uint8Array(model.rules.length),
    total: new Float64Array(slots),
    performance: new Float64Array(slots),
    scores: new Float64Array(options),
    firedGuards: new Uint8Array(model.guards.length),
    unknownGuards: new Uint8Array(model.guards.length),
    visible: new Uint8Array(questions),
    blocked: new Uint8Array(options),
  };
}

/**
 * Answers that differ from an evaluation already made (with the same what-if weights) only in
 * `questions`: the rules and guards that depend on none of them keep `base`'s outcome untested.
 */
export type Changed = { readonly base: Evaluation; readonly questions: readonly number[] };

/**
 * Applies the scoring formula to raw answer state (visibility, weights, rules, guards, scores),
 * writing into `into`. Rule totals are summed in the model's id order, so rule order changes nothing.
 * With `changed`, only the rules and guards that depend on a changed answer are tested again: the
 * result is the same as a full evaluation, for less work.
 */
export function evaluate(model: Model, raw: AnswerState, override: Float64Array, into: Evaluation = createEvaluation(model), changed?: Changed): Evaluation {
  const { state } = resolveVisibility(model.index, raw, into.state.code, into.shown);
  weightsFor(model, state, override, into.weights);
  if (changed) scoreChanged(model, state, into, changed);
  else scoreAll(model, state, into);
  const { guards } = model;
  const { firedGuards, unknownGuards, blocked } = into;
  blocked.fill(0);
  const tri = guards.some((g) => g.block) ? resolveTriVisibility(model.index, raw, into.visible) : undefined;
  const stale = changed ? staleGuards(model, changed) : undefined;
  for (let g = 0; g < guards.length; g += 1) {
    const guard = guards[g];
    if (!guard) continue;
    if (!stale || stale[g] === 1) {
      const value = guard.block && tri ? guard.tri(tri) : guard.test(state) ? TRUE : 0;
      firedGuards[g] = value === TRUE ? 1 : 0;
      unknownGuards[g] = value === UNKNOWN ? 1 : 0;
    }
    if (guard.block && (firedGuards[g] === 1 || unknownGuards[g] === 1)) for (const o of guard.options) blocked[o] = 1;
  }
  return { ...into, raw, state };
}

/** Every rule tested; totals summed in the model's id order; performance and scores of every option. */
function scoreAll(model: Model, state: AnswerState, into: Evaluation): void {
  const { rules, baseline, sumOrder } = model;
  const { fired, total, performance, scores } = into;
  for (let r = 0; r < rules.length; r += 1) fired[r] = rules[r]?.test(state) ? 1 : 0;
  total.fill(0);
  for (const position of sumOrder) {
    if (fired[position] !== 1) continue;
    for (const effect of rules[position]?.effects ?? []) total[effect.slot] = (total[effect.slot] ?? 0) + effect.delta;
  }
  for (let slot = 0; slot < baseline.length; slot += 1) performance[slot] = clamp((baseline[slot] ?? 0) + (total[slot] ?? 0), PERFORMANCE.min, PERFORMANCE.max);
  for (let o = 0; o < scores.length; o += 1) scores[o] = weightedMean(performance, o, into.weights);
}

/**
 * As scoreAll, from `changed.base`: only the rules depending on a changed answer are tested, only the
 * slots of a rule whose outcome changed are summed again (in the same id order, so every total is
 * the same number scoreAll gives), and only their options are scored again unless the weights moved.
 */
function scoreChanged(model: Model, state: AnswerState, into: Evaluation, changed: Changed): void {
  const { rules, baseline } = model;
  const { fired, total, performance, scores, firedGuards, unknownGuards } = into;
  const { base } = changed;
  const dependents = dependentsOf(model);
  fired.set(base.fired);
  total.set(base.total);
  performance.set(base.performance);
  firedGuards.set(base.firedGuards);
  unknownGuards.set(base.unknownGuards);
  const slots = dependents.slotMark;
  slots.fill(0);
  for (const q of changed.questions) {
    for (const r of dependents.rules[q] ?? []) {
      const now = rules[r]?.test(state) ? 1 : 0;
      if (now === fired[r]) continue;
      fired[r] = now;
      for (const effect of rules[r]?.effects ?? []) slots[effect.slot] = 1;
    }
  }
  const options = new Uint8Array(scores.length);
  const criteria = model.criterionIds.length;
  for (let slot = 0; slot < baseline.length; slot += 1) {
    if (slots[slot] !== 1) continue;
    let sum = 0;
    for (const { rule, delta } of dependents.slotRules[slot] ?? []) if (fired[rule] === 1) sum += delta;
    total[slot] = sum;
    performance[slot] = clamp((baseline[slot] ?? 0) + sum, 0, 10);
    options[Math.floor(slot / criteria)] = 1;
  }
  const sameWeights = into.weights.every((w, c) => Object.is(w, base.weights[c]));
  for (let o = 0; o < scores.length; o += 1) scores[o] = sameWeights && options[o] !== 1 ? (base.scores[o] ?? 0) : weightedMean(performance, o, into.weights);
}

/** 1 for each guard that depends on a changed answer. */
function staleGuards(model: Model, changed: Changed): Uint8Array {
  const dependents = dependentsOf(model);
  const marks = dependents.guardMark;
  marks.fill(0);
  for (const q of changed.questions) for (const g of dependents.guards[q] ?? []) marks[g] = 1;
  return marks;
}

/** Whether option a ranks before option b: unguarded first, then higher score, then smaller id. */
export function ranksBefore(model: Model, scores: Float64Array, blocked: Uint8Array, a: number, b: number): boolean {
  const ba = blocked[a] ?? 0;
  const bb = blocked[b] ?? 0;
  if (ba !== bb) return ba < bb;
  const sa = scores[a] ?? 0;
  const sb = scores[b] ?? 0;
  if (sa !== sb) return sa > sb;
  return (model.idRank[a] ?? 0) < (model.idRank[b] ?? 0);
}

/** Option positions in ranking order. */
export function rankOrder(model: Model, scores: Float64Array, blocked: Uint8Array): number[] {
  return model.optionIds
    .map((_, o) => o)
    .sort((a, b) => (ranksBefore(model, scores, blocked, a, b) ? -1 : ranksBefore(model, scores, blocked, b, a) ? 1 : 0));
}

/** The first and second options of the ranking in one pass (second is -1 with a single option). */
export function topTwo(model: Model, scores: Float64Array, blocked: Uint8Array): [number, number] {
  let first = -1;
  let second = -1;
  for (let o = 0; o < model.optionIds.length; o += 1) {
    if (first < 0 || ranksBefore(model, scores, blocked, o, first)) {
      second = first;
      first = o;
    } else if (second < 0 || ranksBefore(model, scores, blocked, o, second)) {
      second = o;
    }
  }
  return [first, second];
}
