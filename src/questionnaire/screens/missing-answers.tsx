import type { Question } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { Alert } from '@/ui/alert';
import { fieldId } from '../form/question-field';
import { formatWhole } from '@/i18n/numbers';

export type MissingAnswersProps = { questions: Question[]; onAnswer: (questionId: string) => void };

/** Required questions still unanswered, each a link to answer it; scoring leaves them out. */
export function MissingAnswers({ questions, onAnswer }: MissingAnswersProps) {
  const { lang, t } = useLanguage();
  if (questions.length === 0) {
    return <Alert tone="success">{t('questionnaire.review.allAnswered')}</Alert>;
  }
  return (
    <Alert tone="warning" title={t('questionnaire.review.missingTitle', { count: formatWhole(lang, questions.length) })} labelledBy="missing-title">
      <p>{t('questionnaire.review.missingBody')}</p>
      <ul>
        {questions.map((question) => (
          <li key={question.id}>
            <a
              href={`#${fieldId(question.id)}`}
              onClick={(event) => {
                event.preventDefault();
                onAnswer(question.id);
              }}
            >
              {localize(question.text, lang)}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
