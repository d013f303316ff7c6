import { assign, enqueueActions, fromCallback, fromPromise, sendTo, setup, stopChild } from 'xstate';
import type { Answers, LabelledAnswers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { wholePack } from '@/lib/pack/pack-rules';
import { questionnaireMachine } from '@/questionnaire/machine/questionnaire-machine';
import type { WorkshopActor, workshopChild } from '@/workshop/workshop-screen';
import { bootSession, type Boot, type SessionSlot } from '../boot/boot';
import { APP_KEY, APP_VERSION, type AppMode, type AppRecord } from './app-record';

/**
 * Where the app is, above the questionnaire: the user's own questionnaire, the workshop, or a
 * participant answering in turn on this device. The questionnaire and workshop machines own what
 * happens inside each mode and run as this machine's children (`questionnaire` in the questionnaire
 * and turn states, `workshop` in the workshop state); this machine owns the mode, the active pack
 * and the hand-offs between them:
 *
 *   questionnaire ⇄ workshop ⇄ turn
 *
 * - Entering the questionnaire or a turn reads the stored session (the injected `bootQuestionnaire`
 *   action: the user's own, or the turn's under `turn.key`) and starts the questionnaire child with
 *   it. Entering the workshop loads the workshop's code and saved record (the injected
 *   `loadWorkshop` actor), then spawns the workshop child. A change of pack (`pack.use`) re-enters
 *   the state, so the child starts again from that pack's saved answers or workshop.
 * - A turn starts from the workshop (never while another is unfinished), can be left for the
 *   workshop with its answers kept ("paused": the workshop then shows it as unfinished, to resume,
 *   add as it is, or discard), and ends with `turn.finish`: the answers become `pendingTurn`.
 * - `pendingTurn` (a finished turn, or a share link added to the workshop) is handed to the
 *   workshop by one path for both: sent to the workshop child as `participants.addTurn` when the
 *   child starts and when a link is added while it runs; the workshop says `turn.consumed` (to
 *   its `host`, this machine) once it has added and saved the answers.
 * - Everything here is saved in localStorage (the injected `persist` actor) on every change, so a
 *   reload, a browser restart or a second tab finds the mode, an unfinished turn and a hand-off
 *   not yet taken. The turn's answers themselves live in the questionnaire's record under
 *   `turn.key`; `persist` removes them only once a finished or added turn is saved here.
 */

/** Answers to add to the workshop: a turn taken on this device, or a share link opened. */
export type PendingTurn = LabelledAnswers;

/** A participant's turn on this device that is not finished: who, and where their answers are kept. */
export type TurnRecord = NonNullable<AppRecord['turn']>;

/** `linkRead`: the link's payload has been read; only then is it kept for a reload (an unread payload is never stored). */
export type AppContext = AppRecord & {
  linkRead: boolean;
  /** The active rules pack, and the file it came from (null: the bundled pack). */
  pack: Pack;
  packFile: string | null;
  /** What the questionnaire child started from: the stored answers, and what could not be carried over. */
  session: Boot;
  /** The workshop child, once its code and record are loaded. */
  workshop: WorkshopActor | null;
  /** The workshop's code could not be loaded (offline before it was cached). */
  workshopFailed: boolean;
};

export type AppInput = { record: AppRecord; link?: string | null; pack: Pack; packFile?: string | null };

/** The workshop machine of a pack with its input (its saved record, read by the loader). */
export type WorkshopChild = ReturnType<typeof workshopChild>;

export type AppEvent =
  | { type: 'workshop.open' }
  | { type: 'workshop.exit' }
  | { type: 'turn.start'; label: string; key: string }
  | { type: 'turn.pause' }
  | { type: 'turn.resume' }
  | { type: 'turn.finish'; answers: Answers; respondent?: Respondent | undefined }
  | { type: 'turn.addAsIs'; answers: Answers; respondent?: Respondent | undefined }
  | { type: 'turn.discard' }
  | { type: 'turn.consumed' }
  | { type: 'link.open'; payload: string }
  | { type: 'link.read' }
  | { type: 'link.addToWorkshop'; turn: PendingTurn }
  | { type: 'link.useAsMine' }
  | { type: 'link.done' }
  | { type: 'pack.use'; pack: Pack; file: string | null }
  /** The user removes a stored record that could not be read (it was moved aside at boot and offered for download). */
  | { type: 'unreadable.remove'; key: string };

/** What the persistence actor is told: save the record, or remove the record under `key` (a turn's answers once the record that held them was saved; an unreadable record the user removes). */
export type PersistEvent = { type: 'save'; record: AppRecord } | { type: 'remove'; key: string };

/** The persistence of the app record in `storage` (localStorage in the app, a memory store in tests). */
export function createAppPersistence(storage: Storage | undefined) {
  return fromCallback<PersistEvent>(({ receive }) => {
    receive((event) => {
      try {
        if (event.type === 'save') storage?.setItem(APP_KEY, JSON.stringify({ version: APP_VERSION, ...event.record }));
        else storage?.removeItem(event.key);
      } catch {
        // Full or disabled storage: the app keeps working in this tab; a reload starts on the questionnaire.
      }
    });
  });
}

/** The workshop's code: its own chunk in the app (see workshop-mode), the module itself in tests. */
export type WorkshopCode = () => Promise<{ workshopChild: typeof workshopChild }>;

/** Loads the workshop's code and reads its saved record in `storage` (none: a new workshop, saved nowhere), once the pack holds its rules. */
export function createWorkshopLoader(code: WorkshopCode, storage: Storage | undefined) {
  return fromPromise<WorkshopChild, { pack: Pack }>(async ({ input }) => {
    const [{ workshopChild }, pack] = await Promise.all([code(), wholePack(input.pack)]);
    return workshopChild(pack, storage, new Date());
  });
}

/** Where a turn's answers are kept and whose they are. */
const turnSlot = (context: AppContext): SessionSlot => (context.turn ? { storageKey: context.turn.key, respondent: { name: context.turn.label } } : {});

const recordOf = (context: AppContext): AppRecord => ({ mode: context.mode, turn: context.turn, pendingTurn: context.pendingTurn, link: context.linkRead ? context.link : null });

export const appMachine = setup({
  types: {} as { context: AppContext; events: AppEvent; input: AppInput },
  guards: {
    canStartTurn: ({ context, event }) => context.turn === null && event.type === 'turn.start' && event.label.trim() !== '',
    hasTurn: ({ context }) => context.turn !== null,
    hasPending: ({ context }) => context.pendingTurn !== null,
    savedIn: ({ context }, params: { mode: AppMode }) => context.mode === params.mode,
    /** Another pack, or another version of it: the mode's child starts again with it (the same one keeps it running). */
    isOtherPack: ({ context, event }) => event.type === 'pack.use' && (event.pack.id !== context.pack.id || event.pack.version !== context.pack.version),
  },
  actions: {
    setMode: assign((_, params: { mode: AppMode }) => ({ mode: params.mode })),
    save: sendTo('persist', ({ context }): PersistEvent => ({ type: 'save', record: recordOf(context) })),
    forgetTurnAnswers: sendTo('persist', (_, params: { key: string }): PersistEvent => ({ type: 'remove', key: params.key })),
    removeUnreadable: enqueueActions(({ context, enqueue }, params: { key: string }) => {
      enqueue.sendTo('persist', { type: 'remove', key: params.key } satisfies PersistEvent);
      enqueue.assign({ session: { ...context.session, unreadable: context.session.unreadable.filter((r) => r.key !== params.key) } });
    }),
    startTurn: assign(({ event }) => (event.type === 'turn.start' ? { turn: { label: event.label.trim(), key: event.key } } : {})),
    handOver: assign((_, params: { turn: PendingTurn }) => ({ pendingTurn: params.turn })),
    clearTurn: assign({ turn: null }),
    clearPending: assign({ pendingTurn: null }),
    setLink: assign((_, params: { link: string | null }) => ({ link: params.link, linkRead: false })),
    markLinkRead: assign(({ context }) => ({ linkRead: context.link !== null })),
    usePack: assign((_, params: { pack: Pack; file: string | null }) => ({ pack: params.pack, packFile: params.file })),
    /** Reads the stored session for the questionnaire child; `appWithStorage` reads it from its storage, by default nothing stored is read. */
    bootQuestionnaire: assign(({ context }, params: { slot: SessionSlot }) => ({ session: bootSession(context.pack, params.slot, undefined) })),
    openWorkshop: assign(({ spawn, self }, params: WorkshopChild) => {
      // The workshop's logic arrives with its chunk, so it is spawned as given rather than named in `actors`.
      const spawnWorkshop = spawn as unknown as (logic: WorkshopChild['logic'], options: { id: 'workshop'; input: WorkshopChild['input'] }) => WorkshopActor;
      return { workshop: spawnWorkshop(params.logic, { id: 'workshop', input: { ...params.input, host: self } }), workshopFailed: false };
    }),
    failWorkshop: assign({ workshopFailed: true }),
    stopWorkshop: enqueueActions(({ enqueue }) => {
      enqueue(stopChild('workshop'));
      enqueue.assign({ workshop: null, workshopFailed: false });
    }),
    /** The one path of a hand-off into the workshop: the pending answers, to the workshop child. */
    deliverPending: enqueueActions(({ context, enqueue }) => {
      const turn = context.pendingTurn;
      if (turn && context.workshop) enqueue.sendTo(context.workshop, { type: 'participants.addTurn', label: turn.label, answers: turn.answers, respondent: turn.respondent, handoff: true });
    }),
  },
  actors: {
    /** Replaced by `createAppPersistence(storage)` (see `appWithStorage`); by default nothing is saved. */
    persist: fromCallback<PersistEvent>(() => undefined),
    questionnaire: questionnaireMachine,
    /** Replaced by `createWorkshopLoader(code, storage)` (see `appWithStorage`): the machine knows nothing of the workshop's chunk. */
    loadWorkshop: fromPromise<WorkshopChild, { pack: Pack }>(() => Promise.reject(new Error('No workshop loader was provided.'))),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({
    ...input.record,
    link: input.link ?? input.record.link,
    linkRead: input.link === null || input.link === undefined ? input.record.link !== null : false,
    pack: input.pack,
    packFile: input.packFile ?? null,
    session: bootSession(input.pack, {}, undefined),
    workshop: null,
    workshopFailed: false,
  }),
  invoke: { id: 'persist', src: 'persist' },
  initial: 'resume',
  on: {
    'turn.consumed': { actions: ['clearPending', 'save'] },
    'link.open': { actions: [{ type: 'setLink', params: ({ event }) => ({ link: event.payload }) }, 'save'] },
    'link.read': { actions: ['markLinkRead', 'save'] },
    'link.done': { actions: [{ type: 'setLink', params: { link: null } }, 'save'] },
    'unreadable.remove': { actions: { type: 'removeUnreadable', params: ({ event }) => ({ key: event.key }) } },
  },
  states: {
    resume: {
      always: [
        { guard: { type: 'savedIn', params: { mode: 'turn' } }, target: 'turn' },
        { guard: { type: 'savedIn', params: { mode: 'workshop' } }, target: 'workshop' },
        { guard: 'hasPending', target: 'workshop' },
        { target: 'questionnaire' },
      ],
    },
    questionnaire: {
      entry: [{ type: 'setMode', params: { mode: 'questionnaire' } }, 'save', { type: 'bootQuestionnaire', params: { slot: {} } }],
      invoke: { id: 'questionnaire', src: 'questionnaire', input: ({ context }) => context.session.input },
      on: {
        'pack.use': [
          { guard: 'isOtherPack', target: 'questionnaire', reenter: true, actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
          { actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
        ],
        'workshop.open': 'workshop',
        'link.addToWorkshop': { target: 'workshop', actions: [{ type: 'handOver', params: ({ event }) => ({ turn: event.turn }) }, { type: 'setLink', params: { link: null } }] },
        'link.useAsMine': { actions: [{ type: 'setLink', params: { link: null } }, 'save'] },
      },
    },
    workshop: {
      entry: [{ type: 'setMode', params: { mode: 'workshop' } }, 'save'],
      exit: 'stopWorkshop',
      invoke: {
        id: 'loadWorkshop',
        src: 'loadWorkshop',
        input: ({ context }) => ({ pack: context.pack }),
        onDone: { actions: [{ type: 'openWorkshop', params: ({ event }) => event.output }, 'deliverPending'] },
        onError: { actions: 'failWorkshop' },
      },
      on: {
        'pack.use': [
          { guard: 'isOtherPack', target: 'workshop', reenter: true, actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
          { actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
        ],
        'workshop.exit': 'questionnaire',
        'turn.start': { guard: 'canStartTurn', target: 'turn', actions: 'startTurn' },
        'turn.resume': { guard: 'hasTurn', target: 'turn' },
        'turn.addAsIs': {
          guard: 'hasTurn',
          actions: [
            { type: 'handOver', params: ({ context, event }) => ({ turn: { label: context.turn?.label ?? '', answers: event.answers, respondent: event.respondent } }) },
            'save',
            { type: 'forgetTurnAnswers', params: ({ context }) => ({ key: context.turn?.key ?? '' }) },
            'clearTurn',
            'save',
            'deliverPending',
          ],
        },
        'turn.discard': {
          guard: 'hasTurn',
          actions: [{ type: 'forgetTurnAnswers', params: ({ context }) => ({ key: context.turn?.key ?? '' }) }, 'clearTurn', 'save'],
        },
        'link.addToWorkshop': {
          actions: [{ type: 'handOver', params: ({ event }) => ({ turn: event.turn }) }, { type: 'setLink', params: { link: null } }, 'save', 'deliverPending'],
        },
        'link.useAsMine': { target: 'questionnaire', actions: { type: 'setLink', params: { link: null } } },
      },
    },
    turn: {
      entry: [{ type: 'setMode', params: { mode: 'turn' } }, 'save', { type: 'bootQuestionnaire', params: ({ context }) => ({ slot: turnSlot(context) }) }],
      invoke: { id: 'questionnaire', src: 'questionnaire', input: ({ context }) => context.session.input },
      on: {
        'pack.use': [
          { guard: 'isOtherPack', target: 'turn', reenter: true, actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
          { actions: { type: 'usePack', params: ({ event }) => ({ pack: event.pack, file: event.file }) } },
        ],
        'turn.pause': 'workshop',
        'turn.finish': {
          target: 'workshop',
          actions: [
            { type: 'handOver', params: ({ context, event }) => ({ turn: { label: context.turn?.label ?? '', answers: event.answers, respondent: event.respondent } }) },
            'save',
            { type: 'forgetTurnAnswers', params: ({ context }) => ({ key: context.turn?.key ?? '' }) },
            'clearTurn',
          ],
        },
      },
    },
  },
});

/**
 * The app machine reading and writing `storage` (localStorage in the app, a memory store in tests):
 * its own record, the questionnaire's stored session at boot, the workshop's record (with the
 * workshop's code from `workshopCode`). The
 * questionnaire child autosaves through its own `autosave` actor (provide `questionnaire` to change it).
 */
export function appWithStorage(storage: Storage | undefined, workshopCode: WorkshopCode) {
  return appMachine.provide({
    actors: { persist: createAppPersistence(storage), loadWorkshop: createWorkshopLoader(workshopCode, storage) },
    actions: { bootQuestionnaire: assign(({ context }, params: { slot: SessionSlot }) => ({ session: bootSession(context.pack, params.slot, storage) })) },
  });
}
