import { fromCallback } from 'xstate';
import type { PackRef } from '@/rules/pack/pack-schema';
import { guardedWriter, type GuardedEnvironment } from '@/lib/storage/guarded-writer';
import {
  holdsContent,
  loadSessionReading,
  parseSessionRecord,
  sessionKey,
  sessionReadingLoaded,
  SESSION_VERSION,
  type SessionContent,
  type SessionRecord,
} from './session-storage';

/**
 * The autosave actor: writes the session record on every change and watches other tabs, with the
 * two-tab protection of `guardedWriter` (a compare-and-set on the record's revision and writer,
 * under a cross-tab lock where there is one): nothing is ever overwritten unseen, and merely
 * opening a tab writes nothing.
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

export type { LockRunner } from '@/lib/storage/guarded-writer';

export type AutosaveEnvironment = GuardedEnvironment & { now: () => Date };

/** A session with nothing in it yet: not worth a record. */
function isBlank(content: SessionContent): boolean {
  return Object.keys(content.answers).length === 0 && content.position.screen === 'start' && !content.respondent && !content.draft;
}

export function createAutosave(env: AutosaveEnvironment) {
  return fromCallback<AutosaveEvent, AutosaveInput>(({ input, receive, sendBack }) => {
    const key = input.key ?? sessionKey(input.pack);
    const writer = guardedWriter<SessionRecord, SessionContent>(
      env,
      {
        key,
        writer: input.writer,
        revision: input.revision,
        parse: (text) => {
          const parsed = parseSessionRecord(text);
          return parsed.ok ? parsed.record : undefined;
        },
        stampOf: (record) => ({ revision: record.revision, writer: record.writer }),
        holds: holdsContent,
        contentOf: (record) => record,
        stamp: (content, stamp) => ({ version: SESSION_VERSION, ...content, revision: stamp.revision, savedAt: env.now().toISOString(), writer: stamp.writer }),
        isBlank,
      },
      (notice: AutosaveNotice) => sendBack(notice),
    );
    const apply = (event: AutosaveEvent) => {
      if (event.type === 'save') writer.save(event.content);
      else if (event.type === 'keep') writer.keep({ revision: event.revision, writer: event.writer });
      else writer.adopt({ revision: event.revision, writer: event.writer });
    };
    // Each write reads the stored record back first (two tabs), with the reading of records, which a
    // first visit fetches once its first screen has been painted (PackGate): changes made before it has
    // arrived wait for it, in order. Should its download fail, they go ahead and the writer says what it
    // could not save. A blank session while nothing is stored under the key (a first visit opening the
    // start screen) would write nothing: it waits for nothing, and the reading is not fetched before the
    // page has shown. Once a record is there (this tab or another wrote it), a blank session (the user
    // started over) waits like any change.
    let waiting: AutosaveEvent[] | undefined;
    let stopped = false;
    const flush = () => {
      const queued = waiting ?? [];
      waiting = undefined;
      if (!stopped) queued.forEach(apply);
    };
    const nothingStored = () => {
      try {
        const storage = env.storage();
        return storage !== undefined && storage.getItem(key) === null;
      } catch {
        return false;
      }
    };
    receive((event) => {
      if (waiting) waiting.push(event);
      else if (sessionReadingLoaded()) apply(event);
      else if (event.type === 'save' && isBlank(event.content) && nothingStored()) return;
      else {
        waiting = [event];
        loadSessionReading().then(flush, flush);
      }
    });
    return () => {
      stopped = true;
      writer.stop();
    };
  });
}
