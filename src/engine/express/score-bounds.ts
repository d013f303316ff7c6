import { MAY_FAIL, MAY_HOLD, performanceBounds, type AbstractEvaluation } from './abstract-state';
import type { Model } from '../score/model';

/**
 * Bounds on how far one option's score can lie above another's, over every answer set an abstract
 * evaluation allows. A score is a weighted mean Σ w·p / Σ w, so the gap of a over b is
 * Σ w_c·(p_ac − p_bc) / Σ w_c: each criterion's gap is bounded (rules that fire for both options
 * move both; clamping to 0..10 never widens a gap, as clamp is monotone and 1-Lipschitz), and the
 * weights, each from a small set, are chosen to push the mean furthest (exact: see maxWeightedMean).
 */

/** Per pair (a, b) at a·n + b: the lowest and highest possible score(a) − score(b), in score points (0..100 scale). */
export type GapBounds = { readonly low: Float64Array; readonly high: Float64Array };

/** Rule deltas as a dense table per rule: index option·criteria + criterion (the model's slot). */
const deltaCache = new WeakMap<Model, readonly Float64Array[]>();

export function ruleDeltas(model: Model): readonly Float64Array[] {
  let tables = deltaCache.get(model);
  if (!tables) {
    tables = model.rules.map((rule) => {
      const table = new Float64Array(model.baseline.length);
      for (const effect of rule.effects) table[effect.slot] = (table[effect.slot] ?? 0) + effect.delta;
      return table;
    });
    deltaCache.set(model, tables);
  }
  return tables;
}

/**
 * The largest Σ w_c·x_c / Σ w_c over weights w_c drawn from `weights[c]` (the engine's rule: when
 * every weight is 0, all count equally). A ratio of sums is largest at a vertex of the box of the
 * lowest and highest weights, with the highest weights on the largest x: so the candidates are the
 * C + 1 splits of the criteria sorted by x, each exact, with no iteration to round.
 */
export function maxWeightedMean(x: ArrayLike<number>, weights: readonly (readonly number[])[]): number {
  const count = weights.length;
  let best = Number.NEGATIVE_INFINITY;
  if (count > 0 && weights.every((set) => set.includes(0))) {
    let sum = 0;
    for (let c = 0; c < count; c += 1) sum += x[c] ?? 0;
    best = sum / count;
  }
  const low = weights.map((set) => Math.min(...set));
  const high = weights.map((set) => Math.max(...set));
  const order = weights.map((_, c) => c).sort((a, b) => (x[b] ?? 0) - (x[a] ?? 0));
  for (let split = 0; split <= count; split += 1) {
    let num = 0;
    let den = 0;
    order.forEach((c, rank) => {
      const w = (rank < split ? high[c] : low[c]) ?? 0;
      num += w * (x[c] ?? 0);
      den += w;
    });
    if (den > 0) best = Math.max(best, num / den);
  }
  return best;
}

/** Bounds on every pair's score gap (diagonal 0). */
export function gapBounds(model: Model, evaluation: AbstractEvaluation): GapBounds {
  const n = model.optionIds.length;
  const criteria = model.criterionIds.length;
  const tables = ruleDeltas(model);
  const addHigh = new Float64Array(n * n * criteria);
  const addLow = new Float64Array(n * n * criteria);
  model.rules.forEach((rule, r) => {
    if (evaluation.fired[r] !== (MAY_HOLD | MAY_FAIL)) return;
    const table = tables[r];
    if (!table) return;
    const touched = new Set(rule.effects.map((e) => e.criterion));
    for (const c of touched) {
      for (let a = 0; a < n; a += 1) {
        for (let b = 0; b < n; b += 1) {
          const x = (table[a * criteria + c] ?? 0) - (table[b * criteria + c] ?? 0);
          const at = (a * n + b) * criteria + c;
          if (x > 0) addHigh[at] = (addHigh[at] ?? 0) + x;
          else if (x < 0) addLow[at] = (addLow[at] ?? 0) + x;
        }
      }
    }
  });
  const unclamped = (slot: number) => (evaluation.rawLow[slot] ?? 0) >= 0 && (evaluation.rawHigh[slot] ?? 0) <= 10;
  const low = new Float64Array(n * n);
  const high = new Float64Array(n * n);
  const up = new Float64Array(criteria);
  const down = new Float64Array(criteria);
  for (let a = 0; a < n; a += 1) {
    for (let b = 0; b < n; b += 1) {
      if (a === b) continue;
      for (let c = 0; c < criteria; c += 1) {
        const sa = a * criteria + c;
        const sb = b * criteria + c;
        const [lowA, highA] = performanceBounds(evaluation, sa);
        const [lowB, highB] = performanceBounds(evaluation, sb);
        const base = (evaluation.sure[sa] ?? 0) - (evaluation.sure[sb] ?? 0);
        const at = (a * n + b) * criteria + c;
        const rawHigh = base + (addHigh[at] ?? 0);
        const rawLow = base + (addLow[at] ?? 0);
        const exact = unclamped(sa) && unclamped(sb);
        up[c] = Math.min(highA - lowB, exact ? rawHigh : Math.max(0, rawHigh));
        down[c] = -Math.max(lowA - highB, exact ? rawLow : Math.min(0, rawLow));
      }
      high[a * n + b] = 10 * maxWeightedMean(up, evaluation.weights);
      low[a * n + b] = -10 * maxWeightedMean(down, evaluation.weights);
    }
  }
  return { low, high };
}
