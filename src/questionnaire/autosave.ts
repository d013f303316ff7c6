import { fromCallback } from 'xstate';
import type { PackRef } from '@/rules/pack-schema';
import { holdsContent, parseSessionRecord, sessionKey, SESSION_VERSION, type SessionContent, type SessionRecord } from './session-storage';

/**
 * The autosave actor: writes the session record on every change and watches other tabs. Before
 * each write it reads the stored revision; a newer record from another tab is never overwritten
 * unseen: the actor reports it instead and writes nothing until the user chooses.
 */

/** `key`: where to write (default: the user's own session of the pack version). */
export type AutosaveInput = { pack: PackRef; revision: number; writer: string; key?: string };

export type AutosaveEvent =
  | { type: 'save'; content: SessionContent }
  /** The user keeps their answers over the newer record: write them over it. */
  | { type: 'keep'; revision: number }
  /** The user loaded the newer record: carry on from its revision. */
  | { type: 'adopt'; revision: number };

export type AutosaveNotice = { type: 'storage.newer'; record: SessionRecord } | { type: 'storage.failed' } | { type: 'storage.saved' };

export type AutosaveEnvironment = {
  storage: () => Storage | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events: EventTarget | undefined;
  now: () => Date;
};

/** A session with nothing in it yet: not worth a record. */
function isBlank(content: SessionContent): boolean {
  return Object.keys(content.answers).length === 0 && content.position.screen === 'start' && !content.respondent && !content.draft;
}

export function createAutosave(env: AutosaveEnvironment) {
  return fromCallback<AutosaveEvent, AutosaveInput>(({ input, receive, sendBack }) => {
    const notify = (notice: AutosaveNotice) => sendBack(notice);
    const key = input.key ?? sessionKey(input.pack);
    let known = input.revision;
    let latest: SessionContent | undefined;

    const fromOtherTab = (record: SessionRecord) => record.revision > known && record.writer !== input.writer;

    const readStored = (storage: Storage): SessionRecord | undefined => {
      const text = storage.getItem(key);
      if (text === null) return undefined;
      const parsed = parseSessionRecord(text);
      return parsed.ok ? parsed.record : undefined;
    };

    const write = (content: SessionContent) => {
      const storage = env.storage();
      if (!storage) return notify({ type: 'storage.failed' });
      try {
        const stored = readStored(storage);
        if (stored && holdsContent(stored, content)) {
          known = Math.max(known, stored.revision);
          return;
        }
        if (stored && fromOtherTab(stored)) return notify({ type: 'storage.newer', record: stored });
        if (!stored && isBlank(content)) return;
        const revision = Math.max(known, stored?.revision ?? 0) + 1;
        const record: SessionRecord = {
          version: SESSION_VERSION,
          ...content,
          revision,
          savedAt: env.now().toISOString(),
          writer: input.writer,
        };
        storage.setItem(key, JSON.stringify(record));
        known = revision;
        notify({ type: 'storage.saved' });
      } catch {
        // Full or disabled storage: the user is told and can export the answers instead.
        notify({ type: 'storage.failed' });
      }
    };

    receive((event) => {
      switch (event.type) {
        case 'save':
          latest = event.content;
          write(event.content);
          break;
        case 'keep':
          known = Math.max(known, event.revision);
          if (latest) write(latest);
          break;
        case 'adopt':
          known = Math.max(known, event.revision);
          break;
      }
    });

    const onStorage = (event: Event) => {
      const { key: changed, newValue } = event as StorageEvent;
      if (changed !== key || newValue === null) return;
      const parsed = parseSessionRecord(newValue);
      if (!parsed.ok || !fromOtherTab(parsed.record)) return;
      if (latest && holdsContent(parsed.record, latest)) known = parsed.record.revision;
      else notify({ type: 'storage.newer', record: parsed.record });
    };
    env.events?.addEventListener('storage', onStorage);
    return () => env.events?.removeEventListener('storage', onStorage);
  });
}
