import '@/i18n/domains/workshop';
import { useId } from 'react';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { AgendaList } from './agenda-list';
import { selectAggregate, selectAgreed, selectPack } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { useWorkshopText } from '../workshop-text';

/**
 * Step 4: the focused agenda. The open questions that can change the outcome are listed, most
 * important first; those that cannot, and those already agreed, are folded away with the reason.
 */
export function AgendaPanel() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const agreed = WorkshopMachineContext.useSelector(selectAgreed);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const { agenda, agendaBasis: basis } = aggregate;
  const open = agenda.filter((item) => !item.agreed);
  const decisive = open.filter((item) => item.changesTop);
  const quiet = open.filter((item) => !item.changesTop);
  const settled = agenda.filter((item) => item.agreed);
  const present = (question: string) => actor.send({ type: 'presenter.start', index: Math.max(0, agenda.findIndex((item) => item.question === question)) });
  const list = (items: typeof agenda) => <AgendaList items={items} agreed={agreed} baseTops={basis.tops} text={text} onPresent={present} />;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={focusOnMount} tabIndex={-1}>{t('workshop.agenda.heading')}</h2>
      <p className="lead measure">{t('workshop.agenda.intro')}</p>
      {agenda.length === 0 ? (
        <p>{t('workshop.agenda.empty')}</p>
      ) : (
        <>
          <p>
            {basis.tops.length > 0
              ? t('workshop.agenda.basis', { count: basis.agreed, options: text.options(basis.tops) })
              : t('workshop.agenda.basisNone', { count: basis.agreed })}
          </p>
          <p>{t(decisive.length > 0 ? 'workshop.agenda.summary' : 'workshop.agenda.summaryNone', { count: open.length, worth: decisive.length })}</p>
          <div className="actions no-print">
            <Button onClick={() => actor.send({ type: 'presenter.start', index: 0 })}>{t('workshop.agenda.startPresenter')}</Button>
          </div>
          {decisive.length > 0 ? list(decisive) : <p>{t('workshop.agenda.noneCanChange')}</p>}
          {quiet.length > 0 ? (
            <details className="workshop-fold">
              <summary>{t('workshop.agenda.foldedSummary', { count: quiet.length })}</summary>
              {list(quiet)}
            </details>
          ) : null}
          {settled.length > 0 ? (
            <details className="workshop-fold">
              <summary>{t('workshop.agenda.agreedSummary', { count: settled.length })}</summary>
              {list(settled)}
            </details>
          ) : null}
        </>
      )}
      <div className="actions no-print">
        <Button variant="secondary" onClick={() => actor.send({ type: 'nav.agreed' })}>
          {t('workshop.agenda.toAgreed')}
        </Button>
      </div>
    </section>
  );
}
