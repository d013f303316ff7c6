import type { AnswerProblem } from '@/rules/answers/answer-problems';
import type { Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { MigrationReport } from '@/questionnaire/storage/fingerprints';
import type { QuestionnaireInput } from '@/questionnaire/machine/session-state';
import { newWriterId } from '@/lib/storage/guarded-writer';
import { loadSession, type UnreadableRecord } from '@/questionnaire/storage/session-storage';

export type Boot = {
  input: QuestionnaireInput;
  /** What could not be carried over from the stored answers. */
  problems: AnswerProblem[];
  /** Answers saved against another version of the pack: what carried over and what changed. */
  migration: MigrationReport | undefined;
  unreadable: UnreadableRecord[];
};

/** Where a session is kept (the user's own by default) and who answers it when nothing is stored yet. */
export type SessionSlot = { storageKey?: string | undefined; respondent?: Respondent | undefined };


/**
 * Reads the stored session of the pack version in `storage` (migrating another version's answers when it has none,
 * moving an unreadable record aside) and builds the machine's input.
 */
export function bootSession(pack: Pack, slot: SessionSlot, storage: Storage | undefined): Boot {
  const loaded = loadSession(storage, pack, slot.storageKey);
  return {
    input: {
      pack,
      writer: newWriterId(),
      ...(loaded.record ? { record: loaded.record } : {}),
      ...(slot.storageKey ? { storageKey: slot.storageKey } : {}),
      ...(slot.respondent ? { respondent: slot.respondent } : {}),
    },
    problems: loaded.problems,
    migration: loaded.migration,
    unreadable: loaded.unreadable,
  };
}
