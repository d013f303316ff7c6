import { aggregateWorkshop, withAgreedAgenda, type WorkshopAggregate } from '@/engine/aggregate';
import { score } from '@/engine/score';
import type { Result } from '@/engine/types';
import type { Lang } from '@/i18n/messages';
import type { AnswerProblem } from '@/rules/load-answers';
import type { Answers, LabelledAnswers, Participant, WorkshopFile } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import type { ImportEntry, Imported } from './import-participants';
import type { WorkshopFileProblem } from './workshop-file';
import { membersOf, type Position } from './workshop-model';
import type { MovedAside } from './workshop-storage';

/** What the last import did: one entry per answers set, or why a workshop file was refused. */
export type ImportReport = {
  entries: ImportEntry[];
  workshopProblem?: WorkshopFileProblem;
  agreedProblems?: AnswerProblem[];
};

export type PresenterState = { index: number; revealed: boolean };

/** Answers a participant gave on this device (or a share link the app opened), to add as a participant. */
export type PendingTurn = LabelledAnswers;

export type WorkshopContext = {
  pack: Pack;
  workshop: WorkshopFile;
  position: Position;
  anonymous: boolean;
  presenter: PresenterState;
  /** Derived from the participants (recomputed when they change). */
  aggregate: WorkshopAggregate;
  /** The agreed answers scored like any answers set (recomputed when they change). */
  consensus: Result;
  report: ImportReport | null;
  movedAside: MovedAside | null;
  /** The participant removed last and where they were, until undone or another participant is removed. */
  removed: { participant: Participant; index: number } | null;
  saveFailed: boolean;
  exportLang: Lang;
  exportNotice: { replaced: string[] } | null;
};

export type WorkshopInput = {
  pack: Pack;
  /** Today's date (YYYY-MM-DD) for a new workshop. */
  today: string;
  /** The saved workshop, already checked against the pack, with where the facilitator was. */
  saved?: { workshop: WorkshopFile; position: Position; anonymous: boolean; presenter: PresenterState } | null;
  /** What re-checking the saved workshop found (e.g. answers of an older pack version). */
  restoreReport?: ImportReport | null;
  movedAside?: MovedAside | null;
};

/** The context a machine starts with. */
export function initialContext(input: WorkshopInput, empty: WorkshopFile): WorkshopContext {
  const workshop = input.saved?.workshop ?? empty;
  return {
    pack: input.pack,
    workshop,
    position: input.saved?.position ?? 'setup',
    anonymous: input.saved?.anonymous ?? false,
    presenter: input.saved?.presenter ?? { index: 0, revealed: false },
    aggregate: aggregateWorkshop(input.pack, membersOf(workshop.participants), undefined, workshop.agreed.answers),
    consensus: score(input.pack, workshop.agreed.answers),
    report: input.restoreReport ?? null,
    movedAside: input.movedAside ?? null,
    removed: null,
    saveFailed: false,
    exportLang: 'en',
    exportNotice: null,
  };
}

/** The context after the participants changed: aggregate recomputed, presenter back to the first item. */
export function withParticipants(context: WorkshopContext, participants: Participant[]): Partial<WorkshopContext> {
  return {
    workshop: { ...context.workshop, participants },
    aggregate: aggregateWorkshop(context.pack, membersOf(participants), undefined, context.workshop.agreed.answers),
    presenter: { index: 0, revealed: false },
  };
}

/** The context with a whole other workshop (opened from a file, or a new one): everything derived again. */
export function withWorkshop(context: WorkshopContext, workshop: WorkshopFile): Partial<WorkshopContext> {
  return {
    workshop,
    aggregate: aggregateWorkshop(context.pack, membersOf(workshop.participants), undefined, workshop.agreed.answers),
    consensus: score(context.pack, workshop.agreed.answers),
    presenter: { index: 0, revealed: false },
  };
}

/** The context after an import: participants added and the report of what happened. */
export function withImported(context: WorkshopContext, imported: Imported): Partial<WorkshopContext> {
  return { ...withParticipants(context, imported.participants), report: { entries: imported.entries } };
}

/**
 * The context after the agreed answers changed: the consensus rescored and the agenda measured
 * again against it; presenter mode stays on the question it shows, wherever the agenda now puts it.
 */
export function withAgreedAnswers(context: WorkshopContext, answers: Answers): Partial<WorkshopContext> {
  const aggregate = withAgreedAgenda(context.pack, context.aggregate, answers);
  const shown = context.aggregate.agenda[context.presenter.index]?.question;
  const index = aggregate.agenda.findIndex((item) => item.question === shown);
  return {
    workshop: { ...context.workshop, agreed: { answers } },
    consensus: score(context.pack, answers),
    aggregate,
    presenter: index >= 0 ? { ...context.presenter, index } : context.presenter,
  };
}

/**
 * The unanimous answers not yet agreed: every choice or multi question that everyone who answered
 * answered the same way (at least one concrete answer, nobody differing). "Not sure" and no answer
 * do not count against unanimity, but are not adopted either.
 */
export function unanimousAnswers(context: WorkshopContext): Answers {
  const agreed = context.workshop.agreed.answers;
  const adopted: Record<string, Answers[string]> = {};
  for (const spread of context.aggregate.spreads) {
    if (spread.kind === 'text' || Object.hasOwn(agreed, spread.question)) continue;
    if (spread.values.length === 1 && spread.values[0] !== undefined) adopted[spread.question] = spread.values[0];
  }
  return adopted;
}
