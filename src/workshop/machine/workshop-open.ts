import { aggregateWorkshop, type WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { score } from '@/engine/score/score';
import type { Result } from '@/engine/score/types';
import type { WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { parseWorkshopJson, type WorkshopCheck } from './workshop-file';
import { membersOf } from './workshop-model';

/** What the screens read derived from a workshop: the room's aggregate (its agenda measured against the agreed answers) and the agreed answers scored. */
export type WorkshopDerived = { aggregate: WorkshopAggregate; consensus: Result };

/** Derives a workshop's aggregate and consensus (every participant scored, and the agreed answers with robustness). Pure. */
export function deriveWorkshop(pack: Pack, workshop: WorkshopFile): WorkshopDerived {
  return {
    aggregate: aggregateWorkshop(pack, membersOf(workshop.participants), undefined, workshop.agreed.answers),
    consensus: score(pack, workshop.agreed.answers),
  };
}

/** What the page asks the workshop-file worker: the text of a workshop file to open. */
export type WorkshopFileRequest = { pack: Pack; text: string };

/** A workshop file opened: its check, and what is derived from the workshop when it can be opened. */
export type OpenedWorkshop = { checked: WorkshopCheck; derived: WorkshopDerived | null };

/** Parses and checks a workshop file against the pack, and derives what the screens show of it (the worker's work, and the fallback's). Never throws. */
export function openWorkshopText({ pack, text }: WorkshopFileRequest): OpenedWorkshop {
  const checked = parseWorkshopJson(pack, text);
  return { checked, derived: checked.ok ? deriveWorkshop(pack, checked.workshop) : null };
}
