import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, waitFor, type EventObject } from 'xstate';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { testPack, testWorkshop } from '@test/support/workshop-pack';
import { createWorkshopAutosave, workshopMachine } from './workshop-machine';
import { readWorkshopRecord, workshopKey, type WorkshopRecord } from './workshop-storage';

const key = workshopKey(testPack);

/**
 * Tabs of one origin sharing one storage: each has its own window (an EventTarget), and a write by
 * one tab raises a `storage` event in every other tab, as browsers do. `writes` counts the writes.
 */
function browser(options: { events?: boolean } = {}) {
  const storage = new MemoryStorage();
  const windows: EventTarget[] = [];
  const writes: string[] = [];
  /** Presenter timers started and stopped, in every tab. */
  const timers = { started: 0, stopped: 0 };
  let clock = 0;

  function open(writer: string) {
    const own = new EventTarget();
    windows.push(own);
    const shared: Pick<Storage, 'getItem' | 'setItem'> = {
      getItem: (k) => storage.getItem(k),
      setItem: (k, value) => {
        storage.setItem(k, value);
        writes.push(writer);
        if (options.events === false) return;
        for (const other of windows.filter((w) => w !== own)) other.dispatchEvent(Object.assign(new Event('storage'), { key: k, newValue: value }));
      },
    };
    const autosave = createWorkshopAutosave({ storage: () => shared, events: own }, () => new Date(Date.UTC(2026, 10, 28, 10, 0, clock++)));
    const timer = fromCallback<EventObject>(() => {
      timers.started += 1;
      return () => void (timers.stopped += 1);
    });
    const machine = workshopMachine.provide({ actors: { autosave, clock: timer } });
    // What the screen reads when a tab opens: the saved workshop and its revision.
    const { record } = readWorkshopRecord(storage, testPack, 'stamp');
    const saved = record ? { workshop: record.workshop, position: record.position, anonymous: record.anonymous, presenter: record.presenter } : null;
    return createActor(machine, { input: { pack: testPack, today: '2026-11-28', saved, revision: record?.revision ?? 0, writer } }).start();
  }

  const stored = () => JSON.parse(storage.getItem(key) ?? 'null') as WorkshopRecord | null;
  /** A first tab opens the workshop file `workshop` (checked asynchronously) and saves it. */
  const seed = async (workshop: unknown) => {
    const first = open('first');
    first.send({ type: 'workshop.open', text: JSON.stringify(workshop) });
    await waitFor(first, (s) => s.matches({ view: 'participants' }));
    return first;
  };
  return { open, stored, writes, storage, seed, timers };
}

/** The room saved by a first tab, then open in tabs `a` and `b`; `r0` is its stored revision. */
async function twoTabs(options: { events?: boolean } = {}) {
  const tabs = browser(options);
  await tabs.seed(room);
  const r0 = tabs.stored()?.revision ?? 0;
  return { tabs, r0, a: tabs.open('a'), b: tabs.open('b') };
}

const room = testWorkshop([
  ['Aiko', { 'q.level': 'low' }],
  ['Ben', { 'q.level': 'high' }],
]);

describe('workshop autosave in two tabs', () => {
  it('writes nothing when a workshop is merely opened, in a first tab or a second one', () => {
    const tabs = browser();
    tabs.open('first');
    expect(tabs.writes, 'a new, blank workshop').toEqual([]);
    const first = tabs.open('first');
    first.send({ type: 'setup.save', title: 'Board offsite', date: '2026-11-28', notes: '' });
    expect(tabs.stored()).toMatchObject({ writer: 'first', position: 'participants' });
    tabs.writes.length = 0;
    const second = tabs.open('second');
    expect(second.getSnapshot().context.workshop.title).toBe('Board offsite');
    expect(tabs.writes, 'the second tab opening').toEqual([]);
    expect(first.getSnapshot().context.newer, 'no notice either').toBeNull();
  });

  it('reports a newer workshop from another tab and writes nothing over it until asked (with storage events)', async () => {
    const { tabs, r0, a, b } = await twoTabs();
    a.send({ type: 'view.anonymise', anonymous: true });
    expect(tabs.stored()).toMatchObject({ revision: r0 + 1, writer: 'a', anonymous: true });
    expect(b.getSnapshot().context.newer).toMatchObject({ revision: r0 + 1, writer: 'a' });
    // B carries on meanwhile: its changes stay in the tab, the newer workshop stays stored.
    b.send({ type: 'setup.save', title: 'B edits', date: '2026-11-28', notes: '' });
    expect(tabs.stored()).toMatchObject({ revision: r0 + 1, writer: 'a', anonymous: true });
    expect(tabs.stored()?.workshop.title).not.toBe('B edits');
    expect(a.getSnapshot().context.newer).toBeNull();
  });

  it('never overwrites another tab unseen when no storage event arrives (compare-and-set)', async () => {
    const { tabs, r0, a, b } = await twoTabs({ events: false });
    a.send({ type: 'view.anonymise', anonymous: true });
    b.send({ type: 'agreed.record', question: 'q.level', value: 'mid' });
    expect(tabs.stored()).toMatchObject({ revision: r0 + 1, writer: 'a', anonymous: true });
    expect(tabs.stored()?.workshop.agreed.answers).toEqual({});
    expect(b.getSnapshot().context.newer).toMatchObject({ revision: r0 + 1, writer: 'a' });
    // Two tabs making the same change do not disagree.
    const c = browser({ events: false });
    await c.seed(room);
    const c0 = c.stored()?.revision ?? 0;
    const [x, y] = [c.open('x'), c.open('y')];
    x.send({ type: 'view.anonymise', anonymous: true });
    y.send({ type: 'view.anonymise', anonymous: true });
    expect(y.getSnapshot().context.newer).toBeNull();
    expect(c.stored()).toMatchObject({ revision: c0 + 1, writer: 'x' });
  });

  it('keeps this tab\'s workshop over the newer one when asked, and the other tab hears of it', async () => {
    const { tabs, r0, a, b } = await twoTabs();
    a.send({ type: 'view.anonymise', anonymous: true });
    b.send({ type: 'agreed.record', question: 'q.level', value: 'mid' });
    b.send({ type: 'storage.keepMine' });
    expect(b.getSnapshot().context.newer).toBeNull();
    expect(tabs.stored()).toMatchObject({ revision: r0 + 2, writer: 'b', anonymous: false });
    expect(tabs.stored()?.workshop.agreed.answers).toEqual({ 'q.level': 'mid' });
    expect(a.getSnapshot().context.newer, 'the first tab is told in turn').toMatchObject({ revision: r0 + 2, writer: 'b' });
    // B writes on as usual.
    b.send({ type: 'view.anonymise', anonymous: true });
    expect(tabs.stored()).toMatchObject({ revision: r0 + 3, writer: 'b', anonymous: true });
  });

  it('loads the newer workshop when asked, staying on this tab\'s step, and carries on from it', async () => {
    const { tabs, r0, a, b } = await twoTabs();
    a.send({ type: 'agreed.record', question: 'q.level', value: 'low' });
    a.send({ type: 'nav.agreed' });
    b.send({ type: 'view.anonymise', anonymous: true });
    const before = tabs.writes.length;
    b.send({ type: 'storage.loadNewer' });
    const context = b.getSnapshot().context;
    expect(context.newer).toBeNull();
    expect(context.workshop.agreed.answers).toEqual({ 'q.level': 'low' });
    expect(context.anonymous, 'its unsaved change gives way').toBe(false);
    expect(b.getSnapshot().matches({ view: 'participants' }), 'where this tab was, not where the other one is').toBe(true);
    expect(b.getSnapshot().context.position).toBe('participants');
    expect(tabs.writes.length, 'loading writes nothing').toBe(before);
    b.send({ type: 'agreed.record', question: 'q.level', value: 'high' });
    expect(tabs.stored()).toMatchObject({ writer: 'b', revision: r0 + 3 });
    expect(tabs.stored()?.workshop.agreed.answers).toEqual({ 'q.level': 'high' });
    expect(a.getSnapshot().context.newer).toMatchObject({ writer: 'b', revision: r0 + 3 });
  });

  it('loads the newer workshop under presenter mode: the same question, its timer runs on and its time never goes back', async () => {
    const tabs = browser();
    await tabs.seed(room);
    const b = tabs.open('b');
    b.send({ type: 'presenter.start', index: 0 });
    const question = b.getSnapshot().context.aggregate.agenda[0]?.question ?? '';
    expect(question).not.toBe('');
    for (let i = 0; i < 15; i += 1) b.send({ type: 'presenter.tick' });
    expect(tabs.stored()?.workshop.items?.[question]?.seconds, 'saved every 15 seconds').toBe(15);
    // Another tab opens the workshop (at the agenda), writes a note on the item, and goes to the agreed answers.
    const a = tabs.open('a');
    a.send({ type: 'item.notes', question, notes: 'From A' });
    a.send({ type: 'nav.agreed' });
    expect(b.getSnapshot().context.newer).toMatchObject({ writer: 'a' });
    for (let i = 0; i < 5; i += 1) b.send({ type: 'presenter.tick' });
    const timers = { ...tabs.timers };
    b.send({ type: 'storage.loadNewer' });
    const snapshot = b.getSnapshot();
    expect(snapshot.context.newer).toBeNull();
    expect(snapshot.matches({ view: { presenter: 'timing' } }), 'still presenting, the timer running').toBe(true);
    expect(tabs.timers, 'the timer was neither stopped nor restarted').toEqual(timers);
    expect(snapshot.context.aggregate.agenda[snapshot.context.presenter.index]?.question).toBe(question);
    expect(snapshot.context.workshop.items?.[question], "the other tab's note, and this tab's time (20 s, not the 15 saved)").toEqual({ notes: 'From A', seconds: 20 });
    b.send({ type: 'presenter.tick' });
    expect(b.getSnapshot().context.workshop.items?.[question]?.seconds).toBe(21);

    // Paused, it stays paused.
    b.send({ type: 'timer.toggle' });
    a.send({ type: 'storage.loadNewer' });
    a.send({ type: 'view.anonymise', anonymous: true });
    expect(b.getSnapshot().context.newer).toMatchObject({ writer: 'a' });
    b.send({ type: 'storage.loadNewer' });
    expect(b.getSnapshot().matches({ view: { presenter: 'paused' } })).toBe(true);
    expect(b.getSnapshot().context).toMatchObject({ anonymous: true, position: 'presenter' });
    expect(tabs.timers.started).toBe(timers.started);
  });

  it('leaves a step the loaded workshop lacks: with no participants, the participants step', async () => {
    const tabs = browser();
    await tabs.seed(room);
    const a = tabs.open('a');
    const b = tabs.open('b');
    b.send({ type: 'presenter.start', index: 0 });
    a.send({ type: 'storage.loadNewer' });
    for (const p of a.getSnapshot().context.workshop.participants) a.send({ type: 'participants.remove', id: p.id });
    expect(tabs.stored()?.workshop.participants).toEqual([]);
    b.send({ type: 'storage.loadNewer' });
    expect(b.getSnapshot().matches({ view: 'participants' })).toBe(true);
    expect(b.getSnapshot().context).toMatchObject({ position: 'participants', newer: null });
    expect(tabs.timers.stopped, 'the presenter timer stopped with presenter mode').toBe(1);
  });

  it('reads a record of an earlier build (no revision, no writer) and writes over it', () => {
    const tabs = browser();
    const old = { version: 1, pack: { id: testPack.id, version: testPack.version }, workshop: room, position: 'participants', anonymous: false, presenter: { index: 0, revealed: false } };
    tabs.storage.setItem(key, JSON.stringify(old));
    const tab = tabs.open('new');
    expect(tab.getSnapshot().context.workshop.participants).toHaveLength(2);
    expect(tabs.writes, 'opening it writes nothing').toEqual([]);
    tab.send({ type: 'view.anonymise', anonymous: true });
    expect(tab.getSnapshot().context.newer).toBeNull();
    expect(tabs.stored()).toMatchObject({ revision: 1, writer: 'new', anonymous: true });
  });

  it('never writes over a record that cannot be read, and says so', () => {
    const tabs = browser();
    const tab = tabs.open('tab');
    // Written there after the tab opened (or left there when moving it aside failed).
    tabs.storage.setItem(key, 'damaged');
    tab.send({ type: 'setup.save', title: 'Board offsite', date: '2026-11-28', notes: '' });
    expect(tabs.storage.getItem(key)).toBe('damaged');
    expect(tab.getSnapshot().context.saveFailed).toBe(true);
  });

  it('says when storage refuses the write (full or blocked), instead of throwing', () => {
    const tabs = browser();
    const tab = tabs.open('tab');
    tabs.storage.failWrites = true;
    tab.send({ type: 'setup.save', title: 'Board offsite', date: '2026-11-28', notes: '' });
    expect(tab.getSnapshot().context.saveFailed).toBe(true);
    expect(tabs.stored()).toBeNull();
  });
});
