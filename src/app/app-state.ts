import { z } from 'zod';
import { answersSchema, respondentSchema, type Answers, type Respondent } from '@/rules/answers-schema';

/**
 * Where the app is, above the questionnaire: the user's own questionnaire, the workshop, or a
 * participant answering in turn on this device. The questionnaire machine still owns where the
 * user is inside a questionnaire; this is only the mode around it, kept in sessionStorage so that a
 * reload of the tab returns to it.
 */

export type AppMode = 'questionnaire' | 'workshop' | 'turn';

/** Answers to add to the workshop: a turn taken on this device, or a share link opened. */
export type PendingTurn = { label: string; answers: Answers; respondent?: Respondent };

export type AppState = {
  mode: AppMode;
  /** Who is answering, in turn mode. */
  turnLabel: string | null;
  /** Handed to the workshop, which adds them and says so (then `turn.consumed`). */
  pendingTurn: PendingTurn | null;
  /** A share link's payload opened with the app, waiting for the user's choice. */
  link: string | null;
  /** True once the link has been read: only then is it kept for a reload (an unread payload is never stored). */
  linkRead?: boolean;
};

export type AppEvent =
  | { type: 'workshop.open' }
  | { type: 'workshop.exit' }
  | { type: 'turn.start'; label: string }
  | { type: 'turn.finish'; answers: Answers; respondent?: Respondent | undefined }
  | { type: 'turn.cancel' }
  | { type: 'turn.consumed' }
  | { type: 'link.open'; payload: string }
  | { type: 'link.read' }
  | { type: 'link.addToWorkshop'; turn: PendingTurn }
  | { type: 'link.useAsMine' }
  | { type: 'link.done' };

export const initialAppState: AppState = { mode: 'questionnaire', turnLabel: null, pendingTurn: null, link: null };

/** The app's modes; pure. A participant's turn can only start from, and returns to, the workshop. */
export function appReducer(state: AppState, event: AppEvent): AppState {
  switch (event.type) {
    case 'workshop.open':
      return state.mode === 'questionnaire' ? { ...state, mode: 'workshop' } : state;
    case 'workshop.exit':
      return state.mode === 'workshop' ? { ...state, mode: 'questionnaire' } : state;
    case 'turn.start':
      return state.mode === 'workshop' && event.label.trim() !== '' ? { ...state, mode: 'turn', turnLabel: event.label.trim() } : state;
    case 'turn.finish':
      if (state.mode !== 'turn' || state.turnLabel === null) return state;
      return {
        ...state,
        mode: 'workshop',
        turnLabel: null,
        pendingTurn: { label: state.turnLabel, answers: event.answers, ...(event.respondent ? { respondent: event.respondent } : {}) },
      };
    case 'turn.cancel':
      return state.mode === 'turn' ? { ...state, mode: 'workshop', turnLabel: null } : state;
    case 'turn.consumed':
      return { ...state, pendingTurn: null };
    case 'link.open':
      return { ...state, link: event.payload, linkRead: false };
    case 'link.read':
      return state.link === null || state.linkRead === true ? state : { ...state, linkRead: true };
    case 'link.addToWorkshop':
      return state.mode === 'turn' ? state : { ...state, mode: 'workshop', pendingTurn: event.turn, link: null, linkRead: false };
    case 'link.useAsMine':
      return state.mode === 'turn' ? state : { ...state, mode: 'questionnaire' };
    case 'link.done':
      return { ...state, link: null, linkRead: false };
  }
}

const STATE_KEY = 'aperture.app';

const appStateSchema = z.strictObject({
  mode: z.enum(['questionnaire', 'workshop', 'turn']),
  turnLabel: z.string().min(1).max(200).nullable(),
  pendingTurn: z.strictObject({ label: z.string().min(1).max(200), answers: answersSchema, respondent: respondentSchema.optional() }).nullable(),
  link: z.string().max(200_000).nullable(),
  linkRead: z.boolean().optional(),
});

/** The tab's saved mode; anything unreadable (or a turn without a name) starts on the questionnaire. Never throws. */
export function readAppState(storage: Storage | undefined): AppState {
  try {
    const text = storage?.getItem(STATE_KEY);
    if (!text) return initialAppState;
    const parsed = appStateSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return initialAppState;
    const state = parsed.data as AppState;
    return state.mode === 'turn' && state.turnLabel === null ? { ...state, mode: 'workshop' } : state;
  } catch {
    return initialAppState;
  }
}

/** Saves the tab's mode; a share link is kept only once it has been read, so that no reload re-reads an unread payload. */
export function writeAppState(storage: Storage | undefined, state: AppState): void {
  try {
    const kept = state.linkRead === true ? state : { ...state, link: null, linkRead: false };
    storage?.setItem(STATE_KEY, JSON.stringify(kept));
  } catch {
    // A tab without sessionStorage simply starts on the questionnaire after a reload.
  }
}

/** This tab's sessionStorage, or undefined where it is disabled. */
export function tabStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** The payload of a share link opened with the app (`#answers=…`), or null. */
export function sharedPayload(hash: string): string | null {
  const prefix = '#answers=';
  return hash.startsWith(prefix) && hash.length > prefix.length ? hash.slice(prefix.length) : null;
}
