import type { ReactNode } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { AnswerSummary } from './answer-summary';
import { downloadAnswersFile } from '../import/answers-file';
import { MissingAnswers } from './missing-answers';
import { missingRequired } from '../machine/navigation';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { RespondentFields } from '../form/respondent-fields';
import { selectAnswers, selectPack, selectRespondent } from '../machine/selectors';
import { StartOver } from './start-over';

export type ReviewScreenProps = {
  /** Beside the download: share the answers (composed by the app). */
  shareAction?: ReactNode;
  /** Above the way on: a participant answering in turn hands the device back. */
  finish?: ReactNode;
};

/** "Check your answers": every shown answer with a change link, what is missing, then the results. */
export function ReviewScreen({ shareAction, finish }: ReviewScreenProps) {
  const actor = QuestionnaireContext.useActorRef();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = QuestionnaireContext.useSelector(selectRespondent);
  const { t } = useLanguage();
  const missing = missingRequired(pack, answers);
  const change = (question: string) => actor.send({ type: 'answers.change', question });
  const download = () => downloadAnswersFile(pack, answers, respondent);

  return (
    <div className="stack measure-wide">
      <title>{t('common.pageTitle', { page: t('questionnaire.review.title') })}</title>
      <div>
        <h1 tabIndex={-1} ref={focusOnMount}>
          {t('questionnaire.review.title')}
        </h1>
        <p className="lead measure">{t('questionnaire.review.intro')}</p>
      </div>
      <MissingAnswers questions={missing} onAnswer={change} />
      <AnswerSummary pack={pack} answers={answers} onChange={change} />
      <section className="card" aria-label={t('questionnaire.respondent.title')}>
        <RespondentFields respondent={respondent} onChange={(next) => actor.send({ type: 'respondent.update', respondent: next })} />
      </section>
      <section className="card card--surface" aria-labelledby="export-answers-title">
        <h2 id="export-answers-title">{t('questionnaire.exportAnswers.title')}</h2>
        <p>{t('questionnaire.exportAnswers.body')}</p>
        <div className="actions">
          <Button variant="secondary" onClick={download}>
            {t('questionnaire.exportAnswers.button')}
          </Button>
          {shareAction}
        </div>
      </section>
      {finish}
      {missing.length > 0 ? <p className="muted measure">{t('questionnaire.review.resultsAnyway')}</p> : null}
      <div className="actions actions--split">
        <Button variant="secondary" onClick={() => actor.send({ type: 'section.back' })}>
          {t('questionnaire.section.back')}
        </Button>
        <Button onClick={() => actor.send({ type: 'results.open' })}>
          {missing.length > 0 ? t('questionnaire.review.seeResultsAnyway') : t('questionnaire.review.seeResults')}
        </Button>
      </div>
      <StartOver onDownload={download} onConfirm={() => actor.send({ type: 'session.restart' })} />
    </div>
  );
}
