import { MAY_FAIL, MAY_HOLD, type AbstractEvaluation } from './abstract-state';
import { clamp, type Model } from '../score/model';
import { PERFORMANCE } from '@/rules/limits';

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

/** The lowest and highest weight of every criterion, and whether all may be 0 at once (then all count equally). */
type WeightBox = { readonly low: Float64Array; readonly high: Float64Array; readonly allMayBeZero: boolean; readonly order: Int32Array };

function weightBox(weights: readonly (readonly number[])[]): WeightBox {
  const count = weights.length;
  const low = new Float64Array(count);
  const high = new Float64Array(count);
  let allMayBeZero = count > 0;
  weights.forEach((set, c) => {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let zero = false;
    for (const w of set) {
      if (w < min) min = w;
      if (w > max) max = w;
      if (w === 0) zero = true;
    }
    low[c] = min;
    high[c] = max;
    if (!zero) allMayBeZero = false;
  });
  return { low, high, allMayBeZero, order: new Int32Array(count) };
}

/** maxWeightedMean over a prepared box (its `order` is scratch space). */
function maxMeanIn(x: Float64Array, box: WeightBox): number {
  const { low, high, order } = box;
  const count = order.length;
  let best = Number.NEGATIVE_INFINITY;
  let num = 0;
  let den = 0;
  let sum = 0;
  // Criteria by x, largest first (a stable insertion sort: equal x keep criterion order); every weight at its lowest.
  for (let c = 0; c < count; c += 1) {
    const value = x[c] ?? 0;
    let at = c;
    while (at > 0 && (x[order[at - 1] ?? 0] ?? 0) < value) {
      order[at] = order[at - 1] ?? 0;
      at -= 1;
    }
    order[at] = c;
    num += (low[c] ?? 0) * value;
    den += low[c] ?? 0;
    sum += value;
  }
  if (box.allMayBeZero) best = sum / count;
  if (den > 0) best = Math.max(best, num / den);
  // Then the largest x's weights raised to their highest, one criterion at a time.
  for (let rank = 0; rank < count; rank += 1) {
    const c = order[rank] ?? 0;
    const step = (high[c] ?? 0) - (low[c] ?? 0);
    if (step === 0) continue;
    num += step * (x[c] ?? 0);
    den += step;
    if (den > 0) best = Math.max(best, num / den);
  }
  return best;
}

/**
 * The largest Σ w_c·x_c / Σ w_c over weights w_c drawn from `weights[c]` (the engine's rule: when
 * every weight is 0, all count equally). A ratio of sums is largest at a vertex of the box of the
 * lowest and highest weights, with the highest weights on the largest x: so the candidates are the
 * C + 1 splits of the criteria sorted by x, each exact, with no iteration to round.
 */
export function maxWeightedMean(x: ArrayLike<number>, weights: readonly (readonly number[])[]): number {
  return maxMeanIn(Float64Array.from({ length: weights.length }, (_, c) => x[c] ?? 0), weightBox(weights));
}

/**
 * Per rule, per option b: how the rule moves each pair's criterion gap d(a, c) − d(b, c), where that
 * is not 0 (at: index (a·n + b)·criteria + c).
 */
type PairMoves = { readonly at: Int32Array; readonly by: Float64Array };

const movesCache = new WeakMap<Model, readonly (readonly PairMoves[])[]>();

function pairMoves(model: Model): readonly (readonly PairMoves[])[] {
  let moves = movesCache.get(model);
  if (moves) return moves;
  const n = model.optionIds.length;
  const criteria = model.criterionIds.length;
  const tables = ruleDeltas(model);
  moves = model.rules.map((rule, r) => {
    const table = tables[r] ?? new Float64Array(model.baseline.length);
    const touched = [...new Set(rule.effects.map((e) => e.criterion))];
    return Array.from({ length: n }, (_, b) => {
      const at: number[] = [];
      const by: number[] = [];
      for (const c of touched) {
        for (let a = 0; a < n; a += 1) {
          const x = (table[a * criteria + c] ?? 0) - (table[b * criteria + c] ?? 0);
          if (x === 0) continue;
          at.push((a * n + b) * criteria + c);
          by.push(x);
        }
      }
      return { at: Int32Array.from(at), by: Float64Array.from(by) };
    });
  });
  movesCache.set(model, moves);
  return moves;
}

/** Bounds already worked out for other answers, with the weights the same: a pair of options both `unchanged` (nothing either's gap reads moved) keeps them. */
export type GapReuse = { readonly gaps: GapBounds; readonly unchanged: Uint8Array };

/**
 * Bounds on every pair's score gap (diagonal 0). With `columns`, only the gaps over those options,
 * score(a) − score(b) for b in `columns`, are bounded (the rest are left 0, not to be read).
 */
export function gapBounds(model: Model, evaluation: AbstractEvaluation, columns?: readonly number[], reuse?: GapReuse): GapBounds {
  const n = model.optionIds.length;
  const criteria = model.criterionIds.length;
  const moves = pairMoves(model);
  const targets = columns ?? model.optionIds.map((_, b) => b);
  const addHigh = new Float64Array(n * n * criteria);
  const addLow = new Float64Array(n * n * criteria);
  for (let r = 0; r < moves.length; r += 1) {
    if (evaluation.fired[r] !== (MAY_HOLD | MAY_FAIL)) continue;
    for (const b of targets) {
      const move = moves[r]?.[b];
      if (!move) continue;
      const { at, by } = move;
      for (let i = 0; i < at.length; i += 1) {
        const x = by[i] ?? 0;
        const where = at[i] ?? 0;
        if (x > 0) addHigh[where] = (addHigh[where] ?? 0) + x;
        else addLow[where] = (addLow[where] ?? 0) + x;
      }
    }
  }
  const slots = model.baseline.length;
  const { min: MIN, max: MAX } = PERFORMANCE;
  const pLow = new Float64Array(slots);
  const pHigh = new Float64Array(slots);
  const unclamped = new Uint8Array(slots);
  for (let slot = 0; slot < slots; slot += 1) {
    const rawLow = evaluation.rawLow[slot] ?? 0;
    const rawHigh = evaluation.rawHigh[slot] ?? 0;
    pLow[slot] = clamp(rawLow, MIN, MAX);
    pHigh[slot] = clamp(rawHigh, MIN, MAX);
    unclamped[slot] = rawLow >= 0 && rawHigh <= 10 ? 1 : 0;
  }
  const box = weightBox(evaluation.weights);
  const low = new Float64Array(n * n);
  const high = new Float64Array(n * n);
  const up = new Float64Array(criteria);
  const down = new Float64Array(criteria);
  for (let a = 0; a < n; a += 1) {
    for (const b of targets) {
      if (a === b) continue;
      if (reuse && reuse.unchanged[a] === 1 && reuse.unchanged[b] === 1) {
        high[a * n + b] = reuse.gaps.high[a * n + b] ?? 0;
        low[a * n + b] = reuse.gaps.low[a * n + b] ?? 0;
        continue;
      }
      for (let c = 0; c < criteria; c += 1) {
        const sa = a * criteria + c;
        const sb = b * criteria + c;
        const base = (evaluation.sure[sa] ?? 0) - (evaluation.sure[sb] ?? 0);
        const at = (a * n + b) * criteria + c;
        const rawHigh = base + (addHigh[at] ?? 0);
        const rawLow = base + (addLow[at] ?? 0);
        const exact = unclamped[sa] === 1 && unclamped[sb] === 1;
        up[c] = Math.min((pHigh[sa] ?? 0) - (pLow[sb] ?? 0), exact ? rawHigh : Math.max(0, rawHigh));
        down[c] = -Math.max((pLow[sa] ?? 0) - (pHigh[sb] ?? 0), exact ? rawLow : Math.min(0, rawLow));
      }
      high[a * n + b] = 10 * maxMeanIn(up, box);
      low[a * n + b] = -10 * maxMeanIn(down, box);
    }
  }
  return { low, high };
}
