import type { AnswerProblem } from '@/rules/answer-problems';
import type { Pack } from '@/rules/pack-schema';
import type { QuestionnaireInput } from '@/questionnaire/session-state';
import { browserStorage, loadSession, type UnreadableRecord } from '@/questionnaire/session-storage';

export type Boot = {
  input: QuestionnaireInput;
  /** What could not be carried over from the stored answers. */
  problems: AnswerProblem[];
  unreadable: UnreadableRecord[];
};

/** A random id for this page load, so that its saved records are told from other tabs'. */
export function newWriterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads the stored session of the pack (moving an unreadable one aside) and builds the machine's input. */
export function bootSession(pack: Pack, storage: Storage | undefined = browserStorage()): Boot {
  const loaded = loadSession(storage, pack);
  return {
    input: { pack, writer: newWriterId(), ...(loaded.record ? { record: loaded.record } : {}) },
    problems: loaded.problems,
    unreadable: loaded.unreadable,
  };
}
