import { describe, expect, it, vi } from 'vitest';
import { createActor, createMachine, sendTo, type AnyEventObject } from 'xstate';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { createAutosave, type AutosaveEvent, type AutosaveNotice, type LockRunner } from './autosave';
import { sessionKey, type SessionContent, type SessionRecord } from './session-storage';

const key = sessionKey({ id: 'ui-small', version: '1.0.0' });
const content = (answers: Record<string, string>): SessionContent => ({
  pack: { id: 'ui-small', version: '1.0.0' },
  answers,
  position: { screen: 'review' },
});

/** Runs the autosave actor under a parent that forwards `toAutosave` events and records what comes back (`lock`: the cross-tab lock, none by default). */
function run(storage: MemoryStorage, revision = 0, writer = 'me', create = createAutosave, lock?: LockRunner) {
  const events = new EventTarget();
  const notices: AutosaveNotice[] = [];
  let clock = 0;
  const autosave = create({ storage: () => storage, events, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)), lock });
  const parent = createMachine({
    invoke: { id: 'autosave', src: autosave, input: { pack: { id: 'ui-small', version: '1.0.0' }, revision, writer } },
    on: {
      toAutosave: { actions: sendTo('autosave', ({ event }: { event: AnyEventObject }) => event.payload as AutosaveEvent) },
      '*': { actions: ({ event }) => notices.push(event as AutosaveNotice) },
    },
  });
  const actor = createActor(parent).start();
  const send = (payload: AutosaveEvent) => actor.send({ type: 'toAutosave', payload });
  const stored = () => JSON.parse(storage.getItem(key) ?? 'null') as SessionRecord | null;
  const otherTab = (record: SessionRecord) => {
    const text = JSON.stringify(record);
    storage.setItem(key, text);
    events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: text }));
  };
  /** A storage event as another tab's write would raise it, without changing the storage (a write it overwrote). */
  const eventOnly = (record: SessionRecord) => events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: JSON.stringify(record) }));
  return { send, stored, notices, otherTab, eventOnly, events };
}

describe('autosave actor', () => {
  it('writes the versioned record with a new revision on every change', () => {
    const storage = new MemoryStorage();
    const { send, stored, notices } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    expect(stored()).toEqual({ version: 1, ...content({ a: 'x' }), revision: 1, savedAt: '2026-01-01T00:00:00.000Z', writer: 'me' });
    send({ type: 'save', content: content({ a: 'y' }) });
    expect(stored()?.revision).toBe(2);
    expect(notices).toEqual([{ type: 'storage.saved' }, { type: 'storage.saved' }]);
  });

  it('writes nothing when the stored record already holds the content', () => {
    const storage = new MemoryStorage();
    const { send, stored } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    send({ type: 'save', content: content({ a: 'x' }) });
    expect(stored()?.revision).toBe(1);
  });

  it('never overwrites newer answers from another tab unseen, and reports them', () => {
    const storage = new MemoryStorage();
    const { send, stored, notices, otherTab } = run(storage);
    send({ type: 'save', content: content({ a: 'mine' }) });
    const theirs: SessionRecord = { version: 1, ...content({ a: 'theirs' }), revision: 5, savedAt: '2026-01-02T00:00:00.000Z', writer: 'tab-2' };
    otherTab(theirs);
    expect(notices.at(-1)).toEqual({ type: 'storage.newer', record: theirs });
    send({ type: 'save', content: content({ a: 'mine, later' }) });
    expect(stored()?.answers).toEqual({ a: 'theirs' });
    expect(notices.at(-1)).toEqual({ type: 'storage.newer', record: theirs });
    send({ type: 'keep', revision: 5 });
    expect(stored()).toMatchObject({ answers: { a: 'mine, later' }, revision: 6, writer: 'me' });
  });

  it('carries on from the newer revision once the user loaded it', () => {
    const storage = new MemoryStorage();
    const { send, stored, otherTab } = run(storage);
    otherTab({ version: 1, ...content({ a: 'theirs' }), revision: 5, savedAt: '2026-01-02T00:00:00.000Z', writer: 'tab-2' });
    send({ type: 'adopt', revision: 5 });
    send({ type: 'save', content: content({ a: 'theirs, edited' }) });
    expect(stored()).toMatchObject({ answers: { a: 'theirs, edited' }, revision: 6 });
  });

  it('ignores storage events of other keys and of the same content', () => {
    const storage = new MemoryStorage();
    const { send, notices, otherTab } = run(storage);
    send({ type: 'save', content: content({ a: 'same' }) });
    otherTab({ version: 1, ...content({ a: 'same' }), revision: 7, savedAt: '2026-01-02T00:00:00.000Z', writer: 'tab-2' });
    expect(notices.filter((n) => n.type === 'storage.newer')).toEqual([]);
  });

  it('reports a failed write (full or disabled storage)', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const { send, notices } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    expect(notices).toEqual([{ type: 'storage.failed' }]);
  });
});

describe('autosave actor, first write', () => {
  it('writes no record for a session with nothing in it', () => {
    const storage = new MemoryStorage();
    const { send, stored } = run(storage);
    send({ type: 'save', content: { ...content({}), position: { screen: 'start' } } });
    expect(stored()).toBeNull();
  });
});

describe('autosave actor, two tabs', () => {
  const theirs = (answers: Record<string, string>, revision: number, writer = 'tab-2'): SessionRecord => ({
    version: 1,
    ...content(answers),
    revision,
    savedAt: '2026-01-02T00:00:00.000Z',
    writer,
  });

  it('reports another tab that wrote the same revision, even when this tab wrote last', () => {
    const storage = new MemoryStorage();
    const { send, notices, eventOnly } = run(storage);
    send({ type: 'save', content: content({ a: 'mine' }) });
    // The other tab wrote revision 1 too, a moment before this tab's write replaced it.
    eventOnly(theirs({ b: 'theirs' }, 1));
    expect(notices.at(-1)).toEqual({ type: 'storage.newer', record: theirs({ b: 'theirs' }, 1) });
  });

  it('never writes over a record of the same revision from another tab', () => {
    const storage = new MemoryStorage();
    const { send, stored, notices } = run(storage);
    storage.setItem(key, JSON.stringify(theirs({ b: 'theirs' }, 1)));
    send({ type: 'save', content: content({ a: 'mine' }) });
    expect(stored()?.answers).toEqual({ b: 'theirs' });
    expect(notices.at(-1)?.type).toBe('storage.newer');
  });

  it('lets a second tab open a session without writing it or alarming the first', () => {
    const storage = new MemoryStorage();
    const first = run(storage);
    first.send({ type: 'save', content: content({ a: 'x' }) });
    const loaded = first.stored();
    if (!loaded) throw new Error('no record');
    const second = run(storage, loaded.revision, 'tab-2');
    // The second tab resumes at the same place: the same content in another key order writes nothing.
    second.send({ type: 'save', content: { position: { screen: 'review' }, answers: { a: 'x' }, pack: { id: 'ui-small', version: '1.0.0' } } });
    expect(first.stored()).toEqual(loaded);
    first.send({ type: 'save', content: content({ a: 'y' }) });
    expect(first.stored()).toMatchObject({ answers: { a: 'y' }, writer: 'me' });
    expect(first.notices.filter((n) => n.type === 'storage.newer')).toEqual([]);
  });

  it('carries on over a record another tab rewrote with the same answers', () => {
    const storage = new MemoryStorage();
    const { send, stored, notices, otherTab } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    otherTab(theirs({ a: 'x' }, 2));
    send({ type: 'save', content: content({ a: 'y' }) });
    expect(stored()).toMatchObject({ answers: { a: 'y' }, revision: 3, writer: 'me' });
    expect(notices.filter((n) => n.type === 'storage.newer')).toEqual([]);
  });

  it('ignores a late event of a record older than the one it is based on', () => {
    const storage = new MemoryStorage();
    const { send, notices, eventOnly } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    send({ type: 'save', content: content({ a: 'y' }) });
    eventOnly(theirs({ a: 'old' }, 1, 'tab-2'));
    expect(notices.filter((n) => n.type === 'storage.newer')).toEqual([]);
  });

  it('never writes over a record it cannot read, and says the answers are not saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{broken');
    const { send, notices } = run(storage);
    send({ type: 'save', content: content({ a: 'x' }) });
    expect(storage.getItem(key)).toBe('{broken');
    expect(notices).toEqual([{ type: 'storage.failed' }]);
  });

  it('runs each write inside the cross-tab lock, one after another', async () => {
    const storage = new MemoryStorage();
    const held: string[] = [];
    let inside = 0;
    const lock = async (name: string, task: () => void) => {
      await Promise.resolve();
      inside += 1;
      held.push(name);
      expect(inside).toBe(1);
      task();
      inside -= 1;
    };
    const { send } = run(storage, 0, 'me', createAutosave, lock);
    send({ type: 'save', content: content({ a: '1' }) });
    send({ type: 'save', content: content({ a: '2' }) });
    expect(storage.getItem(key)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held).toEqual([`aperture.lock.${key}`, `aperture.lock.${key}`]);
    // The first write the lock lets through stores the latest content; the second has nothing left to write.
    expect(JSON.parse(storage.getItem(key) ?? 'null')).toMatchObject({ answers: { a: '2' }, revision: 1 });
  });

  it('writes a change still waiting for the lock when the page goes away, and never twice', async () => {
    const storage = new MemoryStorage();
    let grant: () => void = () => undefined;
    const lock = (_name: string, task: () => void) => new Promise<void>((done) => (grant = () => done(task())));
    const { send, events, notices } = run(storage, 0, 'me', createAutosave, lock);
    send({ type: 'save', content: content({ a: '1' }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.getItem(key)).toBeNull();
    // A reload or a closed tab: the lock cannot be waited for any more.
    events.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.getItem(key) ?? 'null')).toMatchObject({ answers: { a: '1' }, revision: 1 });
    // The page came back (the back-forward cache): the lock's turn finds nothing left to write.
    grant();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(storage.getItem(key) ?? 'null')).toMatchObject({ answers: { a: '1' }, revision: 1 });
    expect(notices).toEqual([{ type: 'storage.saved' }]);
  });
});

describe('autosave on a first visit, before the reading of records has arrived', () => {
  it('holds the changes until the reading has arrived, then saves each in order', async () => {
    // A module graph of its own, in which nothing has fetched the reading yet (the app fetches it once the first screen has been painted).
    vi.resetModules();
    const fresh = await import('./session-storage');
    const { createAutosave: create } = await import('./autosave');
    expect(fresh.sessionReadingLoaded()).toBe(false);
    const storage = new MemoryStorage();
    const { send, stored, notices } = run(storage, 0, 'me', create);
    send({ type: 'save', content: content({ a: 'x' }) });
    send({ type: 'save', content: content({ a: 'y' }) });
    // The second save reads back the first one's record: it could not have been read yet.
    await vi.waitFor(() => expect(stored()).toMatchObject({ answers: { a: 'y' }, revision: 2 }));
    expect(notices).toEqual([{ type: 'storage.saved' }, { type: 'storage.saved' }]);
  });

  it('neither waits nor fetches the reading for the start screen of a blank session, which writes nothing', async () => {
    vi.resetModules();
    const fresh = await import('./session-storage');
    const { createAutosave: create } = await import('./autosave');
    const storage = new MemoryStorage();
    const { send, stored, notices } = run(storage, 0, 'me', create);
    send({ type: 'save', content: { pack: { id: 'ui-small', version: '1.0.0' }, answers: {}, position: { screen: 'start' } } });
    await new Promise((done) => setTimeout(done, 20));
    expect(fresh.sessionReadingLoaded()).toBe(false);
    expect(stored()).toBeNull();
    expect(notices).toEqual([]);
    // The first change still waits for the reading, and is saved.
    send({ type: 'save', content: content({ a: 'x' }) });
    await vi.waitFor(() => expect(stored()).toMatchObject({ answers: { a: 'x' }, revision: 1 }));
    expect(fresh.sessionReadingLoaded()).toBe(true);
  });

  it('waits for the reading with a blank session once a record is stored under its key (the user started over, or another tab wrote)', async () => {
    vi.resetModules();
    const fresh = await import('./session-storage');
    const { createAutosave: create } = await import('./autosave');
    const storage = new MemoryStorage();
    const other = { version: 1, pack: { id: 'ui-small', version: '1.0.0' }, answers: { a: 'x' }, position: { screen: 'review' }, revision: 1, savedAt: '2026-01-01T00:00:00.000Z', writer: 'other' };
    storage.setItem(key, JSON.stringify(other));
    const { send, notices } = run(storage, 0, 'me', create);
    send({ type: 'save', content: { pack: { id: 'ui-small', version: '1.0.0' }, answers: {}, position: { screen: 'start' } } });
    await vi.waitFor(() => expect(notices).toEqual([{ type: 'storage.newer', record: other }]));
    expect(fresh.sessionReadingLoaded()).toBe(true);
  });
});
