import { fromCallback } from 'xstate';
import type { PackRef } from '@/rules/pack/pack-schema';
import { holdsContent, parseSessionRecord, sessionKey, SESSION_VERSION, type SessionContent, type SessionRecord } from './session-storage';

/**
 * The autosave actor: writes the session record on every change and watches other tabs. The
 * protocol is a compare-and-set on the record's stamp (revision and writer): a tab writes only over
 * the record it is based on (the one it last wrote, loaded or adopted) or over a record holding the
 * same answers; anything else came from another tab and is reported instead, and nothing is written
 * until the user chooses. Where the browser has the Web Locks API, each read-compare-write holds a
 * lock named after the record, so two tabs never interleave; a `storage` event showing that another
 * tab wrote past this tab's record (even at the same revision) is reported too, so no change is
 * ever overwritten unseen. Merely opening a tab writes nothing.
 */

/** `key`: where to write (default: the user's own session of the pack version). */
export type AutosaveInput = { pack: PackRef; revision: number; writer: string; key?: string };

export type AutosaveEvent =
  | { type: 'save'; content: SessionContent }
  /** The user keeps their answers over the newer record: write them over it. */
  | { type: 'keep'; revision: number; writer?: string | undefined }
  /** The user loaded the newer record: carry on from it. */
  | { type: 'adopt'; revision: number; writer?: string | undefined };

export type AutosaveNotice = { type: 'storage.newer'; record: SessionRecord } | { type: 'storage.failed' } | { type: 'storage.saved' };

/** Runs `task` while holding the lock `name` in every tab of this origin (navigator.locks.request). */
export type LockRunner = (name: string, task: () => void) => Promise<void>;

export type AutosaveEnvironment = {
  storage: () => Storage | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events: EventTarget | undefined;
  now: () => Date;
  /** Cross-tab lock; without one (tests, old browsers) each write runs at once. */
  lock?: LockRunner | undefined;
};

/** A session with nothing in it yet: not worth a record. */
function isBlank(content: SessionContent): boolean {
  return Object.keys(content.answers).length === 0 && content.position.screen === 'start' && !content.respondent && !content.draft;
}

type Stamp = { revision: number; writer: string | undefined };

const sameStamp = (a: Stamp, b: Stamp) => a.revision === b.revision && (a.writer === b.writer || b.writer === undefined);

export function createAutosave(env: AutosaveEnvironment) {
  return fromCallback<AutosaveEvent, AutosaveInput>(({ input, receive, sendBack }) => {
    const notify = (notice: AutosaveNotice) => sendBack(notice);
    const key = input.key ?? sessionKey(input.pack);
    /** The record this tab is based on, and what it holds. */
    let known: Stamp = { revision: input.revision, writer: undefined };
    let base: SessionContent | undefined;
    let latest: SessionContent | undefined;

    const read = (storage: Storage): { text: string | null; record?: SessionRecord } => {
      const text = storage.getItem(key);
      if (text === null) return { text };
      const parsed = parseSessionRecord(text);
      return parsed.ok ? { text, record: parsed.record } : { text };
    };

    const basedOn = (record: SessionRecord) => {
      known = { revision: record.revision, writer: record.writer };
      base = record;
    };

    // The record this tab loaded, if it is still the stored one.
    try {
      const storage = env.storage();
      const start = storage ? read(storage).record : undefined;
      if (start && start.revision === input.revision) basedOn(start);
    } catch {
      // Storage that throws is reported at the first write.
    }

    const write = (content: SessionContent) => {
      const storage = env.storage();
      if (!storage) return notify({ type: 'storage.failed' });
      try {
        const { text, record: stored } = read(storage);
        // A record that cannot be read stays where it is until the user has downloaded or removed it.
        if (text !== null && !stored) return notify({ type: 'storage.failed' });
        if (stored && holdsContent(stored, content)) return basedOn(stored);
        const moved = stored && !sameStamp({ revision: stored.revision, writer: stored.writer }, known) && !(base && holdsContent(stored, base));
        if (stored && moved) return notify({ type: 'storage.newer', record: stored });
        if (!stored && isBlank(content)) return;
        const revision = Math.max(known.revision, stored?.revision ?? 0) + 1;
        const record: SessionRecord = {
          version: SESSION_VERSION,
          ...content,
          revision,
          savedAt: env.now().toISOString(),
          writer: input.writer,
        };
        storage.setItem(key, JSON.stringify(record));
        basedOn(record);
        notify({ type: 'storage.saved' });
      } catch {
        // Full or disabled storage: the user is told and can export the answers instead.
        notify({ type: 'storage.failed' });
      }
    };

    /** Writes run one after another, each holding the cross-tab lock where there is one. */
    let queue: Promise<void> = Promise.resolve();
    const run = (task: () => void) => {
      if (!env.lock) return task();
      const lock = env.lock;
      queue = queue.then(() => lock(`aperture.lock.${key}`, task)).catch(task);
    };

    receive((event) => {
      switch (event.type) {
        case 'save': {
          latest = event.content;
          const content = event.content;
          run(() => write(content));
          break;
        }
        case 'keep':
          run(() => {
            known = { revision: event.revision, writer: event.writer };
            base = undefined;
            if (latest) write(latest);
          });
          break;
        case 'adopt':
          run(() => {
            known = { revision: event.revision, writer: event.writer };
            base = undefined;
          });
          break;
      }
    });

    const onStorage = (event: Event) => {
      const { key: changed, newValue } = event as StorageEvent;
      if (changed !== key || newValue === null) return;
      const parsed = parseSessionRecord(newValue);
      if (!parsed.ok || parsed.record.writer === input.writer) return;
      const record = parsed.record;
      if (record.revision < known.revision || sameStamp({ revision: record.revision, writer: record.writer }, known)) return;
      const mine = latest ?? base;
      if (mine && holdsContent(record, mine)) basedOn(record);
      else notify({ type: 'storage.newer', record });
    };
    env.events?.addEventListener('storage', onStorage);
    return () => env.events?.removeEventListener('storage', onStorage);
  });
}
