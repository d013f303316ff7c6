import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { checkPackText } from '../load/pack-check';
import { clearStoredPack, PACK_KEY, removeAsidePack, saveStoredPack } from './pack-store';
import { listAsidePacks, readStoredPack, storedPackTexts } from './pack-reading';

const quick = readFileSync('rules/examples/quick-check.json', 'utf8');
const broken = readFileSync('test/fixtures/packs/bad-not-a-choice.json', 'utf8');
const now = new Date('2026-11-28T10:00:00.000Z');

describe('the stored rules pack', () => {
  it('remembers a loaded pack and reads it back through the loader', () => {
    const storage = new MemoryStorage();
    expect(saveStoredPack(storage, 'quick-check.json', quick, now)).toBe(true);
    const read = readStoredPack(storage, checkPackText);
    expect(read.stored?.fileName).toBe('quick-check.json');
    expect(read.stored?.pack.id).toBe('quick-check');
    expect(read.aside).toEqual([]);
  });

  it('reads nothing when nothing is stored, or storage is unavailable', () => {
    expect(readStoredPack(new MemoryStorage(), checkPackText)).toEqual({ stored: null, aside: [] });
    expect(readStoredPack(undefined, checkPackText)).toEqual({ stored: null, aside: [] });
  });

  it('forgets the pack on request', () => {
    const storage = new MemoryStorage();
    saveStoredPack(storage, 'quick-check.json', quick, now);
    clearStoredPack(storage);
    expect(storage.getItem(PACK_KEY)).toBeNull();
  });

  it('says so when the browser will not store the pack', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(saveStoredPack(storage, 'quick-check.json', quick, now)).toBe(false);
    expect(saveStoredPack(undefined, 'quick-check.json', quick, now)).toBe(false);
  });

  it('reports a damaged pack that cannot be copied aside (storage full) where it is, and removes it only on request', () => {
    const storage = new MemoryStorage();
    storage.setItem(PACK_KEY, '{damaged');
    storage.failWrites = true;
    const read = readStoredPack(storage, checkPackText);
    expect(read.stored).toBeNull();
    expect(read.aside).toEqual([{ key: PACK_KEY, fileName: undefined, text: '{damaged', problems: [] }]);
    expect(storage.getItem(PACK_KEY)).toBe('{damaged');
    removeAsidePack(storage, PACK_KEY);
    expect(storage.getItem(PACK_KEY)).toBeNull();
  });

  it('moves a pack that no longer passes the checks aside, with its problems, never dropping it', () => {
    const storage = new MemoryStorage();
    saveStoredPack(storage, 'custom.json', broken, now);
    const read = readStoredPack(storage, checkPackText);
    expect(read.stored).toBeNull();
    expect(storage.getItem(PACK_KEY)).toBeNull();
    expect(read.aside).toEqual([
      {
        key: `${PACK_KEY}.unreadable.1`,
        fileName: 'custom.json',
        text: broken,
        problems: [
          {
            path: 'rules[0].when.all[0].atLeast',
            code: 'not-a-choice',
            params: { value: '"hgh"', question: 'data.uniqueness', choices: 'none, low, medium, high, unique', suggestion: 'high' },
          },
        ],
      },
    ]);
    expect(readStoredPack(storage, checkPackText)).toEqual(read);
  });

  it('moves a damaged record aside as it is, and numbers what is kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(PACK_KEY, '{"version": 1, "text":');
    readStoredPack(storage, checkPackText);
    storage.setItem(PACK_KEY, JSON.stringify({ version: 9, fileName: 'x.json', text: quick, savedAt: now.toISOString() }));
    const read = readStoredPack(storage, checkPackText);
    expect(read.aside.map((p) => [p.key, p.fileName, p.problems])).toEqual([
      [`${PACK_KEY}.unreadable.1`, undefined, []],
      [`${PACK_KEY}.unreadable.2`, undefined, []],
    ]);
    expect(read.aside[0]?.text).toBe('{"version": 1, "text":');
    removeAsidePack(storage, `${PACK_KEY}.unreadable.1`);
    removeAsidePack(storage, 'aperture.session.quick-check');
    expect(listAsidePacks(storage, checkPackText).map((p) => p.key)).toEqual([`${PACK_KEY}.unreadable.2`]);
  });

  it('gives the texts to check ahead (the active pack and those set aside), and only the texts the reads then check', () => {
    const storage = new MemoryStorage();
    saveStoredPack(storage, 'custom.json', broken, now);
    readStoredPack(storage, checkPackText);
    storage.setItem(`${PACK_KEY}.unreadable.2`, '{damaged');
    saveStoredPack(storage, 'quick-check.json', quick, now);
    storage.setItem('aperture.session.quick-check', JSON.stringify({ version: 1, fileName: 'other.json', text: '{}', savedAt: now.toISOString() }));
    const texts = storedPackTexts(storage);
    expect(texts).toHaveLength(2);
    expect(texts).toEqual(expect.arrayContaining([{ text: broken, fileName: 'custom.json' }, { text: quick, fileName: 'quick-check.json' }]));
    const asked: string[] = [];
    readStoredPack(storage, (text, fileName) => {
      asked.push(fileName);
      expect(texts).toContainEqual({ text, fileName });
      return checkPackText(text, fileName);
    });
    expect(asked.sort()).toEqual(['custom.json', 'quick-check.json']);
    expect(storedPackTexts(undefined)).toEqual([]);
  });
});
