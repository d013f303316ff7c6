import '@/i18n/domains/results';
import { unansweredToRevisit } from '@/engine/open-questions';
import type { Scored } from '@/engine/types';
import { useT } from '@/i18n/language-context';
import type { MessageKey } from '@/i18n/t';
import type { PackText } from './pack-text';

type RevisitSectionProps = {
  /** The ranking of the user's own answers (not the scenario's): these links change those answers. */
  own: Scored;
  text: PackText;
  onChangeAnswer: (questionId: string) => void;
};

function QuestionLinks({ title, ids, text, onChangeAnswer }: { title: MessageKey; ids: readonly string[] } & Omit<RevisitSectionProps, 'own'>) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{t(title)}</h3>
      <ul className="revisit__list">
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="button button--link"
              aria-label={t('results.revisit.answer', { question: text.question(id) })}
              onClick={() => onChangeAnswer(id)}
            >
              {text.question(id)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Unanswered and "not sure" questions, each a link back to the question. */
export function RevisitSection({ own, text, onChangeAnswer }: RevisitSectionProps) {
  const t = useT();
  const unanswered = unansweredToRevisit(text.index, own.unanswered);
  const none = unanswered.length === 0 && own.unsure.length === 0;
  return (
    <section className="results-section revisit" aria-labelledby="results-revisit">
      <h2 id="results-revisit">{t('results.revisit.heading')}</h2>
      {none ? (
        <p>{t('results.revisit.allAnswered')}</p>
      ) : (
        <>
          <p>{t('results.revisit.intro')}</p>
          <QuestionLinks title="results.revisit.unanswered" ids={unanswered} text={text} onChangeAnswer={onChangeAnswer} />
          <QuestionLinks title="results.revisit.unsure" ids={own.unsure} text={text} onChangeAnswer={onChangeAnswer} />
        </>
      )}
    </section>
  );
}
