import { nextExpressQuestion } from '@/engine/express/express-path';
import { settledness, type Settledness } from '@/engine/express/settledness';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * The express path as the questionnaire sees it: whether the answers settle the recommendation and
 * which question to ask next. Settledness takes a few milliseconds, so it is remembered per answers
 * object (the machine's answers change identity only when they change).
 */

const caches = { check: new WeakMap<Pack, WeakMap<Answers, Settledness>>(), ask: new WeakMap<Pack, WeakMap<Answers, Settledness>>() };

/**
 * Settledness of `answers` (memoised per pack and answers object). `ask`: with the look-ahead that
 * chooses the express path's next question (about ten times the work); the notice of the full
 * questionnaire needs only whether the answers are settled.
 */
export function settlednessOf(pack: Pack, answers: Answers, use: keyof typeof caches = 'check'): Settledness {
  let byAnswers = caches[use].get(pack);
  if (!byAnswers) {
    byAnswers = new WeakMap();
    caches[use].set(pack, byAnswers);
  }
  let state = byAnswers.get(answers);
  if (!state) {
    state = settledness(pack, answers, { lookAhead: use === 'ask' });
    byAnswers.set(answers, state);
  }
  return state;
}

/** The question the express path asks next (none once settled, or when every question worth asking was put). */
export function expressQuestion(pack: Pack, answers: Answers, asked: readonly string[]): string | undefined {
  return nextExpressQuestion(settlednessOf(pack, answers, 'ask'), new Set(asked));
}

/** How many of the open questions can still change the recommendation (at most this many are left to ask). */
export function questionsLeft(pack: Pack, answers: Answers, asked: readonly string[]): number {
  const state = settlednessOf(pack, answers, 'ask');
  if (state.settled) return 0;
  const put = new Set(asked);
  const left = state.impacts.filter((i) => i.impact > 0 && !put.has(i.question)).length;
  return Math.max(left, expressQuestion(pack, answers, asked) === undefined ? 0 : 1);
}

export type ExpressInput = {
  pack: Pack;
  answers: Answers;
  asked: readonly string[];
  /** A question to ask again (going back, or a resumed position) while it is shown. */
  kept: string | undefined;
};
/** The question to ask, or none: then the answers are settled (or nothing worth asking is left). */
export type ExpressStep = { question: string | undefined; settled: boolean };

/** The express path's next step for the machine. */
export function expressStep({ pack, answers, asked, kept }: ExpressInput): ExpressStep {
  const state = settlednessOf(pack, answers, 'ask');
  if (kept !== undefined && isQuestionVisible(pack, answers, kept)) return { question: kept, settled: state.settled };
  return { question: expressQuestion(pack, answers, asked), settled: state.settled };
}
