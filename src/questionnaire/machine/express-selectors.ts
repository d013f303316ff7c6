import type { SnapshotFrom } from 'xstate';
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

/** The answers being edited (the same object while nothing changes). */
export const selectWorkingAnswers = (s: Snapshot): ReturnType<typeof workingAnswers> => currentAnswers(s);

