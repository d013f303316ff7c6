import '@/i18n/domains/workshop';
import type { QuestionSpread } from '@/engine/aggregate/aggregate';
import type { Question } from '@/rules/pack/pack-schema';
import type { WorkshopText } from '../workshop-text';
import { own } from '@/rules/own';
import type { ReactNode } from 'react';
import { isolate, isolatedList } from '@/ui/isolate';

export type SpreadViewProps = {
  question: Question;
  spread: QuestionSpread;
  /** Display name of each participant id (already anonymised when asked). */
  names: ReadonlyMap<string, string>;
  text: WorkshopText;
};

/** The names, each isolated (<bdi>): a name holding bidi controls cannot reorder the others. */
function nameList(ids: readonly string[], names: ReadonlyMap<string, string>, text: WorkshopText): ReactNode {
  return isolatedList(ids.map((id) => names.get(id) ?? id), text.t('workshop.answer.separator'));
}

/** How the room answered one question: a bar per choice with who chose it, then "not sure", unanswered, not needed and not asked. */
export function SpreadView({ question, spread, names, text }: SpreadViewProps) {
  const { t } = text;
  const total = spread.answered.length;
  return (
    <div className="workshop-spread">
      {question.kind === 'text' ? (
        <p>{t('workshop.spread.textAnswered', { count: total })}</p>
      ) : (
        <ul className="workshop-spread__choices">
          {question.choices.map((choice) => {
            const count = own(spread.counts, choice.value) ?? 0;
            const ids = own(spread.byValue, choice.value) ?? [];
            return (
              <li key={choice.value} className={count > 0 ? 'workshop-spread__choice' : 'workshop-spread__choice workshop-spread__choice--empty'}>
                <span className="workshop-spread__label">{text.choice(question.id, choice.value)}</span>
                <span className="workshop-spread__count">{t('workshop.spread.count', { count })}</span>
                <span className="workshop-spread__track" aria-hidden="true">
                  <span className="workshop-spread__bar" style={{ inlineSize: `${total === 0 ? 0 : (100 * count) / total}%` }} />
                </span>
                {ids.length > 0 ? <span className="workshop-spread__names">{nameList(ids, names, text)}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      <ul className="workshop-spread__others">
        {spread.unsure.length > 0 ? <li>{isolate(t('workshop.spread.unsure'), { count: spread.unsure.length, names: nameList(spread.unsure, names, text) })}</li> : null}
        {spread.unanswered.length > 0 ? (
          <li>{isolate(t('workshop.spread.unanswered'), { count: spread.unanswered.length, names: nameList(spread.unanswered, names, text) })}</li>
        ) : null}
        {spread.notNeeded.length > 0 ? (
          <li>{isolate(t('workshop.spread.notNeeded'), { count: spread.notNeeded.length, names: nameList(spread.notNeeded, names, text) })}</li>
        ) : null}
        {spread.hidden.length > 0 ? <li>{t('workshop.spread.hidden', { count: spread.hidden.length })}</li> : null}
      </ul>
    </div>
  );
}
