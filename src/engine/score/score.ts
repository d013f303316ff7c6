import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { NONE, readAnswers, UNSURE } from './answer-state';
import { closeCallOf, sharedRanks } from './close-call';
import { evaluate, rankOrder, resolveOverride, scoringWeights, weightedMean, type Evaluation } from './evaluate';
import { packModel, type Model } from './model';
import { robustnessOf } from '../robustness/robustness';
import type { TriState } from '../conditions/three-valued';
import type { Contribution, RankedOption, Result, ScoreSettings, Scored, UnknownGuard, Verdict } from './types';

/** An unguarded option within this many points of the best unguarded score is recommended. */
export const RECOMMENDED_WITHIN = 3;

/** Per slot: the share of each raw delta that survived clamping (1 when clamping cut nothing). */
function clampScales(model: Model, evaluation: Evaluation): Float64Array {
  return evaluation.total.map((raw, slot) => {
    const kept = (evaluation.performance[slot] ?? 0) - (model.baseline[slot] ?? 0);
    return raw !== 0 && kept !== raw ? kept / raw : 1;
  });
}

function contributionsOf(model: Model, evaluation: Evaluation, scales: Float64Array, weights: Float64Array, option: number): Contribution[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const contributions: Contribution[] = [];
  model.rules.forEach((rule, position) => {
    if (evaluation.fired[position] !== 1) return;
    const effects = rule.effects.filter((effect) => effect.option === option);
    if (effects.length === 0) return;
    const share = effects.reduce((sum, e) => sum + (weights[e.criterion] ?? 0) * e.delta * (scales[e.slot] ?? 1), 0);
    contributions.push({ rule: rule.id, points: weightSum > 0 ? (10 * share) / weightSum : 0 });
  });
  return contributions;
}

function firedGuardIds(model: Model, evaluation: Evaluation, option: number, block: boolean): string[] {
  return model.guards
    .filter((g, i) => g.block === block && (evaluation.firedGuards[i] === 1 || evaluation.unknownGuards[i] === 1) && g.options.includes(option))
    .map((g) => g.id);
}

/** The block guards that block only because answers are unknown, each with the questions it waits for (pack order). */
function unknownGuardsOf(model: Model, evaluation: Evaluation): UnknownGuard[] {
  const state: TriState = { code: evaluation.raw.code, multi: evaluation.raw.multi, visible: evaluation.visible };
  return model.guards.flatMap((guard, g) => {
    if (evaluation.unknownGuards[g] !== 1) return [];
    const why: number[] = [];
    guard.tri(state, why);
    const questions = [...new Set(why)].sort((a, b) => a - b).map((position) => model.index.questionList[position]?.question.id ?? '');
    return [{ guard: guard.id, questions }];
  });
}

function questionsWith(model: Model, evaluation: Evaluation, code: number): string[] {
  return model.index.questionList
    .filter((entry) => evaluation.shown[entry.order] === 1 && evaluation.state.code[entry.order] === code)
    .map((entry) => entry.question.id);
}

/** The best score among options no block guard hit; +∞ when every option is blocked (then none is recommended). */
export function bestUnguarded(evaluation: Evaluation): number {
  let best = Number.NEGATIVE_INFINITY;
  evaluation.scores.forEach((score, o) => {
    if (evaluation.blocked[o] !== 1 && score > best) best = score;
  });
  return best === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : best;
}

/** The verdict of option `o` (DESIGN.md "Ranking and verdicts"), given the evaluation's best unguarded score. */
export function verdictOf(evaluation: Evaluation, o: number, best: number = bestUnguarded(evaluation)): Verdict {
  if (evaluation.blocked[o] === 1) return 'not-recommended';
  return (evaluation.scores[o] ?? 0) >= best - RECOMMENDED_WITHIN ? 'recommended' : 'viable';
}

/**
 * The questions to answer before any option is recommended: the pack's decisive questions that
 * are shown but unanswered or "not sure", and, when more than a third of the shown required
 * questions (free text aside) are unanswered or "not sure", those too; in pack order, decisive first.
 */
function needsAnswersOf(pack: Pack, model: Model, evaluation: Evaluation, exempt: ReadonlySet<string>): string[] {
  const open = (order: number) =>
    evaluation.shown[order] === 1 && (evaluation.state.code[order] ?? NONE) < 0 && !exempt.has(model.index.questionList[order]?.question.id ?? '');
  const decisive = new Set(pack.decisive ?? []);
  const decisiveOpen = model.index.questionList.filter((e) => decisive.has(e.question.id) && open(e.order));
  const required = model.index.questionList.filter((e) => e.question.required === true && e.question.kind !== 'text' && evaluation.shown[e.order] === 1);
  const requiredOpen = required.filter((e) => open(e.order));
  const tooMany = requiredOpen.length * 3 > required.length;
  if (decisiveOpen.length === 0 && !tooMany) return [];
  const rest = tooMany ? requiredOpen.filter((e) => !decisive.has(e.question.id)) : [];
  return [...decisiveOpen, ...rest].map((e) => e.question.id);
}

/** Builds the scored part of the result object from an evaluation. */
export function scoredFrom(pack: Pack, model: Model, evaluation: Evaluation, settings: Pick<ScoreSettings, 'notNeeded' | 'withhold'> = {}): Scored {
  const weights = scoringWeights(evaluation.weights);
  const scales = clampScales(model, evaluation);
  const order = rankOrder(model, evaluation.scores, evaluation.blocked);
  const best = bestUnguarded(evaluation);
  const needsAnswers = settings.withhold === false ? [] : needsAnswersOf(pack, model, evaluation, new Set(settings.notNeeded ?? []));
  const ranks = sharedRanks(evaluation, order);
  const closeCall = closeCallOf(model, evaluation, order, weights);
  const ranking = order.map((o, position): RankedOption => {
    const score = evaluation.scores[o] ?? 0;
    const plain = verdictOf(evaluation, o, best);
    // Too few answers: no option is recommended until the listed questions are answered.
    const verdict = plain === 'recommended' && needsAnswers.length > 0 ? 'viable' : plain;
    return {
      option: model.optionIds[o] ?? '',
      rank: ranks[position] ?? position + 1,
      score,
      baseline: weightedMean(model.baseline, o, weights),
      verdict,
      contributions: contributionsOf(model, evaluation, scales, weights, o),
      guards: firedGuardIds(model, evaluation, o, true),
      cautions: firedGuardIds(model, evaluation, o, false),
    };
  });
  const effective: Record<string, number> = {};
  model.criterionIds.forEach((id, c) => {
    effective[id] = evaluation.weights[c] ?? 0;
  });
  return {
    rules: { id: pack.id, version: pack.version },
    ranking,
    weights: effective,
    unanswered: questionsWith(model, evaluation, NONE),
    unsure: questionsWith(model, evaluation, UNSURE),
    unknownGuards: unknownGuardsOf(model, evaluation),
    needsAnswers,
    ...(closeCall ? { closeCall } : {}),
  };
}

/** Ranks every option for `answers` without robustness (fast, for live what-if); pure, never throws, inputs untouched; an option no rule touches keeps its baseline score. */
export function rankOptions(pack: Pack, answers: Answers, settings: ScoreSettings = {}): Scored {
  const model = packModel(pack);
  const evaluation = evaluate(model, readAnswers(model.index, answers), resolveOverride(model, settings.weights));
  return scoredFrom(pack, model, evaluation, settings);
}

/** The full result object (ranking, explanations, weights, robustness); pure and deterministic: same input, same JSON, byte for byte. */
export function score(pack: Pack, answers: Answers, settings: ScoreSettings = {}): Result {
  const model = packModel(pack);
  const raw = readAnswers(model.index, answers);
  const override = resolveOverride(model, settings.weights);
  const evaluation = evaluate(model, raw, override);
  return { ...scoredFrom(pack, model, evaluation, settings), robustness: robustnessOf(model, raw, override, evaluation, settings) };
}
