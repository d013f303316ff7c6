import '@/i18n/domains/workshop';
import type { AgendaItem } from '@/engine/aggregate/aggregate';
import type { Answers } from '@/rules/answers/answers-schema';
import { Button } from '@/ui/button';
import { outcomeNote } from '@/report/phrases/workshop-phrases';
import { own } from '@/rules/own';
import type { WorkshopText } from '../workshop-text';
import { isolate } from '@/ui/isolate';

export type AgendaListProps = {
  items: readonly AgendaItem[];
  agreed: Answers;
  text: WorkshopText;
  /** `question`: the agenda item to show in presenter mode. */
  onPresent: (question: string) => void;
};

/** Whether the room's answers to this question can change the outcome, and how. */
export function OutcomeNote({ item, baseTops, text }: { item: AgendaItem; baseTops: readonly string[]; text: WorkshopText }) {
  const note = outcomeNote(item, baseTops, text, text.t);
  if (!note.matters) return <p className="workshop-note workshop-note--quiet">{note.lead}</p>;
  return (
    <div className="workshop-note workshop-note--matters">
      <p>{note.lead}</p>
      <ul>
        {note.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Agenda items, each with its measures, what it can change, the agreed answer, and a way to present it. */
export function AgendaList({ items, agreed, baseTops, text, onPresent }: AgendaListProps & { baseTops: readonly string[] }) {
  const { t } = text;
  return (
    <ol className="workshop-agenda">
      {items.map((item) => {
        const value = own(agreed, item.question);
        return (
          <li key={item.question} className={item.changesTop ? 'card workshop-agenda__item' : 'card workshop-agenda__item workshop-agenda__item--quiet'}>
            <h3>{text.question(item.question)}</h3>
            <p className="workshop-facts">
              <span>{t('workshop.agenda.disagreement', { value: text.measure(item.disagreement) })}</span>
              <span>{t('workshop.agenda.impact', { points: text.score(item.impact) })}</span>
              <span>{t('workshop.agenda.priority', { value: text.score(item.priority) })}</span>
            </p>
            <OutcomeNote item={item} baseTops={baseTops} text={text} />
            <p>{value === undefined ? t('workshop.agenda.notAgreed') : isolate(t('workshop.agenda.agreed'), { answer: text.answer(item.question, value) })}</p>
            <Button className="no-print" variant="secondary" onClick={() => onPresent(item.question)} aria-label={t('workshop.agenda.presentItem', { question: text.question(item.question) })}>
              {t('workshop.agenda.present')}
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
