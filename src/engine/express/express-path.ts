import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { bestQuestion, settledness, type Settledness } from './settledness';

/**
 * The express path: ask only the questions that can still change the recommendation, the one whose
 * answer brings it closest to settled first (then the one that can move it most; ties in pack
 * order), and stop once it is settled.
 */

/** The question to ask next, skipping those already put to the user; undefined when none is left worth asking. */
export function nextExpressQuestion(state: Settledness, asked: ReadonlySet<string> = new Set()): string | undefined {
  if (state.settled) return undefined;
  return bestQuestion(state.impacts.filter((i) => !asked.has(i.question)));
}

export type ExpressRun = {
  /** The questions asked, in order. */
  asked: string[];
  /** The answers given on the way (each asked question with its answer in `full`, if any). */
  answers: Answers;
  settled: boolean;
  /** Open questions left when the run stopped. */
  remaining: string[];
};

/** Runs the express path against a respondent whose answers are `full`; pure, never throws. */
export function runExpress(pack: Pack, full: Answers): ExpressRun {
  const answers: Record<string, AnswerValue> = {};
  const asked: string[] = [];
  const seen = new Set<string>();
  for (;;) {
    const state = settledness(pack, answers);
    const next = nextExpressQuestion(state, seen);
    if (next === undefined) return { asked, answers, settled: state.settled, remaining: state.remaining };
    asked.push(next);
    seen.add(next);
    const value = Object.hasOwn(full, next) ? full[next] : undefined;
    if (value !== undefined) answers[next] = value;
  }
}
