import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { focusOnMount } from '@/ui/focus';
import { ProgressBar } from '@/ui/progress-bar';
import { overlongAnswer } from '../form/form-values';
import { focusQuestionField } from '../form/question-field';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import type { QuestionnaireEvent } from '../machine/questionnaire-machine';
import { SectionForm } from '../form/section-form';
import { SectionNav } from './section-nav';
import { SectionSettledNotice } from './section-parts';
import {
  sameShape,
  selectAnswers,
  selectCurrentSection,
  selectDraft,
  selectFocusQuestion,
  selectLoadedNewer,
  selectPack,
  selectProgress,
  selectReturnTo,
  selectSectionEntries,
} from '../machine/selectors';
import { formatWhole } from '@/i18n/numbers';

/** One step of the questionnaire: progress, the section's questions, and the list of sections. */
export function SectionScreen() {
  const actor = QuestionnaireContext.useActorRef();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const section = QuestionnaireContext.useSelector(selectCurrentSection);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const draft = QuestionnaireContext.useSelector(selectDraft);
  const focusQuestion = QuestionnaireContext.useSelector(selectFocusQuestion);
  const loadedNewer = QuestionnaireContext.useSelector(selectLoadedNewer);
  const returnTo = QuestionnaireContext.useSelector(selectReturnTo);
  const progress = QuestionnaireContext.useSelector(selectProgress, sameShape);
  const entries = QuestionnaireContext.useSelector(selectSectionEntries, sameShape);
  const { lang, t } = useLanguage();
  if (!section) return null;
  /** Leaving is refused while a text is too long (the machine says so); its field then takes focus. */
  const leave = (event: QuestionnaireEvent) => {
    if (actor.getSnapshot().can(event)) return actor.send(event);
    const overlong = overlongAnswer(section, draft?.answers);
    if (overlong) focusQuestionField(overlong);
  };
  const title = localize(section.title, lang);
  const titles = new Map(pack.sections.map((s) => [s.id, localize(s.title, lang)]));

  return (
    <div className="section-layout">
      <title>{t('common.pageTitle', { page: title })}</title>
      <div className="stack" key={section.id} id={`section-${section.id}`}>
        <ProgressBar
          id="questionnaire-progress"
          value={progress.answered}
          max={progress.questions}
          barLabel={t('questionnaire.progress.label')}
          label={t('questionnaire.progress.section', { current: formatWhole(lang, progress.section), total: formatWhole(lang, progress.sections) })}
          detail={t('questionnaire.progress.answered', { answered: formatWhole(lang, progress.answered), total: formatWhole(lang, progress.questions) })}
        />
        <div>
          <h1 tabIndex={-1} ref={focusQuestion ? undefined : focusOnMount}>
            {title}
          </h1>
          {section.intro ? <p className="lead measure">{localize(section.intro, lang)}</p> : null}
        </div>
        <SectionSettledNotice onResults={() => leave({ type: 'results.open' })} />
        <SectionForm
          // Another tab's newer answers, once loaded, replace what the fields hold.
          key={loadedNewer}
          pack={pack}
          section={section}
          answers={answers}
          {...(draft?.section === section.id ? { draft: draft.answers } : {})}
          {...(focusQuestion ? { focusQuestion } : {})}
          submitLabel={
            returnTo === 'review'
              ? t('questionnaire.section.saveToReview')
              : returnTo === 'results'
                ? t('questionnaire.section.saveToResults')
                : t('questionnaire.section.next')
          }
          backLabel={
            returnTo === 'review'
              ? t('questionnaire.section.backToReview')
              : returnTo === 'results'
                ? t('questionnaire.section.backToResults')
                : t('questionnaire.section.back')
          }
          onEdit={(edited) => actor.send({ type: 'section.edit', answers: edited })}
          onSubmit={(submitted) => actor.send({ type: 'section.submit', answers: submitted })}
          onBack={() => leave({ type: 'section.back' })}
        />
      </div>
      <SectionNav
        entries={entries.map((entry) => ({ ...entry, title: titles.get(entry.id) ?? entry.id }))}
        currentId={section.id}
        onJump={(id) => leave({ type: 'section.goto', section: id })}
        onReview={() => leave({ type: 'review.open' })}
      />
    </div>
  );
}
