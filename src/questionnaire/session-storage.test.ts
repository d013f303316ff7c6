import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../test/fixtures/memory-storage';
import { packFingerprints } from './fingerprints';
import { holdsContent, listUnreadable, loadSession, parseSessionRecord, removeUnreadable, sessionKey, turnKey, type SessionRecord } from './session-storage';
import { smallPack as pack } from './test-pack';

const key = sessionKey('ui-small');

function stored(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    version: 1,
    pack: { id: 'ui-small', version: '1.0.0' },
    answers: { 'profile.builds': 'own', 'data.kinds': ['customer'] },
    position: { screen: 'section', section: 'data' },
    revision: 3,
    savedAt: '2026-11-28T10:00:00.000Z',
    writer: 'w1',
    ...overrides,
  };
}

describe('session storage', () => {
  it('uses one key per pack', () => {
    expect(key).toBe('aperture.session.ui-small');
  });

  it('reads nothing when nothing is stored, or storage is unavailable', () => {
    expect(loadSession(new MemoryStorage(), pack)).toEqual({ problems: [], unreadable: [] });
    expect(loadSession(undefined, pack)).toEqual({ problems: [], unreadable: [] });
  });

  it('reads a valid record as it was', () => {
    const storage = new MemoryStorage();
    const record = stored({ draft: { section: 'data', answers: { 'data.uniqueness': 'high', 'data.detail': null } }, respondent: { name: 'Aiko' } });
    storage.setItem(key, JSON.stringify(record));
    expect(loadSession(storage, pack)).toEqual({ record, problems: [], unreadable: [] });
  });

  it.each([
    ['corrupt JSON', '{"version": 1, "answers": {', 'not-json'],
    ['an unknown storage version', JSON.stringify({ ...stored(), version: 2 }), 'version'],
    ['a record that fails the schema', JSON.stringify({ ...stored(), position: { screen: 'elsewhere' } }), 'invalid'],
    ['a record of another pack', JSON.stringify(stored({ pack: { id: 'other', version: '1.0.0' } })), 'invalid'],
  ])('moves %s aside, never dropping it', (_, text, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(key, text);
    const loaded = loadSession(storage, pack);
    expect(loaded.record).toBeUndefined();
    expect(loaded.unreadable).toEqual([{ key: `${key}.unreadable.1`, text, reason }]);
    expect(storage.getItem(key)).toBeNull();
    expect(storage.getItem(`${key}.unreadable.1`)).toBe(text);
    expect(loadSession(storage, pack)).toEqual(loaded);
  });

  it('numbers records kept aside and removes one on request', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, 'first');
    loadSession(storage, pack);
    storage.setItem(key, 'second');
    const loaded = loadSession(storage, pack);
    expect(loaded.unreadable.map((r) => [r.key, r.text])).toEqual([
      [`${key}.unreadable.1`, 'first'],
      [`${key}.unreadable.2`, 'second'],
    ]);
    removeUnreadable(storage, `${key}.unreadable.1`);
    expect(listUnreadable(storage, key).map((r) => r.text)).toEqual(['second']);
  });

  it('migrates answers saved against another version, saying what was not carried over', () => {
    const storage = new MemoryStorage();
    const old = stored({
      pack: { id: 'ui-small', version: '0.9.0' },
      answers: { 'profile.builds': 'own', 'profile.size': 'medium', 'profile.gone': 'x' },
      draft: { section: 'data', answers: { 'data.uniqueness': 'high', 'data.kinds': null } },
    });
    storage.setItem(key, JSON.stringify(old));
    const loaded = loadSession(storage, pack);
    expect(loaded.record?.pack).toEqual({ id: 'ui-small', version: '1.0.0' });
    expect(loaded.record?.answers).toEqual({ 'profile.builds': 'own', 'data.uniqueness': 'high' });
    expect(loaded.record?.draft).toBeUndefined();
    expect(loaded.record?.position).toEqual(old.position);
    expect(loaded.problems.map((p) => p.code)).toEqual(['other-version', 'not-a-choice', 'unknown-question']);
  });

  it('with saved fingerprints, carries over only answers to unchanged questions and names what changed', () => {
    const storage = new MemoryStorage();
    // Version 0.9.0 had "profile.old" and a "profile.size" with other choices, and no "goals.speed".
    const older = { ...packFingerprints(pack), 'profile.old': '0badf00d', 'profile.size': 'feedface' };
    delete (older as Record<string, string>)['goals.speed'];
    storage.setItem(
      key,
      JSON.stringify(
        stored({
          pack: { id: 'ui-small', version: '0.9.0' },
          questions: older,
          answers: { 'profile.builds': 'own', 'profile.size': 'small', 'profile.old': 'x' },
          draft: { section: 'goals', answers: { 'goals.trust': 'some' } },
        }),
      ),
    );
    const loaded = loadSession(storage, pack);
    expect(loaded.record?.answers).toEqual({ 'profile.builds': 'own', 'goals.trust': 'some' });
    expect(loaded.record?.pack.version).toBe('1.0.0');
    expect(loaded.record).not.toHaveProperty('questions');
    expect(loaded.problems).toEqual([]);
    expect(loaded.migration).toEqual({
      from: '0.9.0',
      to: '1.0.0',
      carried: ['profile.builds', 'goals.trust'],
      changed: ['profile.size'],
      added: ['goals.speed'],
      removed: ['profile.old'],
    });
  });

  it('keeps a session of the same version as it was, fingerprints or not', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify(stored({ questions: packFingerprints(pack) })));
    const loaded = loadSession(storage, pack);
    expect(loaded.migration).toBeUndefined();
    expect(loaded.record?.answers).toEqual(stored().answers);
  });

  it('reads a session kept under another key, leaving the user\'s own untouched', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify(stored()));
    storage.setItem(turnKey('ui-small'), 'damaged');
    const loaded = loadSession(storage, pack, turnKey('ui-small'));
    expect(loaded.record).toBeUndefined();
    expect(loaded.unreadable.map((r) => r.key)).toEqual(['aperture.turn.ui-small.unreadable.1']);
    expect(storage.getItem(key)).toBe(JSON.stringify(stored()));
    expect(loadSession(storage, pack).unreadable).toEqual([]);
  });

  it('reports stored answers that no longer fit, even at the same version', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify(stored({ answers: { 'profile.size': { unsure: true } } })));
    const loaded = loadSession(storage, pack);
    expect(loaded.record?.answers).toEqual({});
    expect(loaded.problems).toEqual([{ code: 'unsure-not-allowed', question: 'profile.size' }]);
  });

  it('parses records without throwing', () => {
    expect(parseSessionRecord('nope')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseSessionRecord('null')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseSessionRecord(JSON.stringify(stored()))).toEqual({ ok: true, record: stored() });
  });

  it('tells whether a record already holds some content', () => {
    const record = stored();
    const content = { pack: record.pack, answers: record.answers, position: record.position };
    expect(holdsContent(record, content)).toBe(true);
    expect(holdsContent(record, { ...content, position: { screen: 'review' } })).toBe(false);
    expect(holdsContent(record, { ...content, respondent: { name: 'Ken' } })).toBe(false);
  });
});
