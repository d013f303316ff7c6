import { HORIZONS, type Horizon } from '@/rules/pack/pack-vocabulary';
import type { AnswerState } from '../score/answer-state';
import { createEvaluation, evaluate, rankOrder } from '../score/evaluate';
import type { Model } from '../score/model';
import { verdictOf } from '../score/score';
import { horizonOfMonths, recommendedIn, withMoves, type Move } from './target-moves';
import type { Checkpoint, TargetStage } from '../score/types';

function valueOf(model: Model, question: number, position: number): string {
  const q = model.index.questionList[question]?.question;
  return q && q.kind !== 'text' ? (q.choices[position]?.value ?? '') : '';
}

/**
 * Stages a set of moves by horizon: each step of a question is done by the time its cumulative
 * months fall into a horizon (0-3m, 3-12m, 12m+), so a stage's checkpoints are the levels the
 * questions reach by then; after each stage the answers so far are scored again (a question not
 * reached yet keeps today's answer, even one not known). The last stage reaches every move, so the
 * target's verdict there is that of the whole set.
 */
export function stagesOf(model: Model, raw: AnswerState, override: Float64Array, t: number, moves: readonly Move[]): TargetStage[] {
  const reached = new Map<number, number>();
  const code = new Int32Array(raw.code.length);
  const scratch = createEvaluation(model);
  const stages: TargetStage[] = [];
  for (const horizon of HORIZONS) {
    const checkpoints: Checkpoint[] = [];
    for (const move of moves) {
      const within = move.path.filter((step) => horizonOfMonths(step.months) === horizon);
      const last = within[within.length - 1];
      if (!last) continue;
      const question = model.index.questionList[move.question]?.question;
      const mark = question?.actionable;
      checkpoints.push({
        question: question?.id ?? '',
        from: valueOf(model, move.question, reached.get(move.question) ?? move.from),
        to: valueOf(model, move.question, last.to),
        fromLowest: move.fromLowest,
        owner: mark?.owner ?? 'executive',
        actions: (mark?.actions ?? []).map((a) => ({ option: a.option, action: a.action })),
      });
      reached.set(move.question, last.to);
    }
    if (checkpoints.length === 0) continue;
    const evaluation = evaluate(model, withMoves(raw, [...reached].map(([question, to]) => ({ question, to })), code), override, scratch);
    stages.push({
      horizon: horizon satisfies Horizon,
      checkpoints,
      recommended: recommendedIn(model, evaluation),
      top: model.optionIds[rankOrder(model, evaluation.scores, evaluation.blocked)[0] ?? 0] ?? '',
      target: verdictOf(evaluation, t),
    });
  }
  return stages;
}
