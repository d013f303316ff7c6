import { assign, enqueueActions, fromCallback, fromPromise, setup, type EventObject } from 'xstate';
import type { Lang } from '@/i18n/messages';
import type { AnswerValue, Answers, Respondent } from '@/rules/answers/answers-schema';
import type { WorkshopReportInput, WorkshopReportOutcome } from '@/report/io/workshop-download';
import type { Pack } from '@/rules/pack/pack-schema';
import { checkAnswersTextsOffThread } from '@/lib/answers-check/answers-check-off-thread';
import { readSharedLinkOffThread, type SharedLinkRead } from '@/lib/answers-check/share-link-off-thread';
import { shareLinkPayload } from '@/lib/share/share-link';
import { answersFileTooLarge, importCheckedFiles, importSharedLink, importTurn, replaceAnswers, type CheckedFile } from './import-participants';
import { checkWorkshop, type WorkshopFileProblem } from './workshop-file';
import { openWorkshopTextOffThread } from './workshop-file-off-thread';
import type { OpenedWorkshop } from './workshop-open';
import { emptyWorkshop, nextParticipantId, withAgreed, type Position } from './workshop-model';
import {
  initialContext,
  unanimousAnswers,
  withAgreedChange,
  withAgreedUndone,
  withImported,
  withItem,
  withNewerWorkshop,
  withParticipants,
  withWorkshop,
  type PendingTurn,
  type WorkshopContext,
  type WorkshopInput,
} from './workshop-state';
import {
  holdsWorkshop,
  isBlankWorkshop,
  parseWorkshopRecord,
  workshopContent,
  workshopKey,
  workshopRecord,
  type WorkshopContent,
  type WorkshopRecord,
} from './workshop-storage';
import { browserStorage } from '@/lib/storage/browser-storage';
import { guardedWriter, webLock, type GuardedEnvironment, type GuardedNotice } from '@/lib/storage/guarded-writer';
import type { PackRef } from '@/rules/pack/pack-schema';

export type WorkshopEvent =
  | { type: 'setup.save'; title: string; date: string; notes: string }
  | { type: 'nav.setup' }
  | { type: 'nav.participants' }
  | { type: 'nav.overview' }
  | { type: 'nav.agenda' }
  | { type: 'nav.agreed' }
  | { type: 'participants.addFiles'; files: readonly File[] }
  | { type: 'participants.addLink'; text: string; fallbackLabel: string }
  | { type: 'participants.addTurn'; label: string; answers: Answers; respondent?: Respondent | undefined; handoff?: boolean }
  | { type: 'participants.remove'; id: string }
  | { type: 'participants.undoRemove' }
  | { type: 'participants.forgetRemoved' }
  | { type: 'participants.rename'; id: string; label: string }
  | { type: 'participants.replace'; id: string; file: File }
  | { type: 'report.dismiss' }
  | { type: 'view.anonymise'; anonymous: boolean }
  | { type: 'presenter.start'; index: number }
  | { type: 'presenter.next' }
  | { type: 'presenter.previous' }
  | { type: 'presenter.reveal' }
  | { type: 'presenter.exit' }
  | { type: 'presenter.tick' }
  | { type: 'timer.toggle' }
  | { type: 'item.notes'; question: string; notes: string }
  | { type: 'agreed.record'; question: string; value: AnswerValue }
  | { type: 'agreed.clear'; question: string }
  | { type: 'agreed.adoptUnanimous' }
  | { type: 'agreed.undo' }
  | { type: 'workshop.open'; text: string }
  /** A workshop file refused before it was read (too large): said, and the workshop is left as it is. */
  | { type: 'workshop.refused'; problem: WorkshopFileProblem }
  | { type: 'workshop.new'; today: string }
  | { type: 'storage.dismiss' }
  | { type: 'storage.saveFailed' }
  /** Another tab saved a newer workshop: this tab writes nothing until the facilitator chooses. */
  | { type: 'storage.newer'; record: WorkshopRecord }
  | { type: 'storage.keepMine' }
  | { type: 'storage.loadNewer' }
  | { type: 'pdf.export'; lang: Lang }
  | { type: 'pdf.dismiss' }
  | { type: 'pdf.names'; names: boolean };

export type WorkshopAutosaveEvent =
  | { type: 'save'; record: WorkshopContent }
  /** The facilitator keeps this workshop over the newer record (at `revision` by `writer`): write it over it. */
  | { type: 'keep'; revision: number; writer?: string | undefined; record: WorkshopContent }
  /** The facilitator loaded the newer record: carry on from it. */
  | { type: 'adopt'; revision: number; writer?: string | undefined };

export type WorkshopAutosaveInput = { pack: PackRef; revision: number; writer: string };

/**
 * The autosave actor: writes each record to `env.storage()` with the two-tab protection of
 * `guardedWriter`; says `storage.newer` when another tab saved a newer workshop (nothing is written
 * over it unseen) and `storage.saveFailed` when it could not write.
 */
export function createWorkshopAutosave(env: GuardedEnvironment, now: () => Date = () => new Date()) {
  return fromCallback<WorkshopAutosaveEvent, WorkshopAutosaveInput>(({ input, receive, sendBack }) => {
    const notify = (notice: GuardedNotice<WorkshopRecord>) => {
      if (notice.type === 'storage.newer') sendBack(notice);
      else if (notice.type === 'storage.failed') sendBack({ type: 'storage.saveFailed' });
    };
    const writer = guardedWriter<WorkshopRecord, WorkshopContent>(
      env,
      {
        key: workshopKey(input.pack),
        writer: input.writer,
        revision: input.revision,
        parse: (text) => parseWorkshopRecord(text, input.pack.id, input.pack.version),
        stampOf: (record) => ({ revision: record.revision ?? 0, writer: record.writer }),
        holds: holdsWorkshop,
        contentOf: workshopContent,
        stamp: (content, stamp) => ({ ...content, savedAt: now().toISOString(), revision: stamp.revision, writer: stamp.writer }),
        isBlank: isBlankWorkshop,
      },
      notify,
    );
    receive((event) => {
      if (event.type === 'save') writer.save(event.record);
      else if (event.type === 'keep') writer.keep({ revision: event.revision, writer: event.writer }, event.record);
      else writer.adopt({ revision: event.revision, writer: event.writer });
    });
    return writer.stop;
  });
}

/** A share link read by the worker, and the label its participant gets when the answers carry no name. */
type ReadLink = { read: SharedLinkRead; fallbackLabel: string };

/** The window's `storage` events and Web Locks, where there is a window. */
export const browserTabs = (): Omit<GuardedEnvironment, 'storage'> => ({ events: typeof window === 'undefined' ? undefined : window, lock: webLock() });

const contentOf = (context: WorkshopContext) =>
  workshopRecord(context.pack, { workshop: context.workshop, position: context.position, anonymous: context.anonymous, presenter: context.presenter });

const positionEntry = (position: Position) => [{ type: 'setPosition', params: { position } } as const, 'save' as const];

/**
 * The facilitator's journey: setup → participants → overview → agenda / presenter → agreed, with
 * the PDF export as a parallel region. Context holds the workshop (the file of DESIGN.md), the
 * aggregate and the consensus derived from it; every change is autosaved.
 */
export const workshopMachine = setup({
  types: {} as { context: WorkshopContext; events: WorkshopEvent; input: WorkshopInput },
  guards: {
    isHandoff: ({ event }) => event.type === 'participants.addTurn' && event.handoff === true,
    hasParticipants: ({ context }) => context.workshop.participants.length > 0,
    hasAgenda: ({ context }) => context.aggregate.agenda.length > 0,
    /** A step that needs participants has none: only after another tab's workshop (without them) was loaded. */
    hasNoParticipants: ({ context }) => context.workshop.participants.length === 0,
    hasNextItem: ({ context }) => context.presenter.index < context.aggregate.agenda.length - 1,
    hasPreviousItem: ({ context }) => context.presenter.index > 0,
    /** Just recorded, and an item is still open: "next" leads there. */
    hasOpenItemAfterRecord: ({ context }) => context.presenter.recorded === true && context.aggregate.agenda.some((item) => !item.agreed),
    hasAgreedUndo: ({ context }) => context.agreedUndo.length > 0,
    /** The timer's time is saved every 15 seconds (and whenever the item changes). */
    isSaveTick: ({ context }) => {
      const question = context.aggregate.agenda[context.presenter.index]?.question;
      const item = question === undefined ? undefined : context.workshop.items?.[question];
      return ((item?.seconds ?? 0) + 1) % 15 === 0;
    },
    isSavedPosition: ({ context }, params: { position: Position }) => context.position === params.position,
  },
  actions: {
    setPosition: assign((_, params: { position: Position }) => ({ position: params.position })),
    /** Nothing is written while another tab's newer workshop waits for the facilitator's choice. */
    save: enqueueActions(({ context, enqueue }) => {
      if (!context.newer) enqueue.sendTo('autosave', { type: 'save', record: contentOf(context) } satisfies WorkshopAutosaveEvent);
    }),
    rememberNewer: assign((_, params: { record: WorkshopRecord }) => ({ newer: params.record })),
    keepMine: enqueueActions(({ context, enqueue }) => {
      const newer = context.newer;
      if (!newer) return;
      enqueue.sendTo('autosave', { type: 'keep', revision: newer.revision ?? 0, writer: newer.writer, record: contentOf(context) } satisfies WorkshopAutosaveEvent);
      enqueue.assign({ newer: null });
    }),
    /**
     * The newer record replaces this tab's workshop, checked against the pack like any saved
     * workshop; this tab stays on its step (and presenter mode on its question, its timer running
     * on): see `withNewerWorkshop`. A step the loaded workshop lacks is left by its `always` guard.
     */
    loadNewer: enqueueActions(({ context, enqueue }, params: { presenting: boolean }) => {
      const newer = context.newer;
      if (!newer) return;
      enqueue.sendTo('autosave', { type: 'adopt', revision: newer.revision ?? 0, writer: newer.writer } satisfies WorkshopAutosaveEvent);
      const checked = checkWorkshop(context.pack, newer.workshop, 'saved');
      if (!checked.ok) {
        enqueue.assign({ newer: null, revision: newer.revision ?? 0, report: { entries: [], workshopProblem: checked.problem } });
        return;
      }
      const problems = checked.entries.some((e) => e.problems.length > 0 || e.status === 'refused') || checked.agreedProblems.length > 0;
      enqueue.assign({
        ...withNewerWorkshop(context, checked.workshop, newer.presenter, params.presenting),
        anonymous: newer.anonymous,
        revision: newer.revision ?? 0,
        report: problems ? { entries: checked.entries, agreedProblems: checked.agreedProblems } : null,
        agreedUndo: [],
        removed: null,
        newer: null,
      });
    }),
    storeSetup: assign(({ context }, params: { title: string; date: string; notes: string }) => {
      const { notes: _old, ...rest } = context.workshop;
      const notes = params.notes.trim();
      return { workshop: { ...rest, title: params.title.trim(), date: params.date, ...(notes ? { notes } : {}) } };
    }),
    importFiles: assign(({ context }, params: { files: CheckedFile[] }) =>
      withImported(context, importCheckedFiles(context.pack, context.workshop.participants, params.files)),
    ),
    reportReadFailure: assign({ report: { entries: [{ sourceKind: 'file', source: '', status: 'refused', problems: [], sourceProblem: 'unreadable-file' }] } }),
    importLink: assign(({ context }, params: ReadLink) => withImported(context, importSharedLink(context.pack, context.workshop.participants, params.read, params.fallbackLabel))),
    /** The worker and the reading in place both failed: the link is refused as one that cannot be read, never half-added. */
    reportLinkFailure: assign({ report: { entries: [{ sourceKind: 'link', source: '', status: 'refused', problems: [], sourceProblem: 'not-decodable' }] } }),
    importTurn: assign(({ context }, params: PendingTurn) => withImported(context, importTurn(context.pack, context.workshop.participants, params))),
    /** Answers handed over were added and saved: the host (the app machine) is told, and forgets them. */
    turnAdded: enqueueActions(({ context, enqueue }) => {
      if (context.host) enqueue.sendTo(context.host, { type: 'turn.consumed' });
    }),
    removeParticipant: assign(({ context }, params: { id: string }) => {
      const index = context.workshop.participants.findIndex((p) => p.id === params.id);
      const participant = context.workshop.participants[index];
      if (!participant) return {};
      return { ...withParticipants(context, context.workshop.participants.filter((p) => p.id !== params.id)), removed: { participant, index } };
    }),
    undoRemove: assign(({ context }) => {
      if (!context.removed) return {};
      const participants = [...context.workshop.participants];
      const { participant, index } = context.removed;
      const id = participants.some((p) => p.id === participant.id) ? nextParticipantId(participants) : participant.id;
      participants.splice(Math.min(index, participants.length), 0, { ...participant, id });
      return { ...withParticipants(context, participants), removed: null };
    }),
    forgetRemoved: assign({ removed: null }),
    renameParticipant: assign(({ context }, params: { id: string; label: string }) => {
      const label = params.label.replace(/\s+/g, ' ').trim().slice(0, 200);
      if (!label) return {};
      return withParticipants(context, context.workshop.participants.map((p) => (p.id === params.id ? { ...p, label } : p)));
    }),
    dismissReport: assign({ report: null }),
    setNamesInPdf: assign((_, params: { names: boolean }) => ({ namesInPdf: params.names })),
    setAnonymous: assign((_, params: { anonymous: boolean }) => ({ anonymous: params.anonymous })),
    showItem: assign(({ context }, params: { index: number }) => ({
      presenter: { index: Math.min(Math.max(0, params.index), Math.max(0, context.aggregate.agenda.length - 1)), revealed: false },
    })),
    stepItem: assign(({ context }, params: { by: number }) => ({ presenter: { index: context.presenter.index + params.by, revealed: false } })),
    showFirstOpenItem: assign(({ context }) => ({ presenter: { index: Math.max(0, context.aggregate.agenda.findIndex((item) => !item.agreed)), revealed: false } })),
    markRecorded: assign(({ context }) => ({ presenter: { ...context.presenter, recorded: true } })),
    tickItem: assign(({ context }) => {
      const question = context.aggregate.agenda[context.presenter.index]?.question;
      return question === undefined ? {} : { workshop: withItem(context.workshop, question, { addSeconds: 1 }) };
    }),
    storeItemNotes: assign(({ context }, params: { question: string; notes: string }) => ({ workshop: withItem(context.workshop, params.question, { notes: params.notes }) })),
    setReplacing: assign((_, params: { id: string }) => ({ replacing: params.id })),
    replaceParticipant: assign(({ context }, params: { files: CheckedFile[] }) => {
      const file = params.files[0];
      if (!file || context.replacing === null) return { replacing: null };
      return { ...withImported(context, replaceAnswers(context.pack, context.workshop.participants, context.replacing, file)), replacing: null };
    }),
    reveal: assign(({ context }) => ({ presenter: { ...context.presenter, revealed: true } })),
    recordAgreed: assign(({ context }, params: { question: string; value: AnswerValue | undefined }) =>
      withAgreedChange(
        context,
        withAgreed(context.workshop.agreed.answers, params.question, params.value),
        { kind: params.value === undefined ? 'clear' : 'record', question: params.question },
        (context.workshop.agreed.unanimous ?? []).filter((q) => q !== params.question),
      ),
    ),
    adoptUnanimous: assign(({ context }) => {
      const adopted = unanimousAnswers(context);
      const questions = Object.keys(adopted);
      return withAgreedChange(context, { ...context.workshop.agreed.answers, ...adopted }, { kind: 'adopt', count: questions.length }, [
        ...(context.workshop.agreed.unanimous ?? []),
        ...questions,
      ]);
    }),
    undoAgreed: assign(({ context }) => withAgreedUndone(context)),
    openWorkshop: assign(({ context }, params: { opened: OpenedWorkshop }) => {
      const { checked, derived } = params.opened;
      if (!checked.ok) return { report: { entries: [], workshopProblem: checked.problem } };
      return { ...withWorkshop(context, checked.workshop, derived ?? undefined), report: { entries: checked.entries, agreedProblems: checked.agreedProblems }, agreedUndo: [] };
    }),
    refuseWorkshop: assign((_, params: { problem: WorkshopFileProblem }) => ({ report: { entries: [], workshopProblem: params.problem } })),
    newWorkshop: assign(({ context }, params: { today: string }) => {
      const workshop = emptyWorkshop(context.pack, params.today);
      return { ...withWorkshop(context, workshop), report: null, anonymous: false, agreedUndo: [] };
    }),
    dismissMovedAside: assign({ movedAside: null }),
    noteSaveFailed: assign({ saveFailed: true }),
    setExportLang: assign((_, params: { lang: Lang }) => ({ exportLang: params.lang, exportNotice: null })),
    storeExportNotice: assign((_, params: { replaced: string[] }) => ({ exportNotice: { replaced: params.replaced } })),
    clearExportNotice: assign({ exportNotice: null }),
  },
  actors: {
    /** This window's localStorage; the app machine provides the storage it was given (a memory store in tests). */
    autosave: createWorkshopAutosave({ storage: browserStorage, ...browserTabs() }),
    /** Presenter mode's timer: one `presenter.tick` a second while it runs (a fake clock in tests). */
    clock: fromCallback<EventObject>(({ sendBack }) => {
      const timer = setInterval(() => sendBack({ type: 'presenter.tick' }), 1000);
      return () => clearInterval(timer);
    }),
    /** Reads the files and checks them against the pack in a worker: files up to the cap never block the page. */
    readFiles: fromPromise<CheckedFile[], { pack: Pack; files: readonly File[] }>(async ({ input }) => {
      // A file over the cap is refused before it is read; the others are read and checked together.
      const toRead = input.files.filter((file) => answersFileTooLarge(file) === null);
      const texts = await Promise.all(toRead.map((file) => file.text()));
      const checks = await checkAnswersTextsOffThread(input.pack, texts);
      const checked = new Map(toRead.map((file, i) => [file, checks[i]]));
      return input.files.map((file): CheckedFile => {
        const tooLarge = answersFileTooLarge(file);
        if (tooLarge) return tooLarge;
        const check = checked.get(file);
        if (!check) throw new Error(`${file.name} was not checked`);
        return { name: file.name, check };
      });
    }),
    /** Unfolds a pasted share link and checks its answers in the share-link worker: the longest link never blocks the page. */
    readLink: fromPromise<ReadLink, { pack: Pack; text: string; fallbackLabel: string }>(async ({ input }) => ({
      read: await readSharedLinkOffThread(input.pack, shareLinkPayload(input.text)),
      fallbackLabel: input.fallbackLabel,
    })),
    /** Parses, checks and scores a workshop file in a worker: a file up to the cap (`MAX_WORKSHOP_BYTES`, checked before it is read) never blocks the page. */
    openFile: fromPromise<OpenedWorkshop, { pack: Pack; text: string }>(({ input }) => openWorkshopTextOffThread(input.pack, input.text)),
    exportPdf: fromPromise<WorkshopReportOutcome, WorkshopReportInput>(async ({ input }) =>
      (await import('@/report/io/workshop-download')).downloadWorkshopReport(input),
    ),
  },
}).createMachine({
  id: 'workshop',
  type: 'parallel',
  context: ({ input }) => initialContext(input, emptyWorkshop(input.pack, input.today)),
  invoke: { id: 'autosave', src: 'autosave', input: ({ context }) => ({ pack: context.pack, revision: context.revision, writer: context.writer }) },
  on: {
    'view.anonymise': { actions: [{ type: 'setAnonymous', params: ({ event }) => ({ anonymous: event.anonymous }) }, 'save'] },
    'agreed.record': { actions: [{ type: 'recordAgreed', params: ({ event }) => ({ question: event.question, value: event.value }) }, 'save'] },
    'agreed.clear': { actions: [{ type: 'recordAgreed', params: ({ event }) => ({ question: event.question, value: undefined }) }, 'save'] },
    'agreed.adoptUnanimous': { actions: ['adoptUnanimous', 'save'] },
    'agreed.undo': { guard: 'hasAgreedUndo', actions: ['undoAgreed', 'save'] },
    'item.notes': { actions: [{ type: 'storeItemNotes', params: ({ event }) => ({ question: event.question, notes: event.notes }) }, 'save'] },
    'report.dismiss': { actions: 'dismissReport' },
    'workshop.refused': { actions: { type: 'refuseWorkshop', params: ({ event }) => ({ problem: event.problem }) } },
    'pdf.names': { actions: { type: 'setNamesInPdf', params: ({ event }) => ({ names: event.names }) } },
    'storage.dismiss': { actions: 'dismissMovedAside' },
    'storage.saveFailed': { actions: 'noteSaveFailed' },
    'storage.newer': { actions: { type: 'rememberNewer', params: ({ event }) => ({ record: event.record }) } },
    'storage.keepMine': { actions: 'keepMine' },
  },
  states: {
    view: {
      initial: 'resume',
      on: {
        'nav.setup': '.setup',
        'nav.participants': '.participants',
        'nav.overview': { guard: 'hasParticipants', target: '.overview' },
        'nav.agenda': { guard: 'hasParticipants', target: '.agenda' },
        'nav.agreed': { guard: 'hasParticipants', target: '.agreed' },
        'presenter.start': { guard: 'hasAgenda', target: '.presenter', actions: { type: 'showItem', params: ({ event }) => ({ index: event.index }) } },
        'participants.addTurn': [
          {
            guard: 'isHandoff',
            target: '.participants',
            actions: [{ type: 'importTurn', params: ({ event }) => ({ label: event.label, answers: event.answers, respondent: event.respondent }) }, 'save', 'turnAdded'],
          },
          {
            target: '.participants',
            actions: [{ type: 'importTurn', params: ({ event }) => ({ label: event.label, answers: event.answers, respondent: event.respondent }) }, 'save'],
          },
        ],
        'workshop.open': '.opening',
        /** No transition: this tab stays on its step (a step the loaded workshop lacks is left by its `always` guard). */
        'storage.loadNewer': { actions: { type: 'loadNewer', params: { presenting: false } } },
        'workshop.new': { target: '.setup', actions: [{ type: 'newWorkshop', params: ({ event }) => ({ today: event.today }) }, 'save'] },
      },
      states: {
        resume: {
          always: [
            { guard: { type: 'isSavedPosition', params: { position: 'participants' } }, target: 'participants' },
            { guard: { type: 'isSavedPosition', params: { position: 'overview' } }, target: 'overview' },
            { guard: { type: 'isSavedPosition', params: { position: 'agenda' } }, target: 'agenda' },
            { guard: { type: 'isSavedPosition', params: { position: 'presenter' } }, target: 'presenter' },
            { guard: { type: 'isSavedPosition', params: { position: 'agreed' } }, target: 'agreed' },
            { target: 'setup' },
          ],
        },
        /** A workshop file is parsed and checked (the setup screen stays, busy); then its participants show. */
        opening: {
          tags: ['busy'],
          invoke: {
            src: 'openFile',
            input: ({ context, event }) => ({ pack: context.pack, text: event.type === 'workshop.open' ? event.text : '' }),
            onDone: { target: 'participants', actions: [{ type: 'openWorkshop', params: ({ event }) => ({ opened: event.output }) }, 'save'] },
            onError: { target: 'setup', actions: 'reportReadFailure' },
          },
        },
        setup: {
          entry: positionEntry('setup'),
          on: {
            'setup.save': {
              target: 'participants',
              actions: [{ type: 'storeSetup', params: ({ event }) => ({ title: event.title, date: event.date, notes: event.notes }) }, 'save'],
            },
          },
        },
        participants: {
          entry: positionEntry('participants'),
          initial: 'idle',
          states: {
            idle: {
              on: {
                'participants.addFiles': 'reading',
                'participants.replace': { target: 'replacing', actions: { type: 'setReplacing', params: ({ event }) => ({ id: event.id }) } },
                'participants.addLink': 'readingLink',
                'participants.remove': { actions: [{ type: 'removeParticipant', params: ({ event }) => ({ id: event.id }) }, 'save'] },
                'participants.undoRemove': { actions: ['undoRemove', 'save'] },
                'participants.forgetRemoved': { actions: 'forgetRemoved' },
                'participants.rename': { actions: [{ type: 'renameParticipant', params: ({ event }) => ({ id: event.id, label: event.label }) }, 'save'] },
              },
            },
            replacing: {
              tags: ['busy'],
              invoke: {
                src: 'readFiles',
                input: ({ context, event }) => ({ pack: context.pack, files: event.type === 'participants.replace' ? [event.file] : [] }),
                onDone: {
                  target: 'idle',
                  actions: [{ type: 'replaceParticipant', params: ({ event }) => ({ files: event.output }) }, 'save'],
                },
                onError: { target: 'idle', actions: 'reportReadFailure' },
              },
            },
            /** A pasted share link is unfolded and checked off the main thread; then its participant is added, or why not is said. */
            readingLink: {
              tags: ['busy'],
              invoke: {
                src: 'readLink',
                input: ({ context, event }) =>
                  event.type === 'participants.addLink' ? { pack: context.pack, text: event.text, fallbackLabel: event.fallbackLabel } : { pack: context.pack, text: '', fallbackLabel: '' },
                onDone: { target: 'idle', actions: [{ type: 'importLink', params: ({ event }) => event.output }, 'save'] },
                onError: { target: 'idle', actions: 'reportLinkFailure' },
              },
            },
            reading: {
              tags: ['busy'],
              invoke: {
                src: 'readFiles',
                input: ({ context, event }) => ({ pack: context.pack, files: event.type === 'participants.addFiles' ? event.files : [] }),
                onDone: { target: 'idle', actions: [{ type: 'importFiles', params: ({ event }) => ({ files: event.output }) }, 'save'] },
                onError: { target: 'idle', actions: 'reportReadFailure' },
              },
            },
          },
        },
        overview: { entry: positionEntry('overview'), always: { guard: 'hasNoParticipants', target: 'participants' } },
        agenda: { entry: positionEntry('agenda'), always: { guard: 'hasNoParticipants', target: 'participants' } },
        presenter: {
          entry: positionEntry('presenter'),
          always: { guard: 'hasNoParticipants', target: 'participants' },
          initial: 'timing',
          states: {
            timing: {
              invoke: { src: 'clock' },
              on: {
                'timer.toggle': 'paused',
                'presenter.tick': [{ guard: 'isSaveTick', actions: ['tickItem', 'save'] }, { actions: 'tickItem' }],
              },
            },
            paused: { on: { 'timer.toggle': 'timing' } },
          },
          on: {
            'presenter.next': [
              { guard: 'hasOpenItemAfterRecord', actions: ['showFirstOpenItem', 'save'] },
              { guard: 'hasNextItem', actions: [{ type: 'stepItem', params: { by: 1 } }, 'save'] },
            ],
            'presenter.previous': { guard: 'hasPreviousItem', actions: [{ type: 'stepItem', params: { by: -1 } }, 'save'] },
            'presenter.reveal': { actions: ['reveal', 'save'] },
            /** The newer workshop loads under the presenter: the same question stays on screen and its timer runs on. */
            'storage.loadNewer': { actions: { type: 'loadNewer', params: { presenting: true } } },
            'presenter.exit': { target: 'agenda', actions: 'save' },
            'agreed.record': {
              actions: [{ type: 'recordAgreed', params: ({ event }) => ({ question: event.question, value: event.value }) }, 'markRecorded', 'save'],
            },
          },
        },
        agreed: { entry: positionEntry('agreed'), always: { guard: 'hasNoParticipants', target: 'participants' } },
      },
    },
    pdf: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'pdf.export': { target: 'exporting', actions: { type: 'setExportLang', params: ({ event }) => ({ lang: event.lang }) } } },
        },
        exporting: {
          tags: ['busy'],
          invoke: {
            src: 'exportPdf',
            input: ({ context }) => ({ pack: context.pack, workshop: context.workshop, lang: context.exportLang, anonymous: context.anonymous, namesInAgenda: context.namesInPdf }),
            onDone: { target: 'idle', actions: { type: 'storeExportNotice', params: ({ event }) => ({ replaced: event.output.replaced }) } },
            onError: 'failed',
          },
        },
        failed: {
          on: {
            'pdf.export': { target: 'exporting', actions: { type: 'setExportLang', params: ({ event }) => ({ lang: event.lang }) } },
            'pdf.dismiss': 'idle',
          },
        },
      },
    },
  },
});
