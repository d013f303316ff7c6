import '@/i18n/domains/results';
import { unansweredToRevisit } from '@/engine/express/open-questions';
import type { Scored } from '@/engine/score/types';
import { useT } from '@/i18n/language-context';
import type { MessageKey } from '@/i18n/t';
import type { PackText } from '../pack-text';
import { Button } from '@/ui/button';

type RevisitSectionProps = {
  /** The ranking of the user's own answers (not the scenario's): these links change those answers. */
  own: Scored;
  /** Open questions that cannot change the recommendation: listed apart, not as unanswered. */
  notNeeded: readonly string[];
  text: PackText;
  onChangeAnswer: (questionId: string) => void;
};

function QuestionLinks({ title, intro, ids, text, onChangeAnswer }: { title: MessageKey; intro?: MessageKey; ids: readonly string[] } & Omit<RevisitSectionProps, 'own' | 'notNeeded'>) {
  const t = useT();
  if (ids.length === 0) return null;
  return (
    <>
      <h3>{t(title)}</h3>
      {intro ? <p>{t(intro)}</p> : null}
      <ul className="revisit__list">
        {ids.map((id) => (
          <li key={id}>
            <Button variant="link" aria-label={t('results.revisit.answer', { question: text.question(id) })} onClick={() => onChangeAnswer(id)}>
              {text.question(id)}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Unanswered and "not sure" questions, each a link back to the question; those not needed for the recommendation apart. */
export function RevisitSection({ own, notNeeded, text, onChangeAnswer }: RevisitSectionProps) {
  const t = useT();
  const skipped = new Set(notNeeded);
  const unanswered = unansweredToRevisit(text.index, own.unanswered).filter((id) => !skipped.has(id));
  const notNeededShown = unansweredToRevisit(text.index, own.unanswered).filter((id) => skipped.has(id));
  const open = unanswered.length > 0 || own.unsure.length > 0;
  return (
    <section className="results-section revisit" aria-labelledby="results-revisit">
      <h2 id="results-revisit">{t('results.revisit.heading')}</h2>
      {open ? (
        <>
          <p>{t('results.revisit.intro')}</p>
          <QuestionLinks title="results.revisit.unanswered" ids={unanswered} text={text} onChangeAnswer={onChangeAnswer} />
          <QuestionLinks title="results.revisit.unsure" ids={own.unsure} text={text} onChangeAnswer={onChangeAnswer} />
        </>
      ) : notNeededShown.length === 0 ? (
        <p>{t('results.revisit.allAnswered')}</p>
      ) : null}
      <QuestionLinks title="results.revisit.notNeeded" intro="results.revisit.notNeededIntro" ids={notNeededShown} text={text} onChangeAnswer={onChangeAnswer} />
    </section>
  );
}
