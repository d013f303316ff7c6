import '@/i18n/domains/workshop';
import { useCallback } from 'react';
import { packIndex } from '@/engine/conditions/visibility';
import { displayNames } from '@/report/phrases/workshop-words';
import { Button } from '@/ui/button';
import { PresenterView } from './presenter-view';
import { selectAggregate, selectAgreed, selectAgreedUndo, selectAnonymous, selectItems, selectNewer, selectPack, selectParticipants, selectPresenter, selectTimerRunning } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { NewerWorkshopNotice } from '../newer-workshop-notice';
import { useWorkshopText } from '../workshop-text';
import { own } from '@/rules/own';

/** Presenter mode connected to the workshop actor: the current agenda item full screen. */
export function PresenterScreen() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const presenter = WorkshopMachineContext.useSelector(selectPresenter);
  const agreed = WorkshopMachineContext.useSelector(selectAgreed);
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const anonymous = WorkshopMachineContext.useSelector(selectAnonymous);
  const text = useWorkshopText(pack);
  const items = WorkshopMachineContext.useSelector(selectItems);
  const timerRunning = WorkshopMachineContext.useSelector(selectTimerRunning);
  const undo = WorkshopMachineContext.useSelector(selectAgreedUndo);
  const newer = WorkshopMachineContext.useSelector(selectNewer) !== null;
  const onNext = useCallback(() => actor.send({ type: 'presenter.next' }), [actor]);
  const onPrevious = useCallback(() => actor.send({ type: 'presenter.previous' }), [actor]);
  const onReveal = useCallback(() => actor.send({ type: 'presenter.reveal' }), [actor]);
  const onExit = useCallback(() => actor.send({ type: 'presenter.exit' }), [actor]);

  const count = aggregate.agenda.length;
  const index = Math.min(presenter.index, Math.max(0, count - 1));
  const item = aggregate.agenda[index];
  const question = item ? packIndex(pack).questions.get(item.question)?.question : undefined;
  const spread = item ? aggregate.spreads.find((s) => s.question === item.question) : undefined;
  if (!item || !question || question.kind === 'text' || !spread) {
    return (
      <div className="presenter">
        <NewerWorkshopNotice />
        <p>{text.t('workshop.agenda.empty')}</p>
        <Button variant="secondary" onClick={onExit}>
          {text.t('workshop.presenter.exit')}
        </Button>
      </div>
    );
  }
  return (
    <PresenterView
      item={item}
      baseTops={aggregate.agendaBasis.tops}
      question={question}
      spread={spread}
      index={index}
      count={count}
      revealed={presenter.revealed}
      agreed={own(agreed, item.question)}
      names={displayNames(participants, anonymous, text.t)}
      text={text}
      onNext={onNext}
      onPrevious={onPrevious}
      onReveal={onReveal}
      onExit={onExit}
      onRecord={(value) => actor.send({ type: 'agreed.record', question: item.question, value })}
      onClear={() => actor.send({ type: 'agreed.clear', question: item.question })}
      seconds={items?.[item.question]?.seconds ?? 0}
      timerRunning={timerRunning}
      onToggleTimer={() => actor.send({ type: 'timer.toggle' })}
      notes={items?.[item.question]?.notes ?? ''}
      onNotes={(notes) => actor.send({ type: 'item.notes', question: item.question, notes })}
      recorded={presenter.recorded === true && aggregate.agenda.some((entry) => !entry.agreed)}
      onUndo={undo ? () => actor.send({ type: 'agreed.undo' }) : null}
      notice={newer ? <NewerWorkshopNotice /> : null}
    />
  );
}
