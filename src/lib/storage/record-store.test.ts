import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { hasAside, isNewer, listAside, moveAside, newestOtherVersion, parseJson, readOrMoveAside } from './record-store';

function storageWith(items: Record<string, string>): MemoryStorage {
  const storage = new MemoryStorage();
  for (const [key, text] of Object.entries(items)) storage.setItem(key, text);
  return storage;
}

const parseNumber = (text: string) => {
  const value = parseJson(text);
  return typeof value === 'number' ? value : undefined;
};

describe('the versioned record store', () => {
  it('reads JSON without throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{"a":')).toBeUndefined();
  });

  it('moves an unreadable record aside under the next number, and lists what is aside oldest first', () => {
    const storage = storageWith({ k: 'broken', 'k.unreadable.2': 'second', 'k.unreadable.10': 'tenth', 'k.unreadable.x': 'not numbered', 'kk.unreadable.1': 'another key' });
    expect(readOrMoveAside(storage, 'k', parseNumber)).toEqual({ unreadable: { key: 'k.unreadable.11', text: 'broken', moved: true } });
    expect(storage.getItem('k')).toBeNull();
    expect(listAside(storage, 'k')).toEqual([
      { key: 'k.unreadable.2', text: 'second' },
      { key: 'k.unreadable.10', text: 'tenth' },
      { key: 'k.unreadable.11', text: 'broken' },
    ]);
    expect(hasAside(storage, 'k')).toBe(true);
    expect(hasAside(storage, 'other')).toBe(false);
  });

  it('moves aside under a given suffix, and reads a readable record where it is', () => {
    const storage = storageWith({ k: '[]', n: '42' });
    expect(moveAside(storage, 'k', '[]', '2026-12-03')).toBe('k.unreadable.2026-12-03');
    expect(storage.getItem('k.unreadable.2026-12-03')).toBe('[]');
    expect(readOrMoveAside(storage, 'n', parseNumber)).toEqual({ record: 42 });
    expect(readOrMoveAside(storage, 'nothing', parseNumber)).toEqual({});
  });

  it('leaves a record where it is when storage refuses the copy', () => {
    const storage = storageWith({ k: 'broken' });
    storage.failWrites = true;
    expect(readOrMoveAside(storage, 'k', parseNumber)).toEqual({ unreadable: { key: 'k', text: 'broken', moved: false } });
    expect(storage.getItem('k')).toBe('broken');
    expect(listAside(storage, 'k')).toEqual([]);
  });

  it('orders versions by the time they were saved, then by version number', () => {
    expect(isNewer({ savedAt: '2026-12-02T00:00:00Z', version: '1.0.0' }, { savedAt: '2026-12-01T00:00:00Z', version: '2.0.0' })).toBe(true);
    expect(isNewer({ savedAt: undefined, version: '9.0.0' }, { savedAt: '2026-12-01T00:00:00Z', version: '1.0.0' })).toBe(false);
    expect(isNewer({ savedAt: '2026-12-01T00:00:00Z', version: '1.10.0' }, { savedAt: '2026-12-01T00:00:00Z', version: '1.9.0' })).toBe(true);
    expect(isNewer({ savedAt: '2026-12-01T00:00:00Z', version: '1.9.0' }, { savedAt: '2026-12-01T00:00:00Z', version: '1.9.0' })).toBe(false);
  });

  it('finds the newest record of another version, leaving unreadable ones and other keys alone', () => {
    type R = { version: string; savedAt: string };
    const record = (version: string, savedAt: string) => JSON.stringify({ version, savedAt });
    const storage = storageWith({
      'p@1.0.0': record('1.0.0', '2026-12-01T00:00:00Z'),
      'p@1.1.0': record('1.1.0', '2026-12-02T00:00:00Z'),
      'p@1.2.0': record('1.2.0', '2026-12-09T00:00:00Z'),
      'p@1.3.0': 'broken',
      'p@draft': record('draft', '2026-12-10T00:00:00Z'),
      'p@2.0.0': record('other', '2026-12-10T00:00:00Z'),
    });
    const parse = (text: string, version: string) => {
      const value = parseJson(text) as R | undefined;
      return value?.version === version ? value : undefined;
    };
    const stamp = (r: R) => r;
    expect(newestOtherVersion(storage, 'p@', '1.2.0', parse, stamp)).toEqual({ version: '1.1.0', savedAt: '2026-12-02T00:00:00Z' });
    expect(newestOtherVersion(storage, 'p@', '9.9.9', parse, stamp)?.version).toBe('1.2.0');
    const legacy = { version: '0.9.0', savedAt: '2026-12-05T00:00:00Z' };
    expect(newestOtherVersion(storage, 'p@', '1.2.0', parse, stamp, legacy)).toBe(legacy);
    expect(newestOtherVersion(new MemoryStorage(), 'p@', '1.2.0', parse, stamp)).toBeUndefined();
    expect(storage.getItem('p@1.3.0')).toBe('broken');
  });
});
