import { useState } from 'react';
import type { Answers, Respondent } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import { fileDate } from '@/ui/download-file';
import { checkWorkshop } from './workshop-file';
import { WorkshopMachineContext } from './workshop-context';
import type { WorkshopInput } from './workshop-state';
import { readWorkshopRecord } from './workshop-storage';
import { WorkshopView } from './workshop-view';
import './workshop.css';
import './workshop-analysis.css';
import './presenter.css';

/** Answers a participant gave on this device, handed back by the app after `onAnswerInTurn`. */
export type PendingTurn = { label: string; answers: Answers; respondent?: Respondent };

export type WorkshopScreenProps = {
  /** The active pack; the workshop is saved per pack (give the screen `key={pack.id}`). */
  pack: Pack;
  /** Leave workshop mode (the workshop stays saved). */
  onExit: () => void;
  /**
   * "Pass the laptop": the facilitator asks the participant `label` to answer on this device. The
   * app shows the questionnaire for a fresh answers set, then hands the answers back through
   * `pendingTurn`. The workshop is autosaved, so the screen may unmount meanwhile.
   */
  onAnswerInTurn: (label: string) => void;
  /** Completed answers to add as a participant (a turn taken on this device, or a share link the app opened). */
  pendingTurn?: PendingTurn | null;
  /** Called once `pendingTurn` has been added; the app then clears it. */
  onTurnConsumed?: () => void;
};

/** Reads the saved workshop of the pack (moving an unreadable record aside) and re-checks its answers. */
export function loadWorkshopInput(pack: Pack, store: Storage | undefined, now: Date): WorkshopInput {
  const today = fileDate(now);
  if (!store) return { pack, today };
  const stored = readWorkshopRecord(store, pack, now.toISOString().replace(/[:.]/g, '-'));
  const base: WorkshopInput = { pack, today, movedAside: stored.movedAside };
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

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Workshop mode for a facilitator: collect several participants' answers, show where they agree
 * and differ, walk the agenda of disputes that matter, record the agreed answers and export.
 */
export function WorkshopScreen(props: WorkshopScreenProps) {
  const [input] = useState(() => loadWorkshopInput(props.pack, browserStorage(), new Date()));
  return (
    <WorkshopMachineContext.Provider options={{ input }}>
      <WorkshopView {...props} />
    </WorkshopMachineContext.Provider>
  );
}
