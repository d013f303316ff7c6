import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import type { Pack } from '@/rules/pack/pack-schema';
import { packFingerprints } from './fingerprints';
import {
  holdsContent,
  legacySessionKey,
  MAX_DRAFT_TEXT,
  removeUnreadable,
  sessionKey,
  turnKey,
  type SessionRecord,
} from './session-storage';
import { listUnreadable, loadSession, parseSessionRecord } from './session-reading';
import { smallPack as pack } from '@test/support/questionnaire-pack';
import { parseAnswersJson } from '@/rules/answers/load-answers';

const key = sessionKey(pack);
const keyOf = (version: string) => sessionKey({ id: 'ui-small', version });
const legacy = legacySessionKey('ui-small');

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

/** Version 1.1.0 of the small pack: "profile.size" gains a choice, so earlier answers to it no longer carry over. */
function nextVersion(): Pack {
  const next = structuredClone(pack);
  const size = next.sections.flatMap((s) => s.questions).find((q) => q.id === 'profile.size');
  if (size?.kind !== 'choice') throw new Error('ui-small has no choice question profile.size');
  size.choices.push({ value: 'medium', label: { en: 'Medium', ja: '中規模' } });
  return { ...next, version: '1.1.0' };
}

describe('session storage', () => {
  it('uses one key per pack id and version', () => {
    expect(key).toBe('aperture.session.ui-small@1.0.0');
    expect(legacy).toBe('aperture.session.ui-small');
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
    storage.setItem(keyOf('0.9.0'), JSON.stringify(old));
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
      keyOf('0.9.0'),
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

  it('keeps each version its own answers: going back to a version after a migration restores them, not a re-migration', () => {
    const storage = new MemoryStorage();
    const next = nextVersion();
    const mine = stored({ answers: { 'profile.builds': 'own', 'profile.size': 'small', 'goals.trust': 'some' }, questions: packFingerprints(pack) });
    storage.setItem(key, JSON.stringify(mine));

    const migrated = loadSession(storage, next);
    expect(migrated.record?.answers).toEqual({ 'profile.builds': 'own', 'goals.trust': 'some' });
    expect(migrated.migration).toMatchObject({ from: '1.0.0', to: '1.1.0', carried: ['profile.builds', 'goals.trust'], changed: ['profile.size'] });
    const copy = JSON.parse(storage.getItem(keyOf('1.1.0')) ?? 'null') as SessionRecord;
    expect(copy).toMatchObject({ pack: { id: 'ui-small', version: '1.1.0' }, answers: migrated.record?.answers, questions: packFingerprints(next) });
    expect(storage.getItem(key), 'the older version keeps its record').toBe(JSON.stringify(mine));

    // Answers change in 1.1.0, later than anything saved for 1.0.0.
    storage.setItem(keyOf('1.1.0'), JSON.stringify({ ...copy, answers: { 'profile.size': 'medium' }, savedAt: '2026-12-01T09:00:00.000Z' }));
    const back = loadSession(storage, pack);
    expect(back.record?.answers).toEqual(mine.answers);
    expect(back.record?.pack.version).toBe('1.0.0');
    expect(back.migration).toBeUndefined();
    expect(back.problems).toEqual([]);
    const again = loadSession(storage, next);
    expect(again.record?.answers).toEqual({ 'profile.size': 'medium' });
    expect(again.migration).toBeUndefined();
  });

  it('migrates from the most recently saved other version, leaving every other record untouched', () => {
    const storage = new MemoryStorage();
    const withPrints = (version: string, builds: string, savedAt: string) =>
      JSON.stringify(stored({ pack: { id: 'ui-small', version }, answers: { 'profile.builds': builds }, questions: packFingerprints(pack), savedAt }));
    const records = {
      [keyOf('0.8.0')]: withPrints('0.8.0', 'buy', '2026-12-01T10:00:00.000Z'),
      [keyOf('0.9.0')]: withPrints('0.9.0', 'own', '2026-11-28T10:00:00.000Z'),
      [legacy]: withPrints('0.7.0', 'none', '2026-11-01T10:00:00.000Z'),
      [sessionKey({ id: 'ui-smaller', version: '2.0.0' })]: withPrints('2.0.0', 'both', '2026-12-24T10:00:00.000Z'),
    };
    for (const [k, text] of Object.entries(records)) storage.setItem(k, text);
    const loaded = loadSession(storage, pack);
    expect(loaded.record?.answers).toEqual({ 'profile.builds': 'buy' });
    expect(loaded.migration).toMatchObject({ from: '0.8.0', to: '1.0.0', carried: ['profile.builds'] });
    expect(JSON.parse(storage.getItem(key) ?? 'null')).toMatchObject({ pack: { version: '1.0.0' }, answers: { 'profile.builds': 'buy' } });
    for (const [k, text] of Object.entries(records)) expect(storage.getItem(k)).toBe(text);

    // Saved at the same moment: the later version (compared as numbers, 0.10.0 after 0.9.0) wins.
    const tie = new MemoryStorage();
    tie.setItem(keyOf('0.9.0'), withPrints('0.9.0', 'own', '2026-11-28T10:00:00.000Z'));
    tie.setItem(keyOf('0.10.0'), withPrints('0.10.0', 'both', '2026-11-28T10:00:00.000Z'));
    expect(loadSession(tie, pack).migration?.from).toBe('0.10.0');
  });

  it('reads the per-id record of earlier builds, keeping it where it is', () => {
    const storage = new MemoryStorage();
    const earlier = stored({ draft: { section: 'data', answers: { 'data.uniqueness': 'high' } }, respondent: { name: 'Aiko' } });
    storage.setItem(legacy, JSON.stringify(earlier));
    const loaded = loadSession(storage, pack);
    expect(loaded).toEqual({ record: earlier, problems: [], unreadable: [] });
    expect(JSON.parse(storage.getItem(key) ?? 'null')).toEqual({ ...earlier, questions: packFingerprints(pack) });
    expect(storage.getItem(legacy)).toBe(JSON.stringify(earlier));

    // An unreadable one is moved aside under its own key, and offered with this version's.
    const damaged = new MemoryStorage();
    damaged.setItem(legacy, 'damaged');
    expect(loadSession(damaged, pack).unreadable).toEqual([{ key: `${legacy}.unreadable.1`, text: 'damaged', reason: 'not-json' }]);
    expect(damaged.getItem(legacy)).toBeNull();
  });

  it('moves an unreadable record of this version aside under its own key, and leaves other versions\' alone', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, 'corrupt');
    storage.setItem(keyOf('0.9.0'), '{"version": 1,');
    storage.setItem(keyOf('0.8.0'), JSON.stringify(stored({ pack: { id: 'ui-small', version: '0.8.0' }, questions: packFingerprints(pack) })));
    const loaded = loadSession(storage, pack);
    expect(loaded.unreadable).toEqual([{ key: 'aperture.session.ui-small@1.0.0.unreadable.1', text: 'corrupt', reason: 'not-json' }]);
    expect(storage.getItem(keyOf('0.9.0')), 'read when its own version is opened').toBe('{"version": 1,');
    expect(listUnreadable(storage, keyOf('0.9.0'))).toEqual([]);
    // The newest readable answers of the pack are carried over meanwhile.
    expect(loaded.migration?.from).toBe('0.8.0');
    expect(loaded.record?.answers).toEqual(stored().answers);
    const again = loadSession(storage, pack);
    expect(again.unreadable).toEqual(loaded.unreadable);
    expect(again.migration).toBeUndefined();
  });

  it('still gives the migrated answers when this version\'s record cannot be written', () => {
    const storage = new MemoryStorage();
    storage.setItem(keyOf('0.9.0'), JSON.stringify(stored({ pack: { id: 'ui-small', version: '0.9.0' }, questions: packFingerprints(pack) })));
    storage.failWrites = true;
    expect(loadSession(storage, pack).record?.answers).toEqual(stored().answers);
    expect(storage.getItem(key)).toBeNull();
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

describe('session storage under abuse', () => {
  it('keeps an unreadable record under its own key when storage refuses the copy, and never throws', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{broken');
    storage.failWrites = true;
    const loaded = loadSession(storage, pack);
    expect(loaded).toEqual({ problems: [], unreadable: [{ key, text: '{broken', reason: 'not-json' }] });
    expect(storage.getItem(key)).toBe('{broken');
    storage.failWrites = false;
    removeUnreadable(storage, key);
    expect(storage.getItem(key)).toBeNull();
  });

  it('never throws when storage itself throws on reading', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(loadSession(storage, pack)).toEqual({ problems: [], unreadable: [] });
  });

  it('keeps every other answer when one saved answer is out of bounds, naming the one dropped', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, JSON.stringify(stored({ answers: { 'profile.builds': 'own', 'profile.notes': 'x'.repeat(25_000) } })));
    const loaded = loadSession(storage, pack);
    expect(loaded.unreadable).toEqual([]);
    expect(loaded.record?.answers).toEqual({ 'profile.builds': 'own' });
    expect(loaded.problems).toEqual([{ code: 'too-long', question: 'profile.notes', max: 200 }]);
  });

  it('keeps an over-long text being edited in its box, whatever its length up to the draft limit', () => {
    const storage = new MemoryStorage();
    const long = 'y'.repeat(1_500);
    storage.setItem(key, JSON.stringify(stored({ position: { screen: 'section', section: 'profile' }, draft: { section: 'profile', answers: { 'profile.notes': long } } })));
    const loaded = loadSession(storage, pack);
    expect(loaded.record?.draft?.answers['profile.notes']).toBe(long);
    expect(loaded.problems).toEqual([]);
    const huge = 'z'.repeat(MAX_DRAFT_TEXT + 5);
    storage.setItem(key, JSON.stringify(stored({ draft: { section: 'profile', answers: { 'profile.notes': huge } } })));
    expect(loadSession(storage, pack).record?.draft?.answers['profile.notes']).toBe(huge.slice(0, MAX_DRAFT_TEXT));
  });

  it('counts lengths in UTF-16 units, as the screens do', () => {
    const astral = '𠮷'.repeat(12_500);
    const parsed = parseSessionRecord(JSON.stringify(stored({ answers: { 'profile.notes': astral } })));
    expect(parsed.ok).toBe(true);
    // 12,500 code points but 25,000 UTF-16 units: over the 20,000 limit, so the answer leaves the record.
    expect(parsed.ok ? parsed.record.answers : null).toEqual({});
  });

  it('lets a downloaded unreadable record be imported back as answers', () => {
    const text = JSON.stringify(stored({ draft: { section: 'data', answers: { 'data.uniqueness': 'high', 'data.kinds': null } } }));
    const check = parseAnswersJson(pack, text);
    expect(check.ok).toBe(true);
    expect(check.answers).toEqual({ 'profile.builds': 'own', 'data.uniqueness': 'high' });
  });
});
