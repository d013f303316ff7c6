import { TIE_EPSILON } from '../score/close-call';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { Pack } from '@/rules/pack/pack-schema';
import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { resolveVisibility } from '../conditions/conditions';
import { createEvaluation, evaluate, resolveOverride, type Evaluation } from '../score/evaluate';
import { packModel, type Model } from '../score/model';

/**
 * How a pack behaves over many random answer sets (for pack authors: `npm run -s rules:stats`).
 * Each answer set answers every choice question uniformly over its choices ("not sure" with
 * probability UNSURE_SHARE where allowed), every multi question with a random non-empty set, and
 * leaves text questions empty; hidden questions follow `showIf` as in the app. Seeded: the same
 * pack, count and seed always give the same figures.
 */

export const DEFAULT_STATS_SAMPLES = 5000;
export const DEFAULT_STATS_SEED = 1;
/** Share of "not sure" answers where a question allows it. */
export const UNSURE_SHARE = 0.1;
/** Ways of answering the "not sure" questions tried per answer set to find a guard they let through. */
const BYPASS_TRIES = 4;
const MAX_SAMPLES = 1_000_000;

export type ClampShare = { option: string; criterion: string; share: number };

export type PackStats = {
  samples: number;
  seed: number;
  /** Per option, the share of answer sets in which it comes first (an exact tie splits it). */
  firstPlaces: Record<string, number>;
  /** Share of answer sets with an exact tie for first place (among options of the first one's standing). */
  ties: number;
  /** Share of answer sets in which first leads second (same standing) by less than 1 and 3 points (ties included). */
  leadUnder1: number;
  leadUnder3: number;
  /** Share of answer sets in which every option is blocked. */
  allBlocked: number;
  /** Per option × criterion, the share of answer sets in which its performance was clamped at 0 or 10 (largest first). */
  clamping: ClampShare[];
  /** Rules that fired in no answer set, and guards that fired (or waited for an answer) in none, in pack order. */
  neverFired: { rules: string[]; guards: string[] };
  /** Block guards that a "not sure" answer let through in some answer set: one way of answering would fire them. */
  bypassed: string[];
};

/** Fills `code` and `multi` with one random answer set. */
export function drawAnswers(model: Model, rng: RandomGenerator, code: Int32Array, multi: (ReadonlySet<string> | undefined)[]): void {
  model.index.questionList.forEach((entry, i) => {
    const question = entry.question;
    multi[i] = undefined;
    if (question.kind === 'text') {
      code[i] = NONE;
      return;
    }
    if (question.kind === 'multi') {
      const picked = question.choices.filter(() => uniformFloat64(rng) < 0.5).map((c) => c.value);
      const values = picked.length > 0 ? picked : [question.choices[uniformInt(rng, 0, question.choices.length - 1)]?.value ?? ''];
      code[i] = 0;
      multi[i] = new Set(values);
      return;
    }
    if (question.allowUnsure === true && uniformFloat64(rng) < UNSURE_SHARE) code[i] = UNSURE;
    else code[i] = uniformInt(rng, 0, question.choices.length - 1);
  });
}

function standing(evaluation: Evaluation, o: number): number {
  return evaluation.blocked[o] ?? 0;
}

/** The first options (all within TIE_EPSILON of the best of the best standing) and the runner-up's score. */
export function podium(model: Model, evaluation: Evaluation): { firsts: number[]; best: number; next: number } {
  const options = model.optionIds.map((_, o) => o);
  const open = options.filter((o) => standing(evaluation, o) === 0);
  const pool = open.length > 0 ? open : options;
  const scores = pool.map((o) => evaluation.scores[o] ?? 0);
  const best = Math.max(...scores);
  const firsts = pool.filter((o) => (evaluation.scores[o] ?? 0) >= best - TIE_EPSILON);
  const rest = pool.filter((o) => !firsts.includes(o)).map((o) => evaluation.scores[o] ?? 0);
  const next = firsts.length > 1 ? best : rest.length > 0 ? Math.max(...rest) : Number.NEGATIVE_INFINITY;
  return { firsts, best, next };
}

/** Whether some random way of answering the "not sure" questions fires block guard `g`. */
function bypassable(model: Model, raw: AnswerState, g: number, rng: RandomGenerator, code: Int32Array): boolean {
  const guard = model.guards[g];
  if (!guard) return false;
  for (let attempt = 0; attempt < BYPASS_TRIES; attempt += 1) {
    code.set(raw.code);
    model.index.questionList.forEach((entry, i) => {
      if (raw.code[i] === UNSURE && entry.question.kind === 'choice') code[i] = uniformInt(rng, 0, entry.question.choices.length - 1);
    });
    const { state } = resolveVisibility(model.index, { code, multi: raw.multi });
    if (guard.test(state)) return true;
  }
  return false;
}

/** The figures of `PackStats` over `samples` seeded random answer sets; pure and deterministic. */
export function packStats(pack: Pack, options: { readonly samples?: number; readonly seed?: number } = {}): PackStats {
  const model = packModel(pack);
  const samples = Math.min(MAX_SAMPLES, Math.max(1, Math.floor(options.samples ?? DEFAULT_STATS_SAMPLES)));
  const seed = Math.trunc(options.seed ?? DEFAULT_STATS_SEED) | 0;
  const rng = xoroshiro128plus(seed);
  const checkRng = xoroshiro128plus(seed ^ 0x5f3759df);
  const questions = model.index.questionList.length;
  const code = new Int32Array(questions);
  const multi: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(questions);
  const completion = new Int32Array(questions);
  const override = resolveOverride(model, undefined);
  const scratch = createEvaluation(model);
  const first = new Float64Array(model.optionIds.length);
  const clamped = new Float64Array(model.baseline.length);
  const ruleFired = new Uint8Array(model.rules.length);
  const guardFired = new Uint8Array(model.guards.length);
  const bypassedGuards = new Uint8Array(model.guards.length);
  let ties = 0;
  let under1 = 0;
  let under3 = 0;
  let allBlocked = 0;

  for (let s = 0; s < samples; s += 1) {
    drawAnswers(model, rng, code, multi);
    const raw: AnswerState = { code, multi };
    const evaluation = evaluate(model, raw, override, scratch);
    const { firsts, best, next } = podium(model, evaluation);
    for (const o of firsts) first[o] = (first[o] ?? 0) + 1 / firsts.length;
    if (firsts.length > 1) ties += 1;
    if (best - next < 1) under1 += 1;
    if (best - next < 3) under3 += 1;
    if (model.optionIds.every((_, o) => evaluation.blocked[o] === 1)) allBlocked += 1;
    for (let slot = 0; slot < clamped.length; slot += 1) {
      const value = (model.baseline[slot] ?? 0) + (evaluation.total[slot] ?? 0);
      if (value < 0 || value > 10) clamped[slot] = (clamped[slot] ?? 0) + 1;
    }
    evaluation.fired.forEach((f, r) => {
      if (f === 1) ruleFired[r] = 1;
    });
    const hasUnsure = code.some((c) => c === UNSURE);
    model.guards.forEach((guard, g) => {
      const blocks = evaluation.firedGuards[g] === 1 || evaluation.unknownGuards[g] === 1;
      if (blocks) guardFired[g] = 1;
      if (guard.block && !blocks && hasUnsure && bypassedGuards[g] !== 1 && bypassable(model, raw, g, checkRng, completion)) bypassedGuards[g] = 1;
    });
  }

  const firstPlaces: Record<string, number> = {};
  model.optionIds.forEach((id, o) => {
    firstPlaces[id] = (first[o] ?? 0) / samples;
  });
  const criteria = model.criterionIds.length;
  const clamping = [...clamped]
    .map((count, slot) => ({ option: model.optionIds[Math.floor(slot / criteria)] ?? '', criterion: model.criterionIds[slot % criteria] ?? '', share: count / samples }))
    .sort((a, b) => b.share - a.share || a.option.localeCompare(b.option, 'en') || a.criterion.localeCompare(b.criterion, 'en'));
  return {
    samples,
    seed,
    firstPlaces,
    ties: ties / samples,
    leadUnder1: under1 / samples,
    leadUnder3: under3 / samples,
    allBlocked: allBlocked / samples,
    clamping,
    neverFired: {
      rules: model.rules.flatMap((r, i) => (ruleFired[i] === 1 ? [] : [r.id])),
      guards: model.guards.flatMap((g, i) => (guardFired[i] === 1 ? [] : [g.id])),
    },
    bypassed: model.guards.flatMap((g, i) => (bypassedGuards[i] === 1 ? [g.id] : [])),
  };
}
