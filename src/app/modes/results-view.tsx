import { useEffect, type ReactNode } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { cleanRespondent } from '@/questionnaire/import/answers-file';
import { QuestionnaireContext } from '@/questionnaire/machine/questionnaire-context';
import { selectAnswers, selectExportNotice, selectExportStatus, selectPack, selectRespondent } from '@/questionnaire/machine/selectors';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { ErrorBoundary } from '@/ui/error-boundary';
import { lazyPart, whenIdle } from '@/lib/lazy-part';
import { completeBundledPack } from '@/packs/load/pack-loading';

/**
 * The results feature has its own chunk (fetched ahead by the screens before it), so that the first
 * screen stays small. It shows once the bundled pack holds both languages: the PDF may be in either.
 */
export const ResultsPage = lazyPart(() => Promise.all([import('./results-page'), completeBundledPack()]).then(([m]) => m.ResultsPage));

/**
 * Works out the results of the committed answers ahead, once the results code has arrived and the
 * browser is idle (the review is being read): the click on "See the results" then only paints.
 */
export function PrepareResults() {
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  useEffect(() => {
    let cancel: (() => void) | undefined;
    let live = true;
    void ResultsPage.preload()
      .then(() => import('./results-page'))
      .then((m) => {
        if (live) cancel = whenIdle(() => m.prepareResults(pack, answers));
      })
      // The results screen shows the failure, if any, when it is opened.
      .catch(() => undefined);
    return () => {
      live = false;
      cancel?.();
    };
  }, [pack, answers]);
  return null;
}

export type ResultsViewProps = {
  /** Share the answers (a button, placed in a card under the results). */
  share?: ReactNode;
  /** A participant answering in turn hands the device back. */
  finish?: ReactNode;
};

/** Composes the results screen with the questionnaire's committed answers and report export. */
export function ResultsView({ share, finish }: ResultsViewProps) {
  const actor = QuestionnaireContext.useActorRef();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = cleanRespondent(QuestionnaireContext.useSelector(selectRespondent));
  const exportStatus = QuestionnaireContext.useSelector(selectExportStatus);
  const exportNotice = QuestionnaireContext.useSelector(selectExportNotice);
  const { lang, t } = useLanguage();
  const review = () => actor.send({ type: 'results.review' });
  return (
    <ErrorBoundary
      fallback={() => (
        <Alert tone="error" role="alert" title={t('common.results.failedTitle')}>
          <p>{t('common.results.failedBody')}</p>
          <Button onClick={review}>{t('common.results.backToReview')}</Button>
        </Alert>
      )}
    >
      <ResultsPage
        fallback={
          <p className="loading" role="status">
            {t('common.results.loading')}
          </p>
        }
        pack={pack}
        answers={answers}
        {...(respondent ? { respondent } : {})}
        exportStatus={exportStatus}
        {...(exportNotice ? { exportNotice: { replaced: exportNotice.replaced } } : {})}
        onExportReport={(target) => actor.send({ type: 'report.export', lang, ...(target ? { target } : {}) })}
        onChangeAnswer={(question) => actor.send({ type: 'answers.change', question })}
        onReview={review}
      >
        {share ? (
          <section className="card card--surface results-share" aria-labelledby="results-share-title">
            <h2 id="results-share-title">{t('common.share.resultsTitle')}</h2>
            <p>{t('common.share.resultsBody')}</p>
            <div className="actions">{share}</div>
          </section>
        ) : null}
        {finish}
      </ResultsPage>
    </ErrorBoundary>
  );
}
