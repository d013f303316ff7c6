import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { acceptabilityOf } from './acceptability';
import { readAnswers, type AnswerState } from '../score/answer-state';
import { changesOf } from './changes';
import { evaluate, resolveOverride, type Evaluation } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import { weightStabilityOf } from './stability';
import type { Robustness, ScoreSettings } from '../score/types';

/** Robustness of an evaluation already made (shared with `score`). */
export function robustnessOf(model: Model, raw: AnswerState, override: Float64Array, base: Evaluation, settings: ScoreSettings): Robustness {
  const { shares, unknownGuards } = acceptabilityOf(model, raw, override, base, settings);
  const { changes, search } = changesOf(model, raw, override, base);
  return {
    acceptability: shares,
    weightStability: weightStabilityOf(model, base),
    changes,
    changeSearch: search,
    unknownGuards,
  };
}

/** How robust the ranking is (DESIGN.md "Robustness"): acceptability over seeded samples, exact weight-stability intervals, minimal answer changes that move the first option; pure and deterministic for a given seed. */
export function analyseRobustness(pack: Pack, answers: Answers, settings: ScoreSettings = {}): Robustness {
  const model = packModel(pack);
  const raw = readAnswers(model.index, answers);
  const override = resolveOverride(model, settings.weights);
  return robustnessOf(model, raw, override, evaluate(model, raw, override), settings);
}
