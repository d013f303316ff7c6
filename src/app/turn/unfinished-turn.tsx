import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import { pluralKey } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import type { AppEvent, TurnRecord } from '../machine/app-machine';
import { isolate } from '@/ui/isolate';
import { readTurnAnswers } from './turn-answers';

export type UnfinishedTurnProps = {
  pack: Pack;
  turn: TurnRecord;
  send: (event: AppEvent) => void;
  /** The storage the app machine was given, where the turn's answers are kept (read once, when the notice appears). */
  storage: Storage | undefined;
};

/**
 * In the workshop while a participant's turn on this device is unfinished (left for the workshop,
 * or interrupted by a reload, a browser restart or another tab): resume it, add the answers as
 * they are, or discard them (asked first). Nothing starts another turn until this one is settled.
 */
export function UnfinishedTurn({ pack, turn, send, storage }: UnfinishedTurnProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [{ answers, respondent }] = useState(() => readTurnAnswers(storage, pack, turn.key));
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
