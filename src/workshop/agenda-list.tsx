import '@/i18n/domains/workshop';
import type { AgendaItem } from '@/engine/aggregate';
import type { Answers } from '@/rules/answers-schema';
import { Button } from '@/ui/button';
import type { WorkshopText } from './workshop-text';
import { own } from '@/rules/own';

export type AgendaListProps = {
  items: readonly AgendaItem[];
  agreed: Answers;
  text: WorkshopText;
  onPresent: (index: number) => void;
};

/** What agreeing on each of the room's answers would make the group's first option. */
export function OutcomeNote({ item, text }: { item: AgendaItem; text: WorkshopText }) {
  const { t } = text;
  if (!item.changesTop) {
    const top = item.outcomes[0]?.top;
    return (
      <p className="workshop-note workshop-note--quiet">
        {top ? t('workshop.agenda.cannotChange', { option: text.option(top) }) : t('workshop.agenda.cannotChangeNone')}
      </p>
    );
  }
  return (
    <div className="workshop-note workshop-note--matters">
      <p>{t('workshop.agenda.canChange')}</p>
      <ul>
        {item.outcomes.map((outcome, i) => (
          <li key={i}>
            {outcome.top
              ? t('workshop.agenda.outcome', {
                  answer: text.answer(item.question, outcome.value),
                  option: text.option(outcome.top),
                  score: text.score(outcome.means[outcome.top] ?? 0),
                })
              : t('workshop.agenda.outcomeNone', { answer: text.answer(item.question, outcome.value) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The agenda: disputed questions, most worth discussing first (disagreement × impact). */
export function AgendaList({ items, agreed, text, onPresent }: AgendaListProps) {
  const { t } = text;
  return (
    <ol className="workshop-agenda">
      {items.map((item, index) => {
        const value = own(agreed, item.question);
        return (
          <li key={item.question} className={item.changesTop ? 'card workshop-agenda__item' : 'card workshop-agenda__item workshop-agenda__item--quiet'}>
            <h3>{text.question(item.question)}</h3>
            <p className="workshop-facts">
              <span>{t('workshop.agenda.disagreement', { value: text.measure(item.disagreement) })}</span>
              <span>{t('workshop.agenda.impact', { points: text.score(item.impact) })}</span>
              <span>{t('workshop.agenda.priority', { value: text.score(item.priority) })}</span>
            </p>
            <OutcomeNote item={item} text={text} />
            <p>{value === undefined ? t('workshop.agenda.notAgreed') : t('workshop.agenda.agreed', { answer: text.answer(item.question, value) })}</p>
            <Button variant="secondary" onClick={() => onPresent(index)} aria-label={t('workshop.agenda.presentItem', { question: text.question(item.question) })}>
              {t('workshop.agenda.present')}
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
