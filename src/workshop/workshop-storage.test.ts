import { describe, expect, it } from 'vitest';
import { testPack } from './test-workshop';
import { emptyWorkshop } from './workshop-model';
import { readWorkshopRecord, workshopKey, workshopRecord, writeWorkshopRecord, type KeyValueStore } from './workshop-storage';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
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

describe('workshop storage', () => {
  it('writes and reads back a versioned record, one per pack', () => {
    const store = memoryStore();
    expect(writeWorkshopRecord(store, record)).toBe(true);
    expect([...store.data.keys()]).toEqual(['aperture.workshop.workshop-three']);
    expect(readWorkshopRecord(store, testPack, 'stamp')).toEqual({ record, movedAside: null });
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
    expect(read.movedAside).toEqual({ key: 'aperture.workshop.workshop-three.unreadable.2026-11-28T10-00-00', text });
    expect(store.data.get(workshopKey(testPack))).toBeUndefined();
    expect(store.data.get('aperture.workshop.workshop-three.unreadable.2026-11-28T10-00-00')).toBe(text);
  });

  it('reports a failed write instead of throwing', () => {
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(writeWorkshopRecord(full, record)).toBe(false);
  });
});
