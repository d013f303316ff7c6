import type { ActorRefFrom } from 'xstate';
import type { Pack } from '@/rules/pack/pack-schema';
import { fileDate } from '@/ui/download-file';
import { checkWorkshop } from './machine/workshop-file';
import { WorkshopMachineContext } from './machine/workshop-context';
import { browserTabs, createWorkshopAutosave, workshopMachine } from './machine/workshop-machine';
import type { WorkshopInput } from './machine/workshop-state';
import { readWorkshopRecord } from './machine/workshop-storage';
import { WorkshopView } from './workshop-view';
import './workshop.css';
import './panels/workshop-analysis.css';
import './presenter/presenter.css';

/** What the workshop screen asks of the app around it. */
export type WorkshopScreenProps = {
  /** Leave workshop mode (the workshop stays saved). */
  onExit: () => void;
  /**
   * "Pass the laptop": the facilitator asks the participant `label` to answer on this device. The
   * app shows the questionnaire for a fresh answers set, then hands the answers back to the
   * workshop actor as `participants.addTurn` (the actor tells its `host` once they are saved).
   */
  onAnswerInTurn: (label: string) => void;
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
export function WorkshopBody({ actor, ...view }: WorkshopScreenProps & { actor: WorkshopActor }) {
  return (
    <WorkshopMachineContext.Provider value={actor}>
      <WorkshopView {...view} />
    </WorkshopMachineContext.Provider>
  );
}
