import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import type { Answers, Respondent } from '@/rules/answers-schema';
import { cleanRespondent } from '@/questionnaire/answers-file';
import { QuestionnaireContext } from '@/questionnaire/questionnaire-context';
import { selectAnswers, selectRespondent } from '@/questionnaire/selectors';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

export type TurnBannerProps = { label: string; onCancel: () => void };

/** Always in view while a participant answers on this device: for whom, and a way back (asked first). */
export function TurnBanner({ label, onCancel }: TurnBannerProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <Alert tone="info" role="status" title={t('common.turn.bannerTitle', { label })} labelledBy="turn-banner-title">
      <p>{t('common.turn.bannerBody')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('common.turn.cancel')}
        </Button>
      </div>
      {asking ? (
        <Dialog title={t('common.turn.cancelTitle', { label })} onClose={() => setAsking(false)}>
          <p>{t('common.turn.cancelBody')}</p>
          <div className="actions">
            <Button variant="danger" onClick={onCancel}>
              {t('common.turn.cancelConfirm')}
            </Button>
            <Button variant="link" onClick={() => setAsking(false)}>
              {t('common.turn.keepAnswering')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </Alert>
  );
}

export type FinishTurnProps = { label: string; onFinish: (answers: Answers, respondent: Respondent | undefined) => void };

/** On the review and the results of a turn: hand the committed answers back to the workshop. */
export function FinishTurn({ label, onFinish }: FinishTurnProps) {
  const t = useT();
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = QuestionnaireContext.useSelector(selectRespondent);
  return (
    <section className="card card--accent stack-tight" aria-labelledby="finish-turn-title">
      <h2 id="finish-turn-title">{t('common.turn.finishTitle', { label })}</h2>
      <p>{t('common.turn.finishBody')}</p>
      <div className="actions">
        <Button onClick={() => onFinish(answers, cleanRespondent(respondent))}>{t('common.turn.finish')}</Button>
      </div>
    </section>
  );
}
