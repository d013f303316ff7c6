import type { Horizon } from '@/rules/pack/pack-schema';
import type { AnswerState } from '../score/answer-state';
import { rankOrder, type Evaluation } from '../score/evaluate';
import type { Model } from '../score/model';
import { bestUnguarded, verdictOf } from '../score/score';

/**
 * The improvements the target search may make: one actionable question moved one step or more
 * along its direction, with how long that takes. Horizons add up along one question (its steps
 * come one after another: each step counts its upper bound, 0-3m = 3 months, 3-12m = 12 months,
 * 12m+ = unbounded) and run in parallel across questions (a set takes its longest question).
 */

const HORIZON_MONTHS: Readonly<Record<Horizon, number>> = { '0-3m': 3, '3-12m': 12, '12m+': Number.POSITIVE_INFINITY };

/** The horizon bucket of a number of months (the sum of step upper bounds). */
export function horizonOfMonths(months: number): Horizon {
  return months <= 3 ? '0-3m' : months <= 12 ? '3-12m' : '12m+';
}

/** 0, 1, 2 for 0-3m, 3-12m, 12m+: horizons compare by this. */
export function horizonRank(horizon: Horizon): number {
  return horizon === '0-3m' ? 0 : horizon === '3-12m' ? 1 : 2;
}

/** One step of a move: the choice it reaches and the months by then (cumulative upper bounds). */
export type MoveStep = { readonly to: number; readonly horizon: Horizon; readonly months: number };

/**
 * A move of one question from its current choice to `to`, through `path` (one entry per step). A
 * question unanswered or answered "not sure" moves from the lowest level of its direction
 * (`fromLowest`): its steps and months are counted from there, the worst case.
 */
export type Move = {
  readonly question: number;
  readonly from: number;
  readonly fromLowest: boolean;
  readonly to: number;
  readonly steps: number;
  readonly months: number;
  readonly path: readonly MoveStep[];
};

/**
 * Per movable question (visible, actionable, a choice question): its moves, nearest first. One
 * unanswered or "not sure" moves from the lowest level of its direction, so that its moves are
 * those it would have were it answered with that level.
 */
export function movableQuestions(model: Model, base: Evaluation): Move[][] {
  return model.index.questionList.flatMap((entry) => {
    const { question } = entry;
    if (question.kind !== 'choice' || !question.actionable || base.shown[entry.order] !== 1) return [];
    const { direction, steps } = question.actionable;
    const delta = direction === 'up' ? 1 : -1;
    const answered = base.state.code[entry.order] ?? -1;
    const fromLowest = answered < 0;
    const current = fromLowest ? (direction === 'up' ? 0 : question.choices.length - 1) : answered;
    const moves: Move[] = [];
    const path: MoveStep[] = [];
    let months = 0;
    for (let to = current + delta; to >= 0 && to < question.choices.length; to += delta) {
      const value = question.choices[to]?.value ?? '';
      const horizon = Object.hasOwn(steps, value) ? steps[value] : undefined;
      months += HORIZON_MONTHS[horizon ?? '12m+'];
      path.push({ to, horizon: horizon ?? '12m+', months });
      moves.push({ question: entry.order, from: current, fromLowest, to, steps: path.length, months, path: [...path] });
    }
    return moves.length > 0 ? [moves] : [];
  });
}

/** The options recommended in an evaluation, in ranking order. */
export function recommendedIn(model: Model, evaluation: Evaluation): string[] {
  const best = bestUnguarded(evaluation);
  return rankOrder(model, evaluation.scores, evaluation.blocked)
    .filter((o) => verdictOf(evaluation, o, best) === 'recommended')
    .map((o) => model.optionIds[o] ?? '');
}

/** Raw answer state with `moves` applied, written into `code`. */
export function withMoves(raw: AnswerState, moves: readonly { question: number; to: number }[], code: Int32Array): AnswerState {
  code.set(raw.code);
  for (const move of moves) code[move.question] = move.to;
  return { code, multi: raw.multi };
}

