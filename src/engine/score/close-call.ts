import { questionsOf } from '../express/abstract-state';
import type { Evaluation } from './evaluate';
import type { Model } from './model';
import type { CloseCall } from './types';

/** Scores closer than this are equal: they differ only by floating-point rounding. */
export const TIE_EPSILON = 1e-9;
/** A lead under this many points is too close to call. */
export const CLOSE_CALL_POINTS = 1;

/**
 * Ranks with ties shared: an option whose score equals (within TIE_EPSILON) the one before it, in
 * the same standing (blocked or not), shares its rank ("1, 1, 3"). `order` is the ranking order.
 */
export function sharedRanks(evaluation: Evaluation, order: readonly number[]): number[] {
  const ranks: number[] = [];
  order.forEach((o, position) => {
    const before = order[position - 1];
    const same =
      before !== undefined &&
      evaluation.blocked[before] === evaluation.blocked[o] &&
      Math.abs((evaluation.scores[before] ?? 0) - (evaluation.scores[o] ?? 0)) <= TIE_EPSILON;
    ranks.push(same ? (ranks[position - 1] ?? position + 1) : position + 1);
  });
  return ranks;
}

/**
 * The first place when it is a tie or a lead under CLOSE_CALL_POINTS over the next option of the
 * same standing: the tied options, the two compared, the criterion on which their weighted
 * performances differ most, and the questions behind it (those of the fired rules that move that
 * criterion for either option, in pack order; without such a rule, the question setting its
 * weight). Undefined for a clear lead or a single option of its standing.
 */
export function closeCallOf(model: Model, evaluation: Evaluation, order: readonly number[], weights: Float64Array): CloseCall | undefined {
  const first = order[0];
  if (first === undefined) return undefined;
  const pool = order.filter((o) => evaluation.blocked[o] === evaluation.blocked[first]);
  const second = pool[1];
  if (second === undefined) return undefined;
  const top = evaluation.scores[first] ?? 0;
  const lead = top - (evaluation.scores[second] ?? 0);
  if (lead >= CLOSE_CALL_POINTS) return undefined;
  const tied = pool.filter((o) => top - (evaluation.scores[o] ?? 0) <= TIE_EPSILON);
  const criteria = model.criterionIds.length;
  let criterion = -1;
  let widest = 0;
  for (let c = 0; c < criteria; c += 1) {
    const gap = Math.abs((weights[c] ?? 0) * ((evaluation.performance[first * criteria + c] ?? 0) - (evaluation.performance[second * criteria + c] ?? 0)));
    if (gap > widest + TIE_EPSILON) {
      widest = gap;
      criterion = c;
    }
  }
  const questions = new Set<string>();
  if (criterion >= 0) {
    model.rules.forEach((rule, r) => {
      if (evaluation.fired[r] !== 1) return;
      if (rule.effects.some((e) => e.criterion === criterion && (e.option === first || e.option === second))) questionsOf(rule.when, questions);
    });
    const from = model.weightFrom[criterion];
    if (questions.size === 0 && from) questions.add(model.index.questionList[from.question]?.question.id ?? '');
  }
  const inPackOrder = model.index.questionList.map((e) => e.question.id).filter((id) => questions.has(id));
  return {
    tied: tied.length > 1 ? tied.map((o) => model.optionIds[o] ?? '') : [],
    first: model.optionIds[first] ?? '',
    second: model.optionIds[second] ?? '',
    lead: tied.length > 1 ? 0 : lead,
    ...(criterion >= 0 ? { criterion: model.criterionIds[criterion] ?? '' } : {}),
    questions: inPackOrder,
  };
}
