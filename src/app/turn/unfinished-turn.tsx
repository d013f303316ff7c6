import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import { pluralKey } from '@/i18n/t';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { applySectionAnswers } from '@/questionnaire/form/form-values';
import { browserStorage } from '@/lib/storage/browser-storage';
import { loadSession, parseSessionRecord } from '@/questionnaire/storage/session-storage';
import { cleanRespondent } from '@/questionnaire/import/answers-file';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import type { AppEvent, TurnRecord } from '../machine/app-machine';
import { isolate } from '@/ui/isolate';

/** A turn's answers as they are: the committed ones, with the section being edited on top. */
function answersOf(record: { answers: Answers; draft?: { answers: Record<string, unknown> } | undefined }): Answers {
  return record.draft ? applySectionAnswers(record.answers, record.draft.answers as Parameters<typeof applySectionAnswers>[1]) : record.answers;
}

/** A turn's answers left in storage under `turnKey(packId)`, read without checking them against a pack: who, and whether any. */
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

/** The turn's answers checked against the pack, ready to add to the workshop. */
function turnAnswers(pack: Pack, key: string): { answers: Answers; respondent: Respondent | undefined } {
  const record = loadSession(browserStorage(), pack, key).record;
  return record ? { answers: answersOf(record), respondent: record.respondent ? cleanRespondent(record.respondent) : undefined } : { answers: {}, respondent: undefined };
}

export type UnfinishedTurnProps = { pack: Pack; turn: TurnRecord; send: (event: AppEvent) => void };

/**
 * In the workshop while a participant's turn on this device is unfinished (left for the workshop,
 * or interrupted by a reload, a browser restart or another tab): resume it, add the answers as
 * they are, or discard them (asked first). Nothing starts another turn until this one is settled.
 */
export function UnfinishedTurn({ pack, turn, send }: UnfinishedTurnProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [{ answers, respondent }] = useState(() => turnAnswers(pack, turn.key));
  const count = Object.keys(answers).length;
  return (
    <Alert tone="warning" role="status" title={isolate(t('common.turn.unfinishedTitle'), { label: turn.label })} labelledBy="unfinished-turn-title">
      <p>{count > 0 ? t(pluralKey(count, 'common.turn.unfinishedBodyOne', 'common.turn.unfinishedBodyOther'), { count }) : t('common.turn.unfinishedEmpty')}</p>
      <div className="actions">
        <Button onClick={() => send({ type: 'turn.resume' })}>{t('common.turn.resume')}</Button>
        <Button variant="secondary" disabled={count === 0} onClick={() => send({ type: 'turn.addAsIs', answers, respondent })}>
          {t('common.turn.addAsIs')}
        </Button>
        <Button variant="link" onClick={() => setAsking(true)}>
          {t('common.turn.discard')}
        </Button>
      </div>
      {asking ? (
        <Dialog title={isolate(t('common.turn.discardTitle'), { label: turn.label })} onClose={() => setAsking(false)}>
          <p>{t('common.turn.discardBody', { count })}</p>
          <div className="actions">
            <Button
              variant="danger"
              onClick={() => {
                setAsking(false);
                send({ type: 'turn.discard' });
              }}
            >
              {t('common.turn.discardConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('common.turn.keep')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </Alert>
  );
}
