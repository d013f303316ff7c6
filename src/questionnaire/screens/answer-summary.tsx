import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { answerText } from '../import/answer-text';
import { answerOf, hasAnswer, visibleQuestions, visibleSections } from '../machine/navigation';
import { fieldId } from '../form/question-field';

export type AnswerSummaryProps = {
  pack: Pack;
  answers: Answers;
  onChange: (questionId: string) => void;
};

/** Every shown question with its answer and a "change" link, section by section. */
export function AnswerSummary({ pack, answers, onChange }: AnswerSummaryProps) {
  const { lang, t } = useLanguage();
  return (
    <div className="stack">
      {visibleSections(pack, answers).map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`}>
          <h2 id={`review-${section.id}`}>{localize(section.title, lang)}</h2>
          <dl className="summary-list">
            {visibleQuestions(pack, section, answers).map((question) => {
              const text = localize(question.text, lang);
              return (
                <div className="summary-list__row" key={question.id}>
                  <dt>
                    <bdi>{text}</bdi>
                  </dt>
                  <dd className={hasAnswer(answers, question.id) ? undefined : question.required === true ? 'summary-list__missing' : 'muted'}>
                    <bdi>{answerText(question, answerOf(answers, question.id), lang, t)}</bdi>
                  </dd>
                  <dd>
                    <a
                      href={`#${fieldId(question.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onChange(question.id);
                      }}
                    >
                      {t('questionnaire.review.change')}{' '}
                      <span className="visually-hidden">{t('questionnaire.review.changeWhat', { question: text })}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
