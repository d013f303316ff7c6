import { topTwo, type Evaluation } from '../score/evaluate';
import { clamp, type Model } from '../score/model';
import type { WeightStability } from '../score/types';
import { WEIGHT } from '@/rules/limits';

const MAX_WEIGHT: number = WEIGHT.max;

/**
 * The interval of one criterion's weight x in [0, 5] over which `first` keeps first place, the
 * other weights fixed. With W' the sum of the other weights and S_o their weighted performance,
 * first beats o iff (S_first − S_o) + x·(p_first,k − p_o,k) > 0 (or = 0 and first has the smaller
 * id): the common denominator W' + x is positive, so each comparison is a half-line in x and the
 * interval is their intersection (reported closed). When the other weights are all 0, the same
 * half-lines hold for every x > 0 (only criterion k counts); x = 0 is then the all-weights-zero
 * point (equal weights), which only matters when nothing else remains: the interval is [0, 0].
 */
function intervalFor(model: Model, evaluation: Evaluation, first: number, competitors: readonly number[], k: number): WeightStability {
  const weights = evaluation.weights;
  const p = evaluation.performance;
  const criteria = weights.length;
  const current = weights[k] ?? 0;
  const at = (o: number, c: number): number => p[o * criteria + c] ?? 0;
  const winsTie = (o: number): boolean => (model.idRank[first] ?? 0) < (model.idRank[o] ?? 0);
  const criterion = model.criterionIds[k] ?? '';
  let min = 0;
  let max = MAX_WEIGHT;
  let feasible = true;
  for (const o of competitors) {
    let a = 0;
    for (let c = 0; c < criteria; c += 1) if (c !== k) a += (weights[c] ?? 0) * (at(first, c) - at(o, c));
    const b = at(first, k) - at(o, k);
    if (b > 0) min = Math.max(min, -a / b);
    else if (b < 0) max = Math.min(max, -a / b);
    else if (a < 0 || (a === 0 && !winsTie(o))) feasible = false;
  }
  // Rounding can put a bound a hair past the current weight, where first is first by definition.
  if (!feasible || min > max) return { criterion, current, min: current, max: current };
  return { criterion, current, min: clamp(Math.min(min, current), 0, MAX_WEIGHT), max: clamp(Math.max(max, current), 0, MAX_WEIGHT) };
}

/** For each criterion, the exact interval of its weight in [0, 5] over which the current first option stays first, other weights fixed; always contains the current weight. */
export function weightStabilityOf(model: Model, evaluation: Evaluation): WeightStability[] {
  const [first] = topTwo(model, evaluation.scores, evaluation.blocked);
  const firstBlocked = evaluation.blocked[first] === 1;
  // Guards do not depend on weights: blocked options stay behind an unguarded first.
  const competitors = model.optionIds
    .map((_, o) => o)
    .filter((o) => o !== first && (firstBlocked || evaluation.blocked[o] !== 1));
  return model.criterionIds.map((_, k) => intervalFor(model, evaluation, first, competitors, k));
}
