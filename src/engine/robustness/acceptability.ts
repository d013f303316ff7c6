import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { createEvaluation, evaluate, type Evaluation } from '../score/evaluate';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { clamp, type Model } from '../score/model';
import type { UnknownGuardShare } from '../score/types';
import { DEFAULT_SAMPLES } from '@/rules/limits';

export { DEFAULT_SAMPLES };
/** Fixed default seed, so the same answers always give the same shares. */
export const DEFAULT_SEED = 0x41504552;
const MAX_SAMPLES = 1_000_000;

/** What a sample needs from one set of (redrawn) answers: it does not depend on the weight draw. */
type Scenario = {
  readonly weights: Float64Array;
  readonly performance: Float64Array;
  /** Positions of the rules that fire, in the model's id order (for redrawing their deltas). */
  readonly fired: Int32Array;
  /** The options that can rank first: the unguarded ones, or every option when all are blocked. */
  readonly candidates: readonly number[];
  /** The positions (in `watched`) of the block guards that block in this scenario. */
  readonly blocking: readonly number[];
};

function scenarioOf(model: Model, evaluation: Evaluation, watched: readonly number[]): Scenario {
  const all = model.optionIds.map((_, o) => o);
  const unguarded = all.filter((o) => evaluation.blocked[o] !== 1);
  return {
    weights: evaluation.weights,
    performance: evaluation.performance,
    fired: Int32Array.from(model.sumOrder.filter((r) => evaluation.fired[r] === 1)),
    candidates: unguarded.length > 0 ? unguarded : all,
    blocking: watched.flatMap((g, i) => (evaluation.firedGuards[g] === 1 || evaluation.unknownGuards[g] === 1 ? [i] : [])),
  };
}

export type Acceptability = {
  readonly shares: Record<string, number>;
  /** For each block guard that blocks while answers are unknown: the share of samples in which it still blocks. */
  readonly unknownGuards: UnknownGuardShare[];
};

/** The sample count to use: a positive integer, DEFAULT_SAMPLES when unset or not a number. */
function sampleCount(samples: number | undefined): number {
  if (samples === undefined || !Number.isFinite(samples)) return DEFAULT_SAMPLES;
  return Math.min(MAX_SAMPLES, Math.max(1, Math.floor(samples)));
}

function seedOf(seed: number | undefined): number {
  return seed !== undefined && Number.isFinite(seed) ? Math.trunc(seed) | 0 : DEFAULT_SEED;
}

/** How much the pack's own judgements vary in a sample: each rule's deltas × U(1 − d, 1 + d), each baseline ± b. */
export const PACK_DELTA_SPREAD = 0.5;
export const PACK_BASELINE_SPREAD = 1;

/**
 * Writes one sample's performances into `into`: each baseline moved by U(−1, 1), each fired rule's
 * deltas scaled by U(0.5, 1.5) (one factor per rule), then clamped to 0..10 as in the formula.
 * Draws come in a fixed order (slots, then every rule by id), so rule order changes nothing.
 */
function drawPerformance(model: Model, scenario: Scenario, rng: RandomGenerator, ruleFactors: Float64Array, into: Float64Array): void {
  for (let slot = 0; slot < into.length; slot += 1) {
    into[slot] = (model.baseline[slot] ?? 0) + PACK_BASELINE_SPREAD * (2 * uniformFloat64(rng) - 1);
  }
  for (const r of model.sumOrder) ruleFactors[r] = 1 + PACK_DELTA_SPREAD * (2 * uniformFloat64(rng) - 1);
  for (const r of scenario.fired) {
    const factor = ruleFactors[r] ?? 1;
    for (const effect of model.rules[r]?.effects ?? []) into[effect.slot] = (into[effect.slot] ?? 0) + effect.delta * factor;
  }
  for (let slot = 0; slot < into.length; slot += 1) into[slot] = clamp(into[slot] ?? 0, 0, 10);
}

/** Adds one sample's first place to `counts`: the best weighted sum among candidates; a tie splits it. */
function addWinners(scenario: Scenario, performance: Float64Array, weights: Float64Array, counts: Float64Array): void {
  const criteria = weights.length;
  let best = Number.NEGATIVE_INFINITY;
  let tied = 0;
  const winners: number[] = [];
  for (const o of scenario.candidates) {
    let sum = 0;
    for (let c = 0; c < criteria; c += 1) sum += (weights[c] ?? 0) * (performance[o * criteria + c] ?? 0);
    if (sum > best) {
      best = sum;
      tied = 0;
    }
    if (sum === best) winners[tied++] = o;
  }
  for (let i = 0; i < tied; i += 1) {
    const o = winners[i] ?? 0;
    counts[o] = (counts[o] ?? 0) + 1 / tied;
  }
}

/**
 * Share of samples in which each option ranks first (0..1 for every option, summing to 1).
 * Each sample multiplies every weight by U(0.5, 1.5) and redraws every "not sure" choice answer
 * (and every unanswered one listed as not needed) uniformly over its choices, then recomputes visibility, weights, rules and guards.
 * Unless `varyPack` is false, it also varies the pack's own judgements: each rule's deltas × U(0.5, 1.5)
 * and each baseline ± 1 (uniform), performances clamped to 0..10. For each
 * block guard that blocks only because answers are unknown, also the share of samples in which
 * it still blocks (unanswered questions stay unknown, so a guard waiting for them always does).
 */
export function acceptabilityOf(
  model: Model,
  raw: AnswerState,
  override: Float64Array,
  base: Evaluation,
  settings: { readonly samples?: number; readonly seed?: number; readonly notNeeded?: readonly string[]; readonly varyPack?: boolean },
): Acceptability {
  const samples = sampleCount(settings.samples);
  const rng = xoroshiro128plus(seedOf(settings.seed));
  const notNeeded = new Set(settings.notNeeded ?? []);
  const unknown = (entry: { readonly order: number; readonly question: { readonly id: string } }) =>
    raw.code[entry.order] === UNSURE || (raw.code[entry.order] === NONE && notNeeded.has(entry.question.id));
  const redrawn = model.index.questionList.filter((entry) => unknown(entry) && entry.question.kind === 'choice' && entry.choiceOrder.size > 0);
  const watched = model.guards.flatMap((_, g) => (base.unknownGuards[g] === 1 ? [g] : []));
  const blockCounts = new Float64Array(watched.length);
  const fixed = scenarioOf(model, base, watched);
  // Few possible redraws: remember each one's evaluation. Many: evaluate each sample in place.
  const combinations = redrawn.reduce((n, entry) => n * entry.choiceOrder.size, 1);
  const scenarios = combinations <= samples ? new Map<string, Scenario>() : undefined;
  const scratch = createEvaluation(model);
  const counts = new Float64Array(model.optionIds.length);
  const criteria = model.criterionIds.length;
  const weights = new Float64Array(criteria);
  const factors = new Float64Array(criteria);
  const code = raw.code.slice();
  const varyPack = settings.varyPack !== false;
  const performance = new Float64Array(model.baseline.length);
  const ruleFactors = new Float64Array(model.rules.length);

  for (let s = 0; s < samples; s += 1) {
    for (let c = 0; c < criteria; c += 1) factors[c] = 0.5 + uniformFloat64(rng);
    let scenario = fixed;
    if (redrawn.length > 0) {
      let key = '';
      for (const entry of redrawn) {
        const choice = uniformInt(rng, 0, entry.choiceOrder.size - 1);
        code[entry.order] = choice;
        if (scenarios) key += String.fromCharCode(choice);
      }
      const known = scenarios?.get(key);
      if (known) scenario = known;
      else if (scenarios) {
        scenario = scenarioOf(model, evaluate(model, { code: code.slice(), multi: raw.multi }, override), watched);
        scenarios.set(key, scenario);
      } else scenario = scenarioOf(model, evaluate(model, { code, multi: raw.multi }, override, scratch), watched);
    }
    for (const i of scenario.blocking) blockCounts[i] = (blockCounts[i] ?? 0) + 1;
    let positive = false;
    for (let c = 0; c < criteria; c += 1) {
      weights[c] = (scenario.weights[c] ?? 0) * (factors[c] ?? 1);
      positive ||= (weights[c] ?? 0) > 0;
    }
    if (!positive) weights.fill(1);
    if (varyPack) drawPerformance(model, scenario, rng, ruleFactors, performance);
    addWinners(scenario, varyPack ? performance : scenario.performance, weights, counts);
  }

  const shares: Record<string, number> = {};
  model.optionIds.forEach((id, o) => {
    shares[id] = (counts[o] ?? 0) / samples;
  });
  const unknownGuards = watched.map((g, i) => ({ guard: model.guards[g]?.id ?? '', share: (blockCounts[i] ?? 0) / samples }));
  return { shares, unknownGuards };
}
