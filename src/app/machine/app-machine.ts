import { assign, fromCallback, sendTo, setup } from 'xstate';
import * as z from 'zod/mini';
import { labelledAnswersSchema, type Answers, type LabelledAnswers, type Respondent } from '@/rules/answers/answers-schema';

/**
 * Where the app is, above the questionnaire: the user's own questionnaire, the workshop, or a
 * participant answering in turn on this device. The questionnaire and workshop machines own what
 * happens inside each mode; this machine owns the mode and the hand-offs between them:
 *
 *   questionnaire ⇄ workshop ⇄ turn
 *
 * - A turn starts from the workshop (never while another is unfinished), can be left for the
 *   workshop with its answers kept ("paused": the workshop then shows it as unfinished, to resume,
 *   add as it is, or discard), and ends with `turn.finish`: the answers become `pendingTurn`.
 * - `pendingTurn` (a finished turn, or a share link added to the workshop) is handed to the
 *   workshop by one path for both: the workshop machine's `inbox` actor reads it when the
 *   workshop starts and whenever it changes, and the workshop says `turn.consumed` once it has
 *   added and saved the answers.
 * - Everything here is saved in localStorage (the injected `persist` actor) on every change, so a
 *   reload, a browser restart or a second tab finds the mode, an unfinished turn and a hand-off
 *   not yet taken. The turn's answers themselves live in the questionnaire's record under
 *   `turn.key`; `persist` removes them only once a finished or added turn is saved here.
 */

export const APP_MODES = ['questionnaire', 'workshop', 'turn'] as const;
export type AppMode = (typeof APP_MODES)[number];

/** Answers to add to the workshop: a turn taken on this device, or a share link opened. */
export type PendingTurn = LabelledAnswers;

/** A participant's turn on this device that is not finished: who, and where their answers are kept. */
export type TurnRecord = NonNullable<AppRecord['turn']>;

/** What the app keeps in storage (`aperture.app`): the mode, an unfinished turn, a hand-off not yet taken, a link read. */
export type AppRecord = Omit<z.infer<typeof recordSchema>, 'version'>;

/** `linkRead`: the link's payload has been read; only then is it kept for a reload (an unread payload is never stored). */
export type AppContext = AppRecord & { linkRead: boolean };

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
  | { type: 'link.done' };

/** What the persistence actor is told: save the record, or remove a turn's answers (after the record that holds them was saved). */
export type PersistEvent = { type: 'save'; record: AppRecord } | { type: 'forgetAnswers'; key: string };

export const APP_KEY = 'aperture.app';
export const APP_VERSION = 1;
const MAX_LINK = 200_000;

export const initialAppRecord: AppRecord = { mode: 'questionnaire', turn: null, pendingTurn: null, link: null };

const labelSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const recordSchema = z.strictObject({
  version: z.literal(APP_VERSION),
  mode: z.enum(APP_MODES),
  turn: z.nullable(z.strictObject({ label: labelSchema, key: z.string().check(z.minLength(1), z.maxLength(300)) })),
  pendingTurn: z.nullable(labelledAnswersSchema),
  link: z.nullable(z.string().check(z.maxLength(MAX_LINK))),
});

/** The saved record; anything unreadable starts on the questionnaire (a turn's answers stay in their own record). Never throws. */
export function readAppRecord(storage: Storage | undefined): AppRecord {
  try {
    const text = storage?.getItem(APP_KEY);
    if (!text) return initialAppRecord;
    const parsed = recordSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return initialAppRecord;
    const { version: _version, ...record } = parsed.data;
    return record.mode === 'turn' && record.turn === null ? { ...record, mode: 'workshop' } : record;
  } catch {
    return initialAppRecord;
  }
}

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

const recordOf = (context: AppContext): AppRecord => ({ mode: context.mode, turn: context.turn, pendingTurn: context.pendingTurn, link: context.linkRead ? context.link : null });

export const appMachine = setup({
  types: {} as { context: AppContext; events: AppEvent; input: { record: AppRecord; link?: string | null } },
  guards: {
    canStartTurn: ({ context, event }) => context.turn === null && event.type === 'turn.start' && event.label.trim() !== '',
    hasTurn: ({ context }) => context.turn !== null,
    hasPending: ({ context }) => context.pendingTurn !== null,
    savedIn: ({ context }, params: { mode: AppMode }) => context.mode === params.mode,
  },
  actions: {
    setMode: assign((_, params: { mode: AppMode }) => ({ mode: params.mode })),
    save: sendTo('persist', ({ context }): PersistEvent => ({ type: 'save', record: recordOf(context) })),
    forgetTurnAnswers: sendTo('persist', (_, params: { key: string }): PersistEvent => ({ type: 'forgetAnswers', key: params.key })),
    startTurn: assign(({ event }) => (event.type === 'turn.start' ? { turn: { label: event.label.trim(), key: event.key } } : {})),
    handOver: assign((_, params: { turn: PendingTurn }) => ({ pendingTurn: params.turn })),
    clearTurn: assign({ turn: null }),
    clearPending: assign({ pendingTurn: null }),
    setLink: assign((_, params: { link: string | null }) => ({ link: params.link, linkRead: false })),
    markLinkRead: assign(({ context }) => ({ linkRead: context.link !== null })),
  },
  actors: {
    /** Replaced by `createAppPersistence(storage)` (see app-shell); by default nothing is saved. */
    persist: fromCallback<PersistEvent>(() => undefined),
  },
}).createMachine({
  id: 'app',
  context: ({ input }) => ({ ...input.record, link: input.link ?? input.record.link, linkRead: input.link === null || input.link === undefined ? input.record.link !== null : false }),
  invoke: { id: 'persist', src: 'persist' },
  initial: 'resume',
  on: {
    'turn.consumed': { actions: ['clearPending', 'save'] },
    'link.open': { actions: [{ type: 'setLink', params: ({ event }) => ({ link: event.payload }) }, 'save'] },
    'link.read': { actions: ['markLinkRead', 'save'] },
    'link.done': { actions: [{ type: 'setLink', params: { link: null } }, 'save'] },
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
      entry: [{ type: 'setMode', params: { mode: 'questionnaire' } }, 'save'],
      on: {
        'workshop.open': 'workshop',
        'link.addToWorkshop': { target: 'workshop', actions: [{ type: 'handOver', params: ({ event }) => ({ turn: event.turn }) }, { type: 'setLink', params: { link: null } }] },
        'link.useAsMine': { actions: [{ type: 'setLink', params: { link: null } }, 'save'] },
      },
    },
    workshop: {
      entry: [{ type: 'setMode', params: { mode: 'workshop' } }, 'save'],
      on: {
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
          ],
        },
        'turn.discard': {
          guard: 'hasTurn',
          actions: [{ type: 'forgetTurnAnswers', params: ({ context }) => ({ key: context.turn?.key ?? '' }) }, 'clearTurn', 'save'],
        },
        'link.addToWorkshop': { actions: [{ type: 'handOver', params: ({ event }) => ({ turn: event.turn }) }, { type: 'setLink', params: { link: null } }, 'save'] },
        'link.useAsMine': { target: 'questionnaire', actions: { type: 'setLink', params: { link: null } } },
      },
    },
    turn: {
      entry: [{ type: 'setMode', params: { mode: 'turn' } }, 'save'],
      on: {
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
 * The payload of a share link opened with the app (`#answers=…`, also mistyped `#answer=`), '' when
 * the fragment holds nothing (the user is told so), or null for any other address.
 */
export function sharedPayload(hash: string): string | null {
  return /^#answers?=/i.test(hash) ? hash.replace(/^#answers?=/i, '') : null;
}
