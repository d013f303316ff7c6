import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import type { WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { localize } from '@/i18n/t';
import { displayNames } from '@/report/phrases/workshop-words';
import type { Pack } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { AgreementSummary, GroupRanking, RankingsSideBySide } from './group-ranking';
import { selectAggregate, selectAnonymous, selectPack, selectParticipants } from '../machine/selectors';
import { SpreadView } from './spread-view';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { useWorkshopText, type WorkshopText } from '../workshop-text';

/** Step 3: what the room sees: the group ranking and agreement, each ranking side by side, and how every question was answered. */
export function OverviewPanel() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const anonymous = WorkshopMachineContext.useSelector(selectAnonymous);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const names = displayNames(participants, anonymous, t);
  return (
    <div className="stack">
      <section className="stack-tight" aria-labelledby={`${id}-group`}>
        <h2 id={`${id}-group`} ref={focusOnMount} tabIndex={-1}>{t('workshop.overview.groupHeading')}</h2>
        <AgreementSummary agreement={aggregate.agreement} text={text} />
        <GroupRanking aggregate={aggregate} text={text} />
      </section>
      <section className="stack-tight" aria-labelledby={`${id}-each`}>
        <h2 id={`${id}-each`}>{t('workshop.overview.eachHeading')}</h2>
        <RankingsSideBySide aggregate={aggregate} names={names} text={text} />
      </section>
      <SpreadSection pack={pack} aggregate={aggregate} names={names} text={text} />
      <div className="actions">
        <Button onClick={() => actor.send({ type: 'nav.agenda' })}>{t('workshop.overview.toAgenda')}</Button>
      </div>
    </div>
  );
}

type SpreadSectionProps = { pack: Pack; aggregate: WorkshopAggregate; names: ReadonlyMap<string, string>; text: WorkshopText };

/** Every question's spread of answers, section by section; by default only where the room differs. */
function SpreadSection({ pack, aggregate, names, text }: SpreadSectionProps) {
  const { t } = text;
  const id = useId();
  const [onlyDiffering, setOnlyDiffering] = useState(true);
  const spreads = new Map(aggregate.spreads.map((s) => [s.question, s]));
  const shown = (questionId: string) => !onlyDiffering || (spreads.get(questionId)?.disagreement ?? 0) > 0;
  const sections = pack.sections.filter((section) => section.questions.some((q) => shown(q.id)));
  return (
    <section className="stack-tight" aria-labelledby={`${id}-spread`}>
      <h2 id={`${id}-spread`}>{t('workshop.overview.spreadHeading')}</h2>
      <p className="muted measure">{t('workshop.overview.spreadIntro')}</p>
      <label className="workshop-switch">
        <input type="checkbox" checked={onlyDiffering} onChange={(event) => setOnlyDiffering(event.target.checked)} />
        <span>{t('workshop.overview.onlyDiffering')}</span>
      </label>
      {sections.length === 0 ? <p>{t('workshop.overview.noneDiffering')}</p> : null}
      {sections.map((section) => (
        <section key={section.id} className="stack-tight" aria-labelledby={`${id}-${section.id}`}>
          <h3 id={`${id}-${section.id}`}>{localize(section.title, text.lang)}</h3>
          <div className="workshop-spreads">
            {section.questions.filter((q) => shown(q.id)).map((question) => {
              const spread = spreads.get(question.id);
              if (!spread) return null;
              return (
                <article key={question.id} className="card workshop-question" aria-labelledby={`${id}-${question.id}`}>
                  <h4 id={`${id}-${question.id}`}>{text.question(question.id)}</h4>
                  {question.kind !== 'text' ? <p className="muted">{t('workshop.spread.disagreement', { value: text.measure(spread.disagreement) })}</p> : null}
                  <SpreadView question={question} spread={spread} names={names} text={text} />
                </article>
              );
            })}
          </div>
        </section>
      ))}
    </section>
  );
}
