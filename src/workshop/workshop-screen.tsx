import { useActorRef } from '@xstate/react';
import { useMemo, useState } from 'react';
import { fromCallback, type ActorRefFrom, type EventObject } from 'xstate';
import type { Pack } from '@/rules/pack/pack-schema';
import { fileDate } from '@/ui/download-file';
import { checkWorkshop } from './machine/workshop-file';
import { WorkshopMachineContext } from './machine/workshop-context';
import { browserTabs, createWorkshopAutosave, workshopMachine } from './machine/workshop-machine';
import type { PendingTurn, WorkshopInput } from './machine/workshop-state';
import { readWorkshopRecord } from './machine/workshop-storage';
import { browserStorage } from '@/lib/storage/browser-storage';
import { WorkshopView } from './workshop-view';
import './workshop.css';
import './panels/workshop-analysis.css';
import './presenter/presenter.css';

export type { PendingTurn } from './machine/workshop-state';

/** Where the app keeps answers to hand over: the current ones (or null), and a way to hear of new ones. */
export type TurnInbox = { current: () => PendingTurn | null; subscribe: (listener: () => void) => () => void };

/** The inbox as the machine's `inbox` actor: each hand-off sent once as `participants.addTurn`. */
function inboxActor(inbox: TurnInbox) {
  return fromCallback<EventObject>(({ sendBack }) => {
    let last: PendingTurn | null = null;
    const deliver = () => {
      const turn = inbox.current();
      if (!turn || turn === last) return;
      last = turn;
      sendBack({ type: 'participants.addTurn', label: turn.label, answers: turn.answers, respondent: turn.respondent, handoff: true });
    };
    deliver();
    return inbox.subscribe(deliver);
  });
}

export type WorkshopScreenProps = {
  /** The active pack; the workshop is saved per pack version (give the screen `key={`${pack.id}@${pack.version}`}`). */
  pack: Pack;
  /** Leave workshop mode (the workshop stays saved). */
  onExit: () => void;
  /**
   * "Pass the laptop": the facilitator asks the participant `label` to answer on this device. The
   * app shows the questionnaire for a fresh answers set, then hands the answers back through
   * `pendingTurn`. The workshop is autosaved, so the screen may unmount meanwhile.
   */
  onAnswerInTurn: (label: string) => void;
  /**
   * Completed answers the app hands over (a turn taken on this device, or a share link): the
   * workshop adds the current one when it starts, and each new one while it is open.
   */
  inbox?: TurnInbox;
  /** Called once the handed-over answers have been added (and saved); the app then clears them. */
  onTurnConsumed?: () => void;
  /** The participant whose turn on this device is unfinished: another turn cannot start meanwhile. */
  turnOpen?: string | null;
};

/** Reads the saved workshop of the pack (moving an unreadable record aside) and re-checks its answers. */
export function loadWorkshopInput(pack: Pack, store: Storage | undefined, now: Date): WorkshopInput {
  const today = fileDate(now);
  if (!store) return { pack, today };
  const stored = readWorkshopRecord(store, pack, now.toISOString().replace(/[:.]/g, '-'));
  const base: WorkshopInput = { pack, today, movedAside: stored.movedAside, revision: stored.record?.revision ?? 0 };
  if (!stored.record) return base;
  const checked = checkWorkshop(pack, stored.record.workshop, 'saved');
  if (!checked.ok) return base;
  const problems = checked.entries.some((e) => e.problems.length > 0 || e.status === 'refused') || checked.agreedProblems.length > 0;
  return {
    ...base,
    saved: { workshop: checked.workshop, position: stored.record.position, anonymous: stored.record.anonymous, presenter: stored.record.presenter },
    restoreReport: problems ? { entries: checked.entries, agreedProblems: checked.agreedProblems } : null,
  };
}

/**
 * The workshop actor of the pack, as the app machine runs it: its saved record read from `store`,
 * and saved there, watching the other tabs of this window's origin.
 */
export function workshopChild(pack: Pack, store: Storage | undefined, now: Date) {
  const autosave = createWorkshopAutosave({ storage: () => store, ...browserTabs() });
  return { logic: workshopMachine.provide({ actors: { autosave } }), input: loadWorkshopInput(pack, store, now) };
}

export type WorkshopActor = ActorRefFrom<typeof workshopMachine>;

/** The workshop screen of a workshop actor the app runs. */
export function WorkshopBody({ actor, ...view }: Pick<WorkshopScreenProps, 'onExit' | 'onAnswerInTurn' | 'turnOpen'> & { actor: WorkshopActor }) {
  return (
    <WorkshopMachineContext.Provider value={actor}>
      <WorkshopView {...view} />
    </WorkshopMachineContext.Provider>
  );
}

/**
 * Workshop mode for a facilitator, on its own (with its own actor, saved in this window's
 * localStorage): collect several participants' answers, show where they agree and differ, walk the
 * agenda of disputes that matter, record the agreed answers and export.
 */
export function WorkshopScreen(props: WorkshopScreenProps) {
  const { pack, inbox, onTurnConsumed, ...view } = props;
  const [input] = useState((): WorkshopInput => loadWorkshopInput(pack, browserStorage(), new Date()));
  const logic = useMemo(
    () => workshopMachine.provide({ actions: { turnAdded: () => onTurnConsumed?.() }, ...(inbox ? { actors: { inbox: inboxActor(inbox) } } : {}) }),
    [onTurnConsumed, inbox],
  );
  const actor = useActorRef(logic, { input });
  return <WorkshopBody actor={actor} {...view} />;
}
