import type { AnswerState } from './answer-state';
import { createEvaluation, evaluate, topTwo, type Evaluation } from './evaluate';
import type { Model } from './model';
import type { RankingChange } from './types';

/** A change of one choice question (positions in pack and choice order). */
type Move = { readonly question: number; readonly to: number };

type Found = { readonly moves: readonly Move[]; readonly newTop: number; readonly lead: number };

/** Visible choice questions answered with a choice (not "not sure"), each with its other choices. */
function movableQuestions(model: Model, base: Evaluation): Move[][] {
  return model.index.questionList.flatMap((entry) => {
    const current = base.state.code[entry.order] ?? -1;
    if (entry.question.kind !== 'choice' || base.shown[entry.order] !== 1 || current < 0) return [];
    const moves = entry.question.choices.flatMap((_, to) => (to === current ? [] : [{ question: entry.order, to }]));
    return moves.length > 0 ? [moves] : [];
  });
}

/** Reusable buffers: the changed answers and one evaluation. */
type Scratch = { readonly code: Int32Array; readonly evaluation: Evaluation };

function tryMoves(model: Model, raw: AnswerState, override: Float64Array, top: number, moves: readonly Move[], scratch: Scratch): Found | undefined {
  const { code } = scratch;
  code.set(raw.code);
  for (const move of moves) code[move.question] = move.to;
  const evaluation = evaluate(model, { code, multi: raw.multi }, override, scratch.evaluation);
  const [first, second] = topTwo(model, evaluation.scores, evaluation.blocked);
  if (first === top || first < 0) return undefined;
  // The lead is over the runner-up of the same standing: a blocked option with a higher score is
  // not a rival. When no option shares the first one's standing, it leads by guards alone: 0.
  const rival = second >= 0 && evaluation.blocked[second] === evaluation.blocked[first];
  const lead = rival ? (evaluation.scores[first] ?? 0) - (evaluation.scores[second] ?? 0) : 0;
  return { moves, newTop: first, lead };
}

function compareFound(a: Found, b: Found): number {
  if (a.lead !== b.lead) return b.lead - a.lead;
  for (let i = 0; i < Math.min(a.moves.length, b.moves.length); i += 1) {
    const d = (a.moves[i]?.question ?? 0) - (b.moves[i]?.question ?? 0);
    if (d !== 0) return d;
  }
  for (let i = 0; i < Math.min(a.moves.length, b.moves.length); i += 1) {
    const d = (a.moves[i]?.to ?? 0) - (b.moves[i]?.to ?? 0);
    if (d !== 0) return d;
  }
  return a.moves.length - b.moves.length;
}

function describe(model: Model, base: Evaluation, found: Found): RankingChange {
  const choiceValue = (question: number, position: number): string => {
    const q = model.index.questionList[question]?.question;
    return q && q.kind !== 'text' ? (q.choices[position]?.value ?? '') : '';
  };
  return {
    changes: found.moves.map((move) => ({
      question: model.index.questionList[move.question]?.question.id ?? '',
      from: choiceValue(move.question, base.state.code[move.question] ?? -1),
      to: choiceValue(move.question, move.to),
    })),
    newTop: model.optionIds[found.newTop] ?? '',
    lead: found.lead,
  };
}

/**
 * Every minimal set of answer changes that puts another option first: single changes of a visible
 * choice question answered with a choice to another choice; only when none works, pairs of changes
 * to two different such questions. Most decisive first (largest lead of the new first option over
 * the next option of the same standing, 0 when every other option is blocked, then question order, then choice order); empty when two changes never suffice.
 */
export function changesOf(model: Model, raw: AnswerState, override: Float64Array, base: Evaluation): RankingChange[] {
  const [top] = topTwo(model, base.scores, base.blocked);
  const questions = movableQuestions(model, base);
  const found: Found[] = [];
  const scratch: Scratch = { code: new Int32Array(raw.code.length), evaluation: createEvaluation(model) };
  for (const moves of questions) {
    for (const move of moves) {
      const result = tryMoves(model, raw, override, top, [move], scratch);
      if (result) found.push(result);
    }
  }
  if (found.length === 0) {
    questions.forEach((firstMoves, i) => {
      for (const secondMoves of questions.slice(i + 1)) {
        for (const a of firstMoves) {
          for (const b of secondMoves) {
            const result = tryMoves(model, raw, override, top, [a, b], scratch);
            if (result) found.push(result);
          }
        }
      }
    });
  }
  return found.sort(compareFound).map((f) => describe(model, base, f));
}
