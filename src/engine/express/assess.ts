import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { score } from '../score/score';
import { settledness } from './settledness';
import type { Result, ScoreSettings } from '../score/types';

/** The open questions none of whose answers can change the recommendation (every open question once settled, else none). */
export function notNeededQuestions(pack: Pack, answers: Answers, settings: Pick<ScoreSettings, 'weights'> = {}): string[] {
  const state = settledness(pack, answers, settings.weights ? { weights: settings.weights, lookAhead: false } : { lookAhead: false });
  return state.settled ? state.remaining : [];
}

/**
 * The result object with settledness: when no open question can change the recommended set, those
 * questions are listed as `notNeeded` (not `unanswered`) and robustness samples them like "not
 * sure". Pure and deterministic, as `score`.
 */
export function assess(pack: Pack, answers: Answers, settings: ScoreSettings = {}): Result {
  const open = settings.notNeeded ?? notNeededQuestions(pack, answers, settings);
  const result = score(pack, answers, { ...settings, notNeeded: open });
  const notNeeded = new Set(open);
  return {
    ...result,
    unanswered: result.unanswered.filter((id) => !notNeeded.has(id)),
    notNeeded: result.unanswered.filter((id) => notNeeded.has(id)),
  };
}
