import { useLanguage } from '@/i18n/language-context';
import { localize, pluralKey } from '@/i18n/t';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { questionsLeft, settlednessOf } from '../machine/express-state';
import { findQuestion, sectionOfQuestion } from '../machine/navigation';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { SectionForm } from '../form/section-form';
import { selectAnswers, selectAsked, selectDraft, selectExpressQuestion, selectExpressSettled, selectLoadedNewer, selectPack } from '../machine/selectors';
import { SettledNotice } from '../notices/settled-notice';
import { formatWhole } from '@/i18n/numbers';

/** The express path: one question at a time, the one that can still move the recommendation most, until it is settled. */
export function ExpressScreen() {
  const actor = QuestionnaireContext.useActorRef();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const asked = QuestionnaireContext.useSelector(selectAsked);
  const questionId = QuestionnaireContext.useSelector(selectExpressQuestion);
  const settled = QuestionnaireContext.useSelector(selectExpressSettled);
  const draft = QuestionnaireContext.useSelector(selectDraft);
  const loadedNewer = QuestionnaireContext.useSelector(selectLoadedNewer);
  const { lang, t } = useLanguage();
  const title = t('questionnaire.express.title');

  if (settled) {
    const state = settlednessOf(pack, answers, 'ask');
    const names = state.recommended.map((id) => {
      const option = pack.options.find((o) => o.id === id);
      return option ? localize(option.name, lang) : id;
    });
    return (
      <div className="stack measure">
        <title>{t('common.pageTitle', { page: t('questionnaire.express.settledTitle') })}</title>
        <h1 tabIndex={-1} ref={focusOnMount}>
          {title}
        </h1>
        <SettledNotice remaining={state.remaining.length} recommended={names}>
          <p>{t('questionnaire.express.continueHint')}</p>
          <div className="actions">
            <Button onClick={() => actor.send({ type: 'results.open' })}>{t('questionnaire.express.seeResults')}</Button>
            <Button variant="secondary" onClick={() => actor.send({ type: 'express.continue' })}>
              {t('questionnaire.express.continue')}
            </Button>
          </div>
        </SettledNotice>
      </div>
    );
  }

  const question = questionId === undefined ? undefined : findQuestion(pack, questionId);
  const section = questionId === undefined ? undefined : sectionOfQuestion(pack, questionId);
  if (!question || !section) return null;
  const left = questionsLeft(pack, answers, asked.filter((q) => q !== question.id));
  const answered = asked.filter((q) => q !== question.id).length;
  const sectionTitle = localize(section.title, lang);
  const leftText = t(pluralKey(left, 'questionnaire.express.leftOne', 'questionnaire.express.leftOther'), { count: formatWhole(lang, left) });

  return (
    <div className="stack">
      <title>{t('common.pageTitle', { page: t('questionnaire.express.pageTitle', { title, section: sectionTitle }) })}</title>
      <div className="stack-tight">
        <h1 tabIndex={-1} ref={focusOnMount}>
          {title}
        </h1>
        <p className="lead">{t('questionnaire.express.section', { section: sectionTitle })}</p>
        <p className="muted" id="express-progress">
          {answered === 0
            ? leftText
            : t('questionnaire.express.progress', {
                left: leftText,
                asked: t(pluralKey(answered, 'questionnaire.express.askedOne', 'questionnaire.express.askedOther'), { count: formatWhole(lang, answered) }),
              })}
        </p>
      </div>
      <SectionForm
        // Another tab's newer answers, once loaded, replace what the field holds.
        key={`${question.id}:${loadedNewer}`}
        pack={pack}
        section={{ ...section, questions: [question] }}
        answers={answers}
        {...(draft?.section === section.id ? { draft: draft.answers } : {})}
        submitLabel={t('questionnaire.express.next')}
        backLabel={t('questionnaire.express.back')}
        onEdit={(edited) => actor.send({ type: 'express.edit', answers: edited })}
        onSubmit={(submitted) => actor.send({ type: 'express.submit', question: question.id, answers: submitted })}
        onBack={() => actor.send({ type: 'express.back' })}
      />
    </div>
  );
}
