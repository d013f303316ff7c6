import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { applySectionAnswers } from '@/questionnaire/form/form-values';
import { loadSession, parseSessionRecord } from '@/questionnaire/storage/session-storage';
import { cleanRespondent } from '@/questionnaire/import/answers-file';

/** A turn's answers as they are: the committed ones, with the section being edited on top. */
function answersOf(record: { answers: Answers; draft?: { answers: Record<string, unknown> } | undefined }): Answers {
  return record.draft ? applySectionAnswers(record.answers, record.draft.answers as Parameters<typeof applySectionAnswers>[1]) : record.answers;
}

/** A turn's answers left in `storage` under `turnKey(packId)`, read without checking them against a pack: who, and whether any. */
export function storedTurn(storage: Storage | undefined, key: string): { name: string } | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const parsed = parseSessionRecord(text);
    if (!parsed.ok) return { name: '' };
    return Object.keys(answersOf(parsed.record)).length > 0 || parsed.record.draft ? { name: parsed.record.respondent?.name?.trim() ?? '' } : null;
  } catch {
    return null;
  }
}

/** A turn's answers kept in `storage` under `key`, checked against the pack, ready to add to the workshop (none when nothing can be read). */
export function readTurnAnswers(storage: Storage | undefined, pack: Pack, key: string): { answers: Answers; respondent: Respondent | undefined } {
  const record = loadSession(storage, pack, key).record;
  return record ? { answers: answersOf(record), respondent: record.respondent ? cleanRespondent(record.respondent) : undefined } : { answers: {}, respondent: undefined };
}
