import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { NONE, readAnswers, type AnswerState } from '../score/answer-state';
import { createEvaluation, evaluate, rankOrder, resolveOverride, type Evaluation } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import { bestUnguarded, RECOMMENDED_WITHIN, verdictOf } from '../score/score';
import { shortfallBound } from './target-bounds';
import { stagesOf } from './target-stages';
import { dependencies } from '../conditions/dependents';
import { horizonOfMonths, horizonRank, movableQuestions, recommendedIn, withMoves, type Move } from './target-moves';
import type { ScoreSettings, TargetChange, TargetObstacle, TargetPath, TargetPlan } from '../score/types';

/** The most questions one set of improvements may change. */
export const MAX_TARGET_CHANGES = 3;

/** True when `smaller` changes only questions `larger` changes, each by no more steps. */
function isWithin(smaller: readonly Move[], larger: readonly Move[]): boolean {
  return smaller.every((s) => larger.some((l) => l.question === s.question && l.steps >= s.steps));
}

type Found = { readonly moves: readonly Move[]; readonly score: number; readonly lifts: readonly number[]; readonly recommended: string[] };

function compareFound(a: Found, b: Found): number {
  const months = (f: Found) => horizonRank(horizonOfMonths(Math.max(...f.moves.map((m) => m.months))));
  const steps = (f: Found) => f.moves.reduce((sum, m) => sum + m.steps, 0);
  const d = a.moves.length - b.moves.length || months(a) - months(b) || steps(a) - steps(b);
  if (d !== 0) return d;
  for (let i = 0; i < a.moves.length; i += 1) {
    const e = (a.moves[i]?.question ?? 0) - (b.moves[i]?.question ?? 0) || (a.moves[i]?.to ?? 0) - (b.moves[i]?.to ?? 0);
    if (e !== 0) return e;
  }
  return 0;
}

function choiceValue(model: Model, question: number, position: number): string {
  const q = model.index.questionList[question]?.question;
  return q && q.kind !== 'text' ? (q.choices[position]?.value ?? '') : '';
}

function describeMove(model: Model, move: Move): TargetChange {
  const question = model.index.questionList[move.question]?.question;
  const mark = question?.actionable;
  return {
    question: question?.id ?? '',
    from: choiceValue(model, move.question, move.from),
    to: choiceValue(model, move.question, move.to),
    steps: move.steps,
    fromLowest: move.fromLowest,
    horizon: horizonOfMonths(move.months),
    owner: mark?.owner ?? 'executive',
    actions: (mark?.actions ?? []).map((a) => ({ option: a.option, action: a.action })),
  };
}

function describePath(model: Model, found: Found): TargetPath {
  return {
    changes: found.moves.map((m) => describeMove(model, m)),
    horizon: horizonOfMonths(Math.max(...found.moves.map((m) => m.months))),
    lifts: found.lifts.map((g) => model.guards[g]?.id ?? ''),
    score: found.score,
    recommended: found.recommended,
  };
}

/**
 * Every minimal set of at most MAX_TARGET_CHANGES moves that makes option `t` recommended. A set
 * that moves none of the questions a firing target guard depends on leaves that guard firing, so it
 * is not evaluated (`needs`: per such guard, whether each movable question is one of them).
 */
/** Whether block guard `g` holds back its options in `evaluation`: it fires, or may fire on answers not known. */
function blocking(evaluation: Evaluation, g: number): boolean {
  return evaluation.firedGuards[g] === 1 || evaluation.unknownGuards[g] === 1;
}

type Search = { readonly found: Found[]; closest: { moves: Move[]; shortBy: number } | undefined };

function searchPaths(model: Model, raw: AnswerState, base: Evaluation, override: Float64Array, t: number, questions: readonly Move[][], targetGuards: readonly number[], needs: readonly Uint8Array[]): Search {
  const found: Found[] = [];
  const search: Search = { found, closest: undefined };
  const code = new Int32Array(raw.code.length);
  const scratch = createEvaluation(model);
  const chosen: Move[] = [];
  const tryChosen = () => {
    if (!needs.every((need) => chosen.some((m) => need[m.question] === 1))) return;
    if (found.some((f) => isWithin(f.moves, chosen))) return;
    const evaluation = evaluate(model, withMoves(raw, chosen, code), override, scratch, { base, questions: chosen.map((m) => m.question) });
    const lifts = targetGuards.filter((g) => !blocking(evaluation, g));
    if (verdictOf(evaluation, t) !== 'recommended') {
      const shortBy = bestUnguarded(evaluation) - RECOMMENDED_WITHIN - (evaluation.scores[t] ?? 0);
      if (evaluation.blocked[t] !== 1 && Number.isFinite(shortBy) && (!search.closest || shortBy < search.closest.shortBy)) search.closest = { moves: [...chosen], shortBy };
      return;
    }
    found.push({ moves: [...chosen], score: evaluation.scores[t] ?? 0, lifts, recommended: recommendedIn(model, evaluation) });
  };
  // Per set of questions: a lower bound on how far short of the band the target stays, whatever their moves.
  const bounds = new Map<string, number>();
  const boundOf = (last: readonly Move[]) => {
    const moved = [...chosen.map((m) => m.question), last[0]?.question ?? -1];
    const key = moved.join(' ');
    let bound = bounds.get(key);
    if (bound === undefined) {
      bound = shortfallBound(model, base, t, moved);
      bounds.set(key, bound);
    }
    return bound;
  };
  const combine = (size: number, start: number) => {
    if (chosen.length === size) {
      tryChosen();
      return;
    }
    for (let i = start; i < questions.length; i += 1) {
      const moves = questions[i] ?? [];
      if (chosen.length === size - 1) {
        // No moves of these questions make the target recommended, nor come closer than the closest yet: skip them.
        const bound = boundOf(moves);
        if (bound > 0 && (bound === Number.POSITIVE_INFINITY || (search.closest !== undefined && bound >= search.closest.shortBy))) continue;
      }
      for (const move of moves) {
        chosen.push(move);
        combine(size, i + 1);
        chosen.pop();
      }
    }
  };
  for (let size = 1; size <= Math.min(MAX_TARGET_CHANGES, questions.length); size += 1) combine(size, 0);
  found.sort(compareFound);
  return search;
}

/** Whether some set of at most MAX_TARGET_CHANGES of these moves stops guard `g` firing (only its own questions matter to it). */
function canLift(model: Model, raw: AnswerState, base: Evaluation, override: Float64Array, g: number, questions: readonly Move[][]): boolean {
  const code = new Int32Array(raw.code.length);
  const scratch = createEvaluation(model);
  const chosen: Move[] = [];
  const lifts = (start: number): boolean => {
    if (chosen.length > 0 && !blocking(evaluate(model, withMoves(raw, chosen, code), override, scratch, { base, questions: chosen.map((m) => m.question) }), g)) return true;
    if (chosen.length === MAX_TARGET_CHANGES) return false;
    for (let i = start; i < questions.length; i += 1) {
      for (const move of questions[i] ?? []) {
        chosen.push(move);
        const done = lifts(i + 1);
        chosen.pop();
        if (done) return true;
      }
    }
    return false;
  };
  return lifts(0);
}

/** Each guard with the facts it rests on: its questions that are not actionable (else those that cannot move further). */
function obstaclesOf(pack: Pack, model: Model, guards: readonly number[], movable: ReadonlySet<string>): TargetObstacle[] {
  return guards.map((g) => {
    const guard = pack.guards[g];
    const deps = guard ? dependencies(model, guard.when) : new Set<string>();
    const inPackOrder = model.index.questionList.filter((e) => deps.has(e.question.id));
    const facts = inPackOrder.filter((e) => !e.question.actionable).map((e) => e.question.id);
    const stuck = inPackOrder.filter((e) => !movable.has(e.question.id)).map((e) => e.question.id);
    return { guard: model.guards[g]?.id ?? '', fixed: facts.length > 0 ? facts : stuck };
  });
}

/**
 * What it would take to make `target` recommended (unguarded and within the recommendation band),
 * changing only actionable answers, each one step or more along its direction (one unanswered or
 * "not sure" counted from the lowest level of its direction, `fromLowest`: the answers a path ends
 * with decide the verdict, so the path holds whatever that level is; only its horizon may be
 * longer than needed; the questions not moved keep their answers, known or not): every minimal set
 * of at most three improvements (no subset, and no set of the same questions with fewer steps,
 * works), fewest questions first, then the shortest horizon; the first set staged by horizon; or,
 * when none exists, the block guards no improvement lifts and the fixed questions they rest on.
 * Pure and deterministic; undefined when `target` is not an option of the pack.
 */
export function planTarget(pack: Pack, answers: Answers, target: string, settings: ScoreSettings = {}): TargetPlan | undefined {
  const model = packModel(pack);
  const t = model.optionIds.indexOf(target);
  if (t < 0) return undefined;
  const raw = readAnswers(model.index, answers);
  const override = resolveOverride(model, settings.weights);
  const base = evaluate(model, raw, override);
  const best = bestUnguarded(base);
  const recommended = recommendedIn(model, base);
  const now = { top: model.optionIds[rankOrder(model, base.scores, base.blocked)[0] ?? 0] ?? '', recommended };
  const shortBy = Number.isFinite(best) ? Math.max(0, best - RECOMMENDED_WITHIN - (base.scores[t] ?? 0)) : 0;
  const unknown = model.index.questionList
    .filter((e) => e.question.actionable && e.question.kind === 'choice' && base.shown[e.order] === 1 && (base.state.code[e.order] ?? NONE) < 0)
    .map((e) => e.question.id);
  const empty = { target, now, paths: [], stages: [], obstacles: [], shortBy, closest: null, unknown };
  if (verdictOf(base, t, best) === 'recommended') return { ...empty, status: 'recommended' };

  const questions = movableQuestions(model, base);
  const movable = new Set(questions.map((moves) => model.index.questionList[moves[0]?.question ?? 0]?.question.id ?? ''));
  const targetGuards = model.guards.flatMap((g, i) => (g.block && blocking(base, i) && g.options.includes(t) ? [i] : []));
  // A guard whose condition rests on no movable answer fires whatever the company builds.
  const fixed = targetGuards.filter((g) => {
    const guard = pack.guards[g];
    return !guard || ![...dependencies(model, guard.when)].some((q) => movable.has(q));
  });
  if (fixed.length > 0) return { ...empty, status: 'unreachable', obstacles: obstaclesOf(pack, model, fixed, movable) };

  const needs = targetGuards.map((g) => {
    const deps = dependencies(model, pack.guards[g]?.when ?? { all: [] });
    return Uint8Array.from(model.index.questionList, (e) => (deps.has(e.question.id) ? 1 : 0));
  });
  const { found, closest } = searchPaths(model, raw, base, override, t, questions, targetGuards, needs);
  if (found.length === 0) {
    // Guards no set lifts; when each can be lifted but never all at once, all of them stand in the way.
    const neverLifted = targetGuards.filter((g, i) => !canLift(model, raw, base, override, g, questions.filter((moves) => needs[i]?.[moves[0]?.question ?? -1] === 1)));
    const inWay = neverLifted.length === 0 && !closest ? targetGuards : neverLifted;
    const near = closest && (base.blocked[t] === 1 || closest.shortBy < shortBy) ? { changes: closest.moves.map((m) => describeMove(model, m)), shortBy: closest.shortBy } : null;
    return { ...empty, status: 'unreachable', obstacles: obstaclesOf(pack, model, inWay, movable), closest: near };
  }
  const paths = found.map((f) => describePath(model, f));
  const first = found[0]?.moves ?? [];
  return { ...empty, status: 'reachable', paths, stages: stagesOf(model, raw, override, t, first) };
}

/**
 * The target a user most likely asks about: the next option after the most open one recommended
 * today, in the pack's option order (the gradient, least open first) that is not recommended; else
 * the first option not recommended; undefined when every option is recommended.
 */
export function defaultTarget(pack: Pack, ranking: readonly { option: string; verdict: string }[]): string | undefined {
  const ids = pack.options.map((o) => o.id);
  const recommended = new Set(ranking.filter((r) => r.verdict === 'recommended').map((r) => r.option));
  const start = Math.max(-1, ...ids.flatMap((id, i) => (recommended.has(id) ? [i] : [])));
  return ids.slice(start + 1).find((id) => !recommended.has(id)) ?? ids.find((id) => !recommended.has(id));
}

/** The answers with the changes of a path applied (a what-if scenario; the input is untouched). */
export function answersAfter(answers: Answers, changes: readonly { question: string; to: string }[]): Answers {
  const next: Record<string, Answers[string]> = { ...answers };
  for (const change of changes) next[change.question] = change.to;
  return next;
}
