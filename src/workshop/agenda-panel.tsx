import '@/i18n/domains/workshop';
import { useId } from 'react';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { AgendaList } from './agenda-list';
import { selectAggregate, selectAgreed, selectPack } from './selectors';
import { WorkshopMachineContext } from './workshop-context';
import { useWorkshopText } from './workshop-text';

/** Step 4: the agenda, and the way into presenter mode. */
export function AgendaPanel() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const agreed = WorkshopMachineContext.useSelector(selectAgreed);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const agenda = aggregate.agenda;
  const worth = agenda.filter((item) => item.changesTop).length;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={focusOnMount} tabIndex={-1}>{t('workshop.agenda.heading')}</h2>
      <p className="lead measure">{t('workshop.agenda.intro')}</p>
      {agenda.length === 0 ? (
        <p>{t('workshop.agenda.empty')}</p>
      ) : (
        <>
          <p>{t('workshop.agenda.summary', { count: agenda.length, worth })}</p>
          <div className="actions">
            <Button onClick={() => actor.send({ type: 'presenter.start', index: 0 })}>{t('workshop.agenda.startPresenter')}</Button>
          </div>
          <AgendaList items={agenda} agreed={agreed} text={text} onPresent={(index) => actor.send({ type: 'presenter.start', index })} />
        </>
      )}
      <div className="actions">
        <Button variant="secondary" onClick={() => actor.send({ type: 'nav.agreed' })}>
          {t('workshop.agenda.toAgreed')}
        </Button>
      </div>
    </section>
  );
}
