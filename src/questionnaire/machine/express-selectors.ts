import type { SnapshotFrom } from 'xstate';
import { settlednessOf } from './express-state';
import type { QuestionnaireMachine } from './questionnaire-machine';
import { workingAnswers } from './session-state';
import type { Draft } from '../storage/session-storage';

/** Selectors that need the settledness analysis: only the lazily loaded screens use them. */

type Snapshot = SnapshotFrom<QuestionnaireMachine>;

/** The answers being edited, one object per draft (so the settledness cache holds while nothing changes). */
const working = new WeakMap<Draft, { base: object; answers: ReturnType<typeof workingAnswers> }>();

function currentAnswers(s: Snapshot): ReturnType<typeof workingAnswers> {
  const { draft, answers } = s.context;
  if (!draft) return answers;
  const known = working.get(draft);
  if (known && known.base === answers) return known.answers;
  const merged = workingAnswers(s.context);
  working.set(draft, { base: answers, answers: merged });
  return merged;
}

/** While answering: how many open questions are left once the answers (being edited too) settle the recommendation; -1 while not settled. */
export const selectSettledRemaining = (s: Snapshot): number => {
  const state = settlednessOf(s.context.pack, currentAnswers(s));
  return state.settled ? state.remaining.length : -1;
};

/** The options recommended for the answers being edited. */
export const selectWorkingRecommended = (s: Snapshot): string[] => settlednessOf(s.context.pack, currentAnswers(s)).recommended;
