import type { ReactNode } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { downloadAnswersFile } from '../import/answers-file';
import { hiddenQuestionCount, progressOf } from '../machine/navigation';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { RespondentFields } from '../form/respondent-fields';
import { selectAnswers, selectAsked, selectHasAnswers, selectPack, selectRespondent, selectSavedAt } from '../machine/selectors';
import { StartOver } from './start-over';
import { UnreadableNotice } from '../notices/unreadable-notice';
import type { UnreadableRecord } from '../storage/session-storage';
import { isolate } from '@/ui/isolate';
import { formatWhole } from '@/i18n/numbers';
import { usePainted } from '@/lib/after-paint';
import { lazyPart } from '@/lib/lazy-part';
import { OptionalPart } from '@/ui/optional-part';

/** Importing an answers file, under the start screen: a chunk of its own, fetched once the screen has been painted. */
const ImportAnswers = lazyPart(() => import('../import/import-answers').then((m) => m.ImportAnswers));

/** About half a minute a question, in steps of five minutes (the default pack: about 15 minutes). */
export function estimateMinutes(questions: number): number {
  return Math.max(5, Math.round((questions * 0.55) / 5) * 5);
}

export type StartScreenProps = {
  unreadable: UnreadableRecord[];
  onRemoveUnreadable: (key: string) => void;
  /** More ways to begin, from the app (run a workshop, use another rules pack). */
  extras?: ReactNode;
};

/** What Aperture does and how long it takes; start, continue, import answers, or start over. */
export function StartScreen({ unreadable, onRemoveUnreadable, extras }: StartScreenProps) {
  const actor = QuestionnaireContext.useActorRef();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = QuestionnaireContext.useSelector(selectRespondent);
  const hasAnswers = QuestionnaireContext.useSelector(selectHasAnswers);
  const savedAt = QuestionnaireContext.useSelector(selectSavedAt);
  const asked = QuestionnaireContext.useSelector(selectAsked);
  const { lang, t } = useLanguage();
  const progress = progressOf(pack, answers);
  // What the user sees first paints first: the ways to begin with something in hand (about you, an
  // answers file, the app's workshop and packs) and the pack's description, below the fold, render a
  // frame later, once the rest has been painted.
  const painted = usePainted();

  return (
    <div className="stack">
      <title>{t('common.pageTitle', { page: t('questionnaire.start.title') })}</title>
      <div className="measure">
        <h1 tabIndex={-1} ref={focusOnMount}>
          {t('questionnaire.start.title')}
        </h1>
        <p className="lead">{t('questionnaire.start.intro')}</p>
        <ul className="facts">
          <li>{t('questionnaire.start.time', { minutes: formatWhole(lang, estimateMinutes(progress.questions)) })}</li>
          <li>{t(hiddenQuestionCount(pack, answers) > 0 ? 'questionnaire.start.questionsMore' : 'questionnaire.start.questions', { questions: formatWhole(lang, progress.questions), sections: formatWhole(lang, progress.sections) })}</li>
          <li>{t('questionnaire.start.private')}</li>
          <li>{t('questionnaire.start.autosave')}</li>
        </ul>
      </div>
      <UnreadableNotice records={unreadable} onRemove={onRemoveUnreadable} />
      {hasAnswers ? (
        <section className="card card--surface measure stack-tight" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('questionnaire.start.resumeTitle')}</h2>
          <p>
            {t('questionnaire.start.resumeBody', { answered: formatWhole(lang, progress.answered), total: formatWhole(lang, progress.questions) })}
            {savedAt ? ` ${t('questionnaire.start.savedAt', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(savedAt)) })}` : null}
          </p>
          <div className="actions">
            <Button onClick={() => actor.send({ type: 'session.resume' })}>{t('questionnaire.start.continue')}</Button>
            <Button variant="secondary" onClick={() => actor.send({ type: 'session.start' })}>
              {t('questionnaire.start.fromFirst')}
            </Button>
          </div>
          <div>
            <StartOver onDownload={() => downloadAnswersFile(pack, answers, respondent)} onConfirm={() => actor.send({ type: 'session.restart' })} />
          </div>
        </section>
      ) : (
        <div className="actions">
          <Button onClick={() => actor.send({ type: 'session.start' })}>{t('questionnaire.start.start')}</Button>
        </div>
      )}
      <section className="card measure stack-tight" aria-labelledby="express-title">
        <h2 id="express-title">{t('questionnaire.express.offerTitle')}</h2>
        <p>{t('questionnaire.express.offerBody')}</p>
        <div className="actions">
          <Button variant={hasAnswers ? 'secondary' : 'primary'} onClick={() => actor.send({ type: 'express.start' })}>
            {t(asked.length > 0 ? 'questionnaire.express.resume' : 'questionnaire.express.start')}
          </Button>
        </div>
      </section>
      {painted ? (
        <>
          <div className="grid-two">
            <section className="card" aria-label={t('questionnaire.respondent.title')}>
              <RespondentFields respondent={respondent} onChange={(next) => actor.send({ type: 'respondent.update', respondent: next })} />
            </section>
            <OptionalPart part={ImportAnswers} name={t('questionnaire.import.title')}>
              <ImportAnswers pack={pack} replaces={hasAnswers} onImport={(imported, who) => actor.send({ type: 'answers.import', answers: imported, ...(who ? { respondent: who } : {}) })} />
            </OptionalPart>
          </div>
          {extras}
          <div className="measure muted">
            <p>{isolate(t('questionnaire.start.pack'), { title: localize(pack.title, lang), version: pack.version })}</p>
            {pack.description ? <p>{localize(pack.description, lang)}</p> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
