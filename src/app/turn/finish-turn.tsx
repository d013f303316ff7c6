import { useT } from '@/i18n/language-context';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import { cleanRespondent } from '@/questionnaire/import/answers-file';
import { QuestionnaireContext } from '@/questionnaire/machine/questionnaire-context';
import { selectAnswers, selectRespondent } from '@/questionnaire/machine/selectors';
import { Button } from '@/ui/button';
import { isolate } from '@/ui/isolate';

export type FinishTurnProps = { label: string; onFinish: (answers: Answers, respondent: Respondent | undefined) => void };

/** On the review and the results of a turn: hand the committed answers back to the workshop. */
export function FinishTurn({ label, onFinish }: FinishTurnProps) {
  const t = useT();
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = QuestionnaireContext.useSelector(selectRespondent);
  return (
    <section className="card card--accent stack-tight" aria-labelledby="finish-turn-title">
      <h2 id="finish-turn-title">{isolate(t('common.turn.finishTitle'), { label })}</h2>
      <p>{t('common.turn.finishBody')}</p>
      <div className="actions">
        <Button onClick={() => onFinish(answers, cleanRespondent(respondent))}>{t('common.turn.finish')}</Button>
      </div>
    </section>
  );
}
