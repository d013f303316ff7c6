import type { PackRef } from '@/rules/pack/pack-schema';
import type { SessionContent } from './session-reading';
import { MAX_TEXT_ANSWER } from '@/rules/limits';
import { onceLoaded } from '@/lib/once-loaded';
import type { LoadedSession } from './session-reading';

/**
 * The record that keeps a session in the browser (DESIGN.md "Running, storage and privacy"):
 * `{version, pack, answers, position}` plus the respondent, the fields being edited, and a
 * revision with its writer so that two tabs never overwrite each other unseen. Its keys and writing
 * live here, free of zod; reading it (checked with zod/mini) is session-reading.ts, a chunk of its
 * own that the app fetches as it starts only when this browser holds Aperture records.
 */

export type { Draft, LoadedSession, Position, Screen, SessionContent, SessionRecord, UnreadableReason, UnreadableRecord } from './session-reading';

export const SESSION_VERSION = 1;

/** Where the user's answers to a pack are kept: one record per pack id and version. */
export function sessionKey(pack: PackRef): string {
  return `aperture.session.${pack.id}@${pack.version}`;
}

/** Where earlier builds kept them: one record per pack id, still read so that an upgrade loses nothing. */
export function legacySessionKey(packId: string): string {
  return `aperture.session.${packId}`;
}

/** Where the answers of a participant answering in turn on this device are kept, apart from the user's own. */
export function turnKey(packId: string): string {
  return `aperture.turn.${packId}`;
}

/**
 * The longest text a field being edited is stored with. A longer text stays in the box while the
 * page is open; the stored draft keeps its first `MAX_DRAFT_TEXT` characters, so the record always
 * fits its schema and the rest of it always loads.
 */
export const MAX_DRAFT_TEXT = MAX_TEXT_ANSWER;

/** A field's value as stored in the draft: text cut to `MAX_DRAFT_TEXT` (never inside a surrogate pair). */
export function storableDraftValue<T>(value: T): T | string {
  if (typeof value !== 'string' || value.length <= MAX_DRAFT_TEXT) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(MAX_DRAFT_TEXT - 1)) ? MAX_DRAFT_TEXT - 1 : MAX_DRAFT_TEXT;
  return value.slice(0, end);
}
type SessionReading = typeof import('./session-reading');
let reading: SessionReading | undefined;

/** Fetches the reading of stored sessions (once; a failed download is forgotten, so a later call tries again). */
export const loadSessionReading: () => Promise<SessionReading> = onceLoaded(() => import('./session-reading').then((module) => (reading = module)));

/** True once the reading of stored sessions has arrived. */
export const sessionReadingLoaded = (): boolean => reading !== undefined;

/**
 * Reads a stored record's text; never throws. Before the reading has arrived (the app waits for it
 * whenever anything is stored; a first visit fetches it once the first screen has been painted, and the autosave
 * holds its changes until then) no text can be read: should its download fail, the autosave writes
 * nothing over a stored record and says the answers were not saved, until the reading has arrived.
 */
export function parseSessionRecord(text: string): ReturnType<SessionReading['parseSessionRecord']> {
  if (reading) return reading.parseSessionRecord(text);
  // Its download failed (or is under way): fetched again, for the next save.
  void loadSessionReading().catch(() => undefined);
  return { ok: false, reason: 'invalid' };
}

/**
 * Reads the stored session of a pack (session-reading.ts `loadSession`). Before the reading has
 * arrived nothing is read: the app waits for it whenever this browser held records as it started,
 * and the autosave's two-tab check never writes over a record it has not read.
 */
export function loadSession(storage: Storage | undefined, pack: Parameters<SessionReading['loadSession']>[1], key?: string): LoadedSession {
  return reading ? reading.loadSession(storage, pack, key) : { problems: [], unreadable: [] };
}

/** Removes a record kept aside (or left under its own key), at the user's request. */
export function removeUnreadable(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage that throws here throws on every use: nothing more can be done.
  }
}

/** JSON with every object's keys sorted, so that the same content always gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** True when the stored record holds exactly this content, in any key order (so writing it would change nothing). */
export function holdsContent(record: SessionContent, content: SessionContent): boolean {
  const pick = (c: SessionContent) =>
    canonical([c.pack.id, c.pack.version, c.answers, c.position, c.respondent ?? null, c.draft ?? null, c.questions ?? null, c.asked ?? null]);
  return pick(record) === pick(content);
}
