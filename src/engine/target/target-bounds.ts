import { dependencies, dependentsOf } from '../conditions/dependents';
import { weightedMean, type Evaluation } from '../score/evaluate';
import { clamp, type Model } from '../score/model';
import { RECOMMENDED_WITHIN } from '../score/score';

/** Rounding room for the bounds: they are summed in another order than the scores themselves. */
const ROOM = 1e-7;

const weightQuestions = new WeakMap<Model, Uint8Array>();

/** 1 for each question (by position) whose answer can change a criterion's weight (its `weightFrom` question, or one deciding its visibility). */
function weightDependencies(model: Model): Uint8Array {
  const known = weightQuestions.get(model);
  if (known) return known;
  const marks = new Uint8Array(model.index.questionList.length);
  for (const from of model.weightFrom) {
    const id = from ? model.index.questionList[from.question]?.question.id : undefined;
    if (id === undefined) continue;
    for (const q of dependencies(model, { q: id, answered: true })) {
      const order = model.index.questions.get(q)?.order;
      if (order !== undefined) marks[order] = 1;
    }
  }
  weightQuestions.set(model, marks);
  return marks;
}

/**
 * A lower bound on how many points option `t` stays short of the recommendation band, whatever
 * answers the questions at positions `moved` take (the others as in `base`, what-if weights as in
 * `base`): +∞ when a block guard that none of them can lift keeps `t` blocked, −∞ when nothing can
 * be said (the weights could move, or every other option could become blocked). Sound: every rule
 * or guard that depends on a moved answer is taken as either firing or not, whichever is worse for `t`.
 */
export function shortfallBound(model: Model, base: Evaluation, t: number, moved: readonly number[]): number {
  const dependents = dependentsOf(model);
  const weighty = weightDependencies(model);
  if (moved.some((q) => weighty[q] === 1)) return Number.NEGATIVE_INFINITY;
  const rules = new Set(moved.flatMap((q) => dependents.rules[q] ?? []));
  const guards = new Set(moved.flatMap((q) => dependents.guards[q] ?? []));
  const mayBlock = new Uint8Array(model.optionIds.length);
  for (let g = 0; g < model.guards.length; g += 1) {
    const guard = model.guards[g];
    if (!guard?.block) continue;
    const blocksNow = base.firedGuards[g] === 1 || base.unknownGuards[g] === 1;
    if (!guards.has(g)) {
      if (blocksNow && guard.options.includes(t)) return Number.POSITIVE_INFINITY;
      continue;
    }
    for (const o of guard.options) mayBlock[o] = 1;
  }
  const slots = model.baseline.length;
  const low = new Float64Array(slots);
  const high = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot += 1) {
    let fixed = 0;
    let down = 0;
    let up = 0;
    for (const { rule, delta } of dependents.slotRules[slot] ?? []) {
      if (rules.has(rule)) {
        if (delta < 0) down += delta;
        else up += delta;
      } else if (base.fired[rule] === 1) fixed += delta;
    }
    const start = model.baseline[slot] ?? 0;
    low[slot] = clamp(start + fixed + down, 0, 10);
    high[slot] = clamp(start + fixed + up, 0, 10);
  }
  let best = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < model.optionIds.length; o += 1) {
    if (o === t || base.blocked[o] === 1 || mayBlock[o] === 1) continue;
    best = Math.max(best, weightedMean(low, o, base.weights));
  }
  if (best === Number.NEGATIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  return best - RECOMMENDED_WITHIN - weightedMean(high, t, base.weights) - ROOM;
}
