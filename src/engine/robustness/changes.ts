import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { createEvaluation, evaluate, topTwo, type Evaluation } from '../score/evaluate';
import type { Model } from '../score/model';
import type { ChangeSearch, RankingChange } from '../score/types';

/** At most this many evaluations of changed answers per search: a pack of any size stays fast. */
export const MAX_CHANGE_EVALUATIONS = 4000;
/** At most this many lines are listed; the rest are counted. */
export const MAX_LISTED_CHANGES = 12;

/** A change of one choice question (positions in pack and choice order); `from` is NONE or UNSURE for an open question. */
type Move = { readonly question: number; readonly from: number; readonly to: number };

type Found = { readonly moves: readonly Move[]; readonly newTop: number; readonly lead: number; readonly distance: number };

/** Levels moved: |to − from| for an answered question, 1 for answering an open one. */
function distanceOf(moves: readonly Move[]): number {
  return moves.reduce((sum, m) => sum + (m.from < 0 ? 1 : Math.abs(m.to - m.from)), 0);
}

/**
 * Shown choice questions with their possible changes: another choice for an answered one, any
 * choice for an open one (unanswered or "not sure"). Also the shown open multi-choice questions,
 * which the search does not vary.
 */
function movableQuestions(model: Model, base: Evaluation): { movable: Move[][]; openMulti: number } {
  let openMulti = 0;
  const movable = model.index.questionList.flatMap((entry) => {
    if (base.shown[entry.order] !== 1 || entry.question.kind === 'text') return [];
    const raw = base.raw.code[entry.order] ?? NONE;
    if (entry.question.kind === 'multi') {
      if (raw === NONE || raw === UNSURE) openMulti += 1;
      return [];
    }
    const from = raw === UNSURE ? UNSURE : (base.state.code[entry.order] ?? NONE);
    const moves = entry.question.choices.flatMap((_, to) => (to === from ? [] : [{ question: entry.order, from, to }]));
    return moves.length > 0 ? [moves] : [];
  });
  return { movable, openMulti };
}

/** Reusable buffers and the work done so far. */
type Search = { readonly code: Int32Array; readonly evaluation: Evaluation; evaluations: number };

/** How far the first option stays ahead after a move: its score minus the best rival's (a blocked option is no rival of an unblocked one). */
type Tried = { readonly found?: Found; readonly gap: number };

function tryMoves(model: Model, raw: AnswerState, override: Float64Array, top: number, moves: readonly Move[], search: Search): Tried {
  const { code } = search;
  search.evaluations += 1;
  code.set(raw.code);
  for (const move of moves) code[move.question] = move.to;
  const evaluation = evaluate(model, { code, multi: raw.multi }, override, search.evaluation);
  const [first, second] = topTwo(model, evaluation.scores, evaluation.blocked);
  if (first === top || first < 0) {
    const rival = second >= 0 && evaluation.blocked[second] === evaluation.blocked[first] ? (evaluation.scores[second] ?? 0) : Number.NEGATIVE_INFINITY;
    return { gap: (evaluation.scores[first] ?? 0) - rival };
  }
  // The lead is over the runner-up of the same standing: a blocked option with a higher score is
  // not a rival. When no option shares the first one's standing, it leads by guards alone: 0.
  const rival = second >= 0 && evaluation.blocked[second] === evaluation.blocked[first];
  const lead = rival ? (evaluation.scores[first] ?? 0) - (evaluation.scores[second] ?? 0) : 0;
  return { found: { moves, newTop: first, lead, distance: distanceOf(moves) }, gap: Number.NEGATIVE_INFINITY };
}

/** Nearest first (fewest levels moved), then most decisive (largest lead), then question order, then choice order. */
function compareFound(a: Found, b: Found): number {
  if (a.distance !== b.distance) return a.distance - b.distance;
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

function choiceValue(model: Model, question: number, position: number): string {
  const q = model.index.questionList[question]?.question;
  return q && q.kind !== 'text' && position >= 0 ? (q.choices[position]?.value ?? '') : '';
}

/**
 * Lines for people: a single change that differs from an earlier one only in its target level
 * (same question, same new first option) joins it, with every target in choice order; its lead
 * stays the nearest target's.
 */
function describe(model: Model, found: readonly Found[]): RankingChange[] {
  const lines: RankingChange[] = [];
  const merged = new Map<string, { line: RankingChange; targets: number[] }>();
  for (const f of found) {
    const only = f.moves.length === 1 ? f.moves[0] : undefined;
    const key = only ? `${only.question}:${f.newTop}` : '';
    const earlier = only ? merged.get(key) : undefined;
    if (only && earlier) {
      earlier.targets.push(only.to);
      earlier.line.targets = [...earlier.targets].sort((a, b) => a - b).map((to) => choiceValue(model, only.question, to));
      continue;
    }
    const line: RankingChange = {
      changes: f.moves.map((move) => ({
        question: model.index.questionList[move.question]?.question.id ?? '',
        from: move.from === UNSURE ? 'unsure' : choiceValue(model, move.question, move.from),
        to: choiceValue(model, move.question, move.to),
        ...(move.from < 0 ? { open: move.from === UNSURE ? ('unsure' as const) : ('unanswered' as const) } : {}),
      })),
      newTop: model.optionIds[f.newTop] ?? '',
      lead: f.lead,
    };
    lines.push(line);
    if (only) merged.set(key, { line, targets: [only.to] });
  }
  return lines;
}

/**
 * Pairs of moves on two different questions, the most promising first: moves are ranked by how
 * close each alone brings a rival to first place, and pairs taken by the sum of their two ranks.
 */
function* promisingPairs(moves: readonly Move[]): Generator<[Move, Move]> {
  const n = moves.length;
  for (let s = 1; s <= 2 * n - 3; s += 1) {
    for (let i = Math.max(0, s - n + 1); 2 * i < s; i += 1) {
      const a = moves[i];
      const b = moves[s - i];
      if (a && b && a.question !== b.question) yield a.question < b.question ? [a, b] : [b, a];
    }
  }
}

/**
 * What would change the first option, for people, within a fixed amount of work. Every minimal set
 * of answer changes that puts another option first: single changes of a shown choice question (an
 * answered one to another choice, an open one, unanswered or "not sure", to any choice); only when
 * none works, pairs of changes to two different such questions. Nearest first (fewest levels moved;
 * answering an open question counts one), then largest lead, then question and choice order; single
 * changes that differ only in the target level are one line. At most MAX_CHANGE_EVALUATIONS
 * evaluations (pairs tried most promising first) and MAX_LISTED_CHANGES lines; `search` says what
 * was left out. Pure and deterministic.
 */
export function changesOf(
  model: Model,
  raw: AnswerState,
  override: Float64Array,
  base: Evaluation,
  limits: { readonly evaluations?: number; readonly listed?: number } = {},
): { changes: RankingChange[]; search: ChangeSearch } {
  const budget = limits.evaluations ?? MAX_CHANGE_EVALUATIONS;
  const listed = limits.listed ?? MAX_LISTED_CHANGES;
  const [top] = topTwo(model, base.scores, base.blocked);
  const { movable, openMulti } = movableQuestions(model, base);
  const found: Found[] = [];
  const search: Search = { code: new Int32Array(raw.code.length), evaluation: createEvaluation(model), evaluations: 0 };
  const varied = new Set<number>();
  const tried: { move: Move; gap: number }[] = [];
  let complete = true;
  for (const moves of movable) {
    for (const move of moves) {
      if (search.evaluations >= budget) {
        complete = false;
        break;
      }
      varied.add(move.question);
      const result = tryMoves(model, raw, override, top, [move], search);
      if (result.found) found.push(result.found);
      else tried.push({ move, gap: result.gap });
    }
  }
  if (found.length === 0 && complete) {
    const ranked = tried.sort((a, b) => a.gap - b.gap || a.move.question - b.move.question || a.move.to - b.move.to).map((t) => t.move);
    const perQuestion = new Map<number, number>();
    for (const move of ranked) perQuestion.set(move.question, (perQuestion.get(move.question) ?? 0) + 1);
    const samePairs = [...perQuestion.values()].reduce((sum, k) => sum + (k * (k - 1)) / 2, 0);
    if (search.evaluations + (ranked.length * (ranked.length - 1)) / 2 - samePairs > budget) complete = false;
    for (const pair of promisingPairs(ranked)) {
      if (search.evaluations >= budget) break;
      const result = tryMoves(model, raw, override, top, pair, search);
      if (result.found) found.push(result.found);
    }
  }
  const lines = describe(model, found.sort(compareFound));
  const open = movable.filter((moves) => (moves[0]?.from ?? 0) < 0);
  const openNotVaried = open.filter((moves) => !varied.has(moves[0]?.question ?? -1)).length;
  return {
    changes: lines.slice(0, listed),
    search: {
      more: Math.max(0, lines.length - listed),
      open: open.length + openMulti,
      notVaried: openNotVaried + openMulti + movable.filter((moves) => (moves[0]?.from ?? 0) >= 0 && !varied.has(moves[0]?.question ?? -1)).length,
      complete,
      evaluations: search.evaluations,
    },
  };
}
