import { aggregateWorkshop, withAgreedAgenda, type WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { brokenUnanimous as brokenUnanimousOf, unanimityOf } from '@/engine/aggregate/aggregate-unanimity';
import { score } from '@/engine/score/score';
import type { Result } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import type { AnswerProblem } from '@/rules/answers/load-answers';
import { MAX_ITEM_NOTES, type Answers, type LabelledAnswers, type Participant, type WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { ActorRef, Snapshot } from 'xstate';
import type { ImportEntry, Imported } from './import-participants';
import type { WorkshopFileProblem } from './workshop-file';
import { membersOf, type Position } from './workshop-model';
import { deriveWorkshop, type WorkshopDerived } from './workshop-open';
import type { MovedAside, WorkshopRecord } from './workshop-storage';
import { newWriterId } from '@/lib/storage/guarded-writer';
import { own } from '@/rules/own';

/** What the last import did: one entry per answers set, or why a workshop file was refused. */
export type ImportReport = {
  entries: ImportEntry[];
  workshopProblem?: WorkshopFileProblem;
  agreedProblems?: AnswerProblem[];
};

/**
 * Where presenter mode is. `recorded`: the item shown was just recorded, so "next" leads to the
 * first item still open (the recorded one now sorts after them).
 */
export type PresenterState = { index: number; revealed: boolean; recorded?: boolean | undefined };

/** What an agreed-answers change did, for the "undo" notice. */
export type AgreedChange = { kind: 'record' | 'clear'; question: string } | { kind: 'adopt'; count: number };

/** The agreed answers before a change, to undo it. */
export type AgreedStep = { before: WorkshopFile['agreed']; change: AgreedChange };

/** How many agreed-answer changes can be undone. */
export const AGREED_UNDO_DEPTH = 20;

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
  /** The participant whose answers a newer file is replacing (while it is read). */
  replacing: string | null;
  /** Agreed-answer changes that can be undone, the latest last. */
  agreedUndo: AgreedStep[];
  saveFailed: boolean;
  exportLang: Lang;
  /** Print who gave each answer in the PDF's agenda (off: counts only). */
  namesInPdf: boolean;
  exportNotice: { replaced: string[] } | null;
  host: WorkshopHost | null;
  /** The revision of the saved record this tab is based on, and this tab's id as a writer. */
  revision: number;
  writer: string;
  /** A newer record another tab saved: nothing is written until the facilitator loads it or keeps theirs. */
  newer: WorkshopRecord | null;
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
  /** Who hands answers over (the app machine): told `turn.consumed` once a hand-off is added and saved. */
  host?: WorkshopHost | undefined;
  /** The revision of the saved record read (0: none, or one of an earlier build). */
  revision?: number;
  /** This tab's id in the records it writes (a new one when not given). */
  writer?: string;
};

/** The actor that hands answers over to the workshop and hears when they are taken. */
export type WorkshopHost = ActorRef<Snapshot<unknown>, { type: 'turn.consumed' }>;

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
    replacing: null,
    agreedUndo: [],
    saveFailed: false,
    exportLang: 'en',
    namesInPdf: false,
    exportNotice: null,
    host: input.host ?? null,
    revision: input.revision ?? 0,
    writer: input.writer ?? newWriterId(),
    newer: null,
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

/** The context with a whole other workshop (opened from a file, or a new one): everything derived again (or `derived` already, off the main thread). */
export function withWorkshop(
  context: WorkshopContext,
  workshop: WorkshopFile,
  derived: WorkshopDerived = deriveWorkshop(context.pack, workshop),
): Pick<WorkshopContext, 'workshop' | 'aggregate' | 'consensus' | 'presenter'> {
  return { workshop, ...derived, presenter: { index: 0, revealed: false } };
}

/**
 * The context with the workshop of a newer record another tab saved, this tab staying where it is:
 * presenter mode keeps the question it shows when the loaded agenda still has it (else it shows
 * the other tab's item, `theirs`), and while `presenting`, that question's time never goes back
 * (the larger of the two counts: both tabs may have timed it), so a running timer carries on.
 */
export function withNewerWorkshop(context: WorkshopContext, workshop: WorkshopFile, theirs: PresenterState, presenting: boolean): Partial<WorkshopContext> {
  const shown = context.aggregate.agenda[context.presenter.index]?.question;
  const loaded = withWorkshop(context, workshop);
  const index = shown === undefined ? -1 : loaded.aggregate.agenda.findIndex((item) => item.question === shown);
  if (index < 0 || shown === undefined) {
    const last = Math.max(0, loaded.aggregate.agenda.length - 1);
    return { ...loaded, presenter: { ...theirs, index: Math.min(Math.max(0, theirs.index), last) } };
  }
  const mine = own(context.workshop.items, shown)?.seconds ?? 0;
  const timed = own(workshop.items, shown)?.seconds ?? 0;
  return {
    ...loaded,
    ...(presenting && mine > timed ? { workshop: withItem(workshop, shown, { addSeconds: mine - timed }) } : {}),
    presenter: { ...context.presenter, index },
  };
}

/** The context after an import: participants added and the report of what happened. */
export function withImported(context: WorkshopContext, imported: Imported): Partial<WorkshopContext> {
  return { ...withParticipants(context, imported.participants), report: { entries: imported.entries } };
}

/**
 * The context after the agreed answers changed: the consensus rescored and the agenda measured
 * again against it; presenter mode stays on the question it shows, wherever the agenda now puts it.
 * `unanimous`: the questions whose agreed answer was adopted as the room's unanimous answer.
 */
export function withAgreedAnswers(context: WorkshopContext, answers: Answers, unanimous: readonly string[] = context.workshop.agreed.unanimous ?? []): Partial<WorkshopContext> {
  const aggregate = withAgreedAgenda(context.pack, context.aggregate, answers);
  const shown = context.aggregate.agenda[context.presenter.index]?.question;
  const index = aggregate.agenda.findIndex((item) => item.question === shown);
  const kept = unanimous.filter((q) => Object.hasOwn(answers, q));
  return {
    workshop: { ...context.workshop, agreed: { answers, ...(kept.length > 0 ? { unanimous: [...new Set(kept)] } : {}) } },
    consensus: score(context.pack, answers),
    aggregate,
    presenter: index >= 0 ? { ...context.presenter, index } : context.presenter,
  };
}

/** The context after one agreed-answer change, which can be undone. */
export function withAgreedChange(context: WorkshopContext, answers: Answers, change: AgreedChange, unanimous?: readonly string[]): Partial<WorkshopContext> {
  const step: AgreedStep = { before: context.workshop.agreed, change };
  return { ...withAgreedAnswers(context, answers, unanimous), agreedUndo: [...context.agreedUndo, step].slice(-AGREED_UNDO_DEPTH) };
}

/** The context with the latest agreed-answer change undone (nothing when there is none). */
export function withAgreedUndone(context: WorkshopContext): Partial<WorkshopContext> {
  const step = context.agreedUndo.at(-1);
  if (!step) return {};
  return { ...withAgreedAnswers(context, step.before.answers, step.before.unanimous ?? []), agreedUndo: context.agreedUndo.slice(0, -1) };
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
    const unanimous = unanimityOf(spread);
    if (unanimous) adopted[spread.question] = unanimous.value;
  }
  return adopted;
}

/** Agreed answers adopted as unanimous that the room no longer gives unanimously. */
export function brokenUnanimous(context: Pick<WorkshopContext, 'workshop' | 'aggregate'>): string[] {
  return brokenUnanimousOf(context.workshop.agreed, context.aggregate.spreads);
}

/** The workshop with one agenda item's notes or time changed (an item with neither is left out). */
export function withItem(workshop: WorkshopFile, question: string, change: { notes?: string; addSeconds?: number }): WorkshopFile {
  const items = { ...workshop.items };
  const current = Object.hasOwn(items, question) ? items[question] : undefined;
  const notes = change.notes !== undefined ? change.notes.slice(0, MAX_ITEM_NOTES) : (current?.notes ?? '');
  const seconds = Math.min((current?.seconds ?? 0) + (change.addSeconds ?? 0), 86_400 * 7);
  if (notes.trim() || seconds > 0) items[question] = { ...(notes.trim() ? { notes } : {}), ...(seconds > 0 ? { seconds } : {}) };
  else delete items[question];
  const { items: _old, ...rest } = workshop;
  return Object.keys(items).length > 0 ? { ...rest, items } : rest;
}
