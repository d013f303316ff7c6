import { describe, expect, it } from 'vitest';
import { testPack } from '@test/support/workshop-pack';
import { emptyWorkshop } from './workshop-model';
import type { KeyValueStore } from '@/lib/storage/record-store';
import { legacyWorkshopKey, readWorkshopRecord, workshopKey, workshopRecord, type WorkshopContent } from './workshop-storage';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const record = workshopRecord(testPack, {
  workshop: { ...emptyWorkshop(testPack, '2026-11-28'), title: 'Offsite' },
  position: 'overview',
  anonymous: true,
  presenter: { index: 2, revealed: false },
});

/** Stores the record as the autosave writes it (the two-tab protection is tested in workshop-autosave.test.ts). */
function writeWorkshopRecord(store: KeyValueStore, content: WorkshopContent, now = new Date()) {
  store.setItem(workshopKey(content.pack), JSON.stringify({ ...content, savedAt: now.toISOString() }));
}

describe('workshop storage', () => {
  it('writes and reads back a versioned record with its time, one per pack id and version', () => {
    const store = memoryStore();
    writeWorkshopRecord(store, record, new Date('2026-11-28T10:00:00.000Z'));
    expect([...store.data.keys()]).toEqual([`aperture.workshop.workshop-three@${testPack.version}`]);
    expect(readWorkshopRecord(store, testPack, 'stamp')).toEqual({ record: { ...record, savedAt: '2026-11-28T10:00:00.000Z' }, movedAside: null });
  });

  it('without a record of its own, a version gets the newest workshop of another version, which stays as it was', () => {
    const at = (version: string, title: string, savedAt?: string) =>
      JSON.stringify({ ...record, pack: { id: testPack.id, version }, workshop: { ...record.workshop, title }, ...(savedAt ? { savedAt } : {}) });
    const saved = {
      [workshopKey({ id: testPack.id, version: '0.8.0' })]: at('0.8.0', 'Later', '2026-12-01T10:00:00.000Z'),
      [workshopKey({ id: testPack.id, version: '0.9.0' })]: at('0.9.0', 'Earlier', '2026-11-01T10:00:00.000Z'),
      [legacyWorkshopKey(testPack.id)]: at('0.7.0', 'Earlier build'),
      [workshopKey({ id: 'another-pack', version: '0.1.0' })]: at('0.1.0', 'Elsewhere', '2026-12-24T10:00:00.000Z'),
    };
    const store = memoryStore(saved);
    const read = readWorkshopRecord(store, testPack, 'stamp');
    expect(read.record).toMatchObject({ pack: { version: '0.8.0' }, workshop: { title: 'Later' } });
    expect(Object.fromEntries(store.data)).toEqual(saved);
    // Once this version has saved its own, going back to it finds its own.
    writeWorkshopRecord(store, { ...record, workshop: { ...record.workshop, title: 'Mine' } });
    expect(readWorkshopRecord(store, testPack, 'stamp').record?.workshop.title).toBe('Mine');

    // The per-id record of earlier builds is read too.
    expect(readWorkshopRecord(memoryStore({ [legacyWorkshopKey(testPack.id)]: JSON.stringify(record) }), testPack, 'stamp')).toEqual({ record, movedAside: null });
  });

  it('reads nothing when nothing was saved', () => {
    expect(readWorkshopRecord(memoryStore(), testPack, 'stamp')).toEqual({ record: null, movedAside: null });
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['an unknown version', JSON.stringify({ ...record, version: 2 })],
    ['a record that breaks the schema', JSON.stringify({ ...record, position: 'elsewhere' })],
  ])('moves aside %s, keeping its text for download', (_, text) => {
    const store = memoryStore({ [workshopKey(testPack)]: text });
    const read = readWorkshopRecord(store, testPack, '2026-11-28T10-00-00');
    expect(read.record).toBeNull();
    const aside = `aperture.workshop.workshop-three@${testPack.version}.unreadable.2026-11-28T10-00-00`;
    expect(read.movedAside).toEqual({ key: aside, text });
    expect(store.data.get(workshopKey(testPack))).toBeUndefined();
    expect(store.data.get(aside)).toBe(text);
  });

  it('moves aside an unreadable record of earlier builds under its own key', () => {
    const store = memoryStore({ [legacyWorkshopKey(testPack.id)]: 'damaged' });
    expect(readWorkshopRecord(store, testPack, 'stamp').movedAside).toEqual({ key: 'aperture.workshop.workshop-three.unreadable.stamp', text: 'damaged' });
    expect([...store.data.keys()]).toEqual(['aperture.workshop.workshop-three.unreadable.stamp']);
  });
});
