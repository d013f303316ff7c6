import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { CaseExpectation, MonotoneExpectation, Pack } from '@/rules/pack/pack-schema';
import { NONE, UNSURE, type AnswerState } from '../score/answer-state';
import { createEvaluation, evaluate, resolveOverride } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import { DEFAULT_STATS_SAMPLES, DEFAULT_STATS_SEED, drawAnswers, podium } from './pack-stats';
import { rankOptions } from '../score/score';

/**
 * Checks of a pack's declared expectations (`rules:check --deep`, `rules:stats`).
 * Monotonicity: over seeded random answer sets (as in pack-stats), the expectation's question is
 * moved up one level at a time; every step where it is shown before and after is checked. A step
 * breaks `becomes-first` when none of the options is first before and one is after; it breaks
 * `loses-first` when one of them is first before and none is after. "First" includes an exact tie
 * for first place.
 */

export type MonotoneExample = { answers: Answers; from: string; to: string; firstBefore: string[]; firstAfter: string[] };

export type MonotoneCheck = {
  id: string;
  question: string;
  options: string[];
  never: MonotoneExpectation['never'];
  samples: number;
  /** Steps checked (one level up, the question shown at both levels). */
  steps: number;
  violations: number;
  /** The first answer set that breaks the expectation. */
  example?: MonotoneExample;
};

export type CaseCheck = {
  id: string;
  ok: boolean;
  /** The options first for the case's answers (more than one on an exact tie). */
  first: string[];
  /** The case expects one of these first, and got none of them. */
  wrongFirst?: string[];
  /** Options the case says must not be recommended, and that are. */
  recommended?: string[];
};

function answersOf(model: Model, raw: AnswerState): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  model.index.questionList.forEach((entry, i) => {
    const code = raw.code[i] ?? NONE;
    const question = entry.question;
    if (code === UNSURE) answers[question.id] = { unsure: true };
    else if (code >= 0 && question.kind === 'choice') answers[question.id] = question.choices[code]?.value ?? '';
    else if (code >= 0 && question.kind === 'multi') answers[question.id] = [...(raw.multi[i] ?? [])];
  });
  return answers;
}

/** Checks one monotonicity expectation over `samples` seeded random answer sets. */
export function checkMonotone(pack: Pack, expectation: MonotoneExpectation, settings: { readonly samples?: number; readonly seed?: number } = {}): MonotoneCheck {
  const model = packModel(pack);
  const samples = Math.max(1, Math.floor(settings.samples ?? DEFAULT_STATS_SAMPLES));
  const rng = xoroshiro128plus(Math.trunc(settings.seed ?? DEFAULT_STATS_SEED) | 0);
  const entry = model.index.questions.get(expectation.question);
  const watched = new Set(expectation.options.flatMap((id) => { const o = model.optionIds.indexOf(id); return o >= 0 ? [o] : []; }));
  const check: MonotoneCheck = { id: expectation.id, question: expectation.question, options: [...expectation.options], never: expectation.never, samples, steps: 0, violations: 0 };
  if (!entry || entry.question.kind !== 'choice') return check;
  const levels = entry.question.choices.length;
  const position = entry.order;
  const code = new Int32Array(model.index.questionList.length);
  const multi: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(code.length);
  const override = resolveOverride(model, undefined);
  const scratch = createEvaluation(model);
  const names = (list: readonly number[]) => list.map((o) => model.optionIds[o] ?? '');
  for (let s = 0; s < samples; s += 1) {
    drawAnswers(model, rng, code, multi);
    let before: number[] | undefined;
    for (let level = 0; level < levels; level += 1) {
      code[position] = level;
      const evaluation = evaluate(model, { code, multi }, override, scratch);
      const shown = evaluation.shown[position] === 1;
      const firsts = shown ? podium(model, evaluation).firsts : undefined;
      if (before && firsts) {
        check.steps += 1;
        const had = before.some((o) => watched.has(o));
        const has = firsts.some((o) => watched.has(o));
        const broken = expectation.never === 'becomes-first' ? !had && has : had && !has;
        if (broken) {
          check.violations += 1;
          if (!check.example) {
            const choices = entry.question.choices;
            const answers = answersOf(model, { code, multi });
            delete answers[expectation.question];
            check.example = { answers, from: choices[level - 1]?.value ?? '', to: choices[level]?.value ?? '', firstBefore: names(before), firstAfter: names(firsts) };
          }
        }
      }
      before = firsts;
    }
  }
  return check;
}

/** Checks one expectation case: the options first for its answers, and those recommended against it. */
export function checkCase(pack: Pack, expectation: CaseExpectation): CaseCheck {
  const scored = rankOptions(pack, expectation.answers);
  const [top] = scored.ranking;
  const first = scored.ranking.filter((r) => top && r.verdict === top.verdict && Math.abs(r.score - top.score) < 1e-9).map((r) => r.option);
  const wrongFirst = expectation.first && !first.some((o) => expectation.first?.includes(o)) ? [...expectation.first] : undefined;
  const recommended = (expectation.notRecommended ?? []).filter((o) => scored.ranking.find((r) => r.option === o)?.verdict === 'recommended');
  return {
    id: expectation.id,
    ok: !wrongFirst && recommended.length === 0,
    first,
    ...(wrongFirst ? { wrongFirst } : {}),
    ...(recommended.length > 0 ? { recommended } : {}),
  };
}

/** Every declared expectation of the pack, checked. */
export function checkExpectations(pack: Pack, settings: { readonly samples?: number; readonly seed?: number } = {}): { monotone: MonotoneCheck[]; cases: CaseCheck[] } {
  return {
    monotone: (pack.expectations?.monotone ?? []).map((m) => checkMonotone(pack, m, settings)),
    cases: (pack.expectations?.cases ?? []).map((c) => checkCase(pack, c)),
  };
}
