import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSession, parseSessionRecord, sessionKey } from '@/questionnaire/storage/session-storage';
import { checkAnswer } from '@/rules/answers/check-answer';
import { checkAnswersFile, parseAnswersJson } from '@/rules/answers/load-answers';
import { loadPack, parsePackJson } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';
import { createSuggest, SUGGEST_BUDGET } from '@/rules/pack/suggest';
import { packLines } from '@test/support/pack-lines';
import { decompressBounded } from '@/lib/share/bounded-lz';
import { decodeShareLink, linkChecksum, MAX_DECOMPRESSED, MAX_PAYLOAD } from '@/lib/share/share-link';
import { parseWorkshopJson } from '@/workshop/machine/workshop-file';
import { MemoryStorage } from '../fixtures/memory-storage';
import { bombPayload, linkPayload, manyProblemsFile, multiAnswersFile, unknownReferencesPack } from './worst-cases';

/**
 * Hostile input at every boundary: a pack, an answers file, a share link, a stored record, a
 * workshop file. Each must give an answer (never throw), in work that grows linearly with the input,
 * in memory bounded by the caps. The size classes are the ones that found the quadratic and
 * unbounded paths.
 */

const loaded = loadPack(JSON.parse(readFileSync('rules/ai-openness.json', 'utf8')));
if (!loaded.ok) throw new Error('the shipped pack does not load');
const pack: Pack = loaded.pack;

/** JSON-like values with the keys and strings that break naive code. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'toString', 'risk.markets', 'format', 'answers', '', '\u202Eevil');
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 0, -1, Number.POSITIVE_INFINITY, 'us', 'mars', '\u0000', '\uD800', 'a'.repeat(5000)),
    fc.string(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A valid answers file of the shipped pack, with a hostile value somewhere in it. */
const mutatedFile = fc.tuple(fc.oneof(hostileKey, fc.constantFrom(...Object.keys(multiAnswersFile(0, 0).answers as object))), hostileValue, fc.constantFrom('answers', 'top', 'respondent')).map(([key, value, where]) => {
  const file = multiAnswersFile(0, 0) as Record<string, unknown> & { answers: Record<string, unknown> };
  const target = where === 'answers' ? file.answers : where === 'top' ? file : ((file.respondent = {}), file.respondent as Record<string, unknown>);
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return file;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('every boundary gives an answer and never throws', () => {
  test.prop([fc.oneof(hostileValue, mutatedFile)], { numRuns: 150 })('answers files', (input) => {
    const check = checkAnswersFile(pack, input);
    expect(typeof check.ok).toBe('boolean');
    expect(parseAnswersJson(pack, JSON.stringify(input) ?? 'null').problems).toBeDefined();
  });

  test.prop([hostileValue], { numRuns: 100 })('packs', (input) => {
    const result = loadPack(input);
    expect(result.ok || result.problems.length > 0).toBe(true);
    expect(parsePackJson(JSON.stringify(input) ?? '').ok).toBe(result.ok);
  });

  const signed = (payload: string) => `#answers=${payload}.${linkChecksum(payload)}`;
  test.prop(
    [fc.oneof(fc.string(), fc.string().map((s) => `#answers=${s}`), fc.string().map(signed), hostileValue.map((v) => `#answers=${linkPayload(v)}`), hostileValue.map((v) => signed(linkPayload(v))))],
    { numRuns: 150 },
  )('share links', (text) => {
    const decoded = decodeShareLink(text);
    if (decoded.ok) expect(typeof checkAnswersFile(pack, decoded.value).ok).toBe('boolean');
    else expect(['no-answers', 'not-decodable', 'not-json', 'unchecked']).toContain(decoded.problem);
  });

  test.prop([fc.oneof(hostileValue.map((v) => JSON.stringify(v) ?? ''), fc.string())], { numRuns: 150 })('stored records', (text) => {
    const storage = new MemoryStorage();
    storage.setItem(sessionKey(pack), text);
    const session = loadSession(storage, pack);
    expect(session.record !== undefined || session.unreadable.length === 1 || text === '').toBe(true);
    expect(parseSessionRecord(text).ok).toBe(session.record !== undefined);
  });

  test.prop([hostileValue.map((v) => JSON.stringify({ format: 'aperture-workshop/1', title: 'x', date: '', rules: { id: pack.id, version: pack.version }, participants: [v, { label: 'p', answers: v }], agreed: { answers: v } }))], { numRuns: 100 })(
    'workshop files',
    (text) => {
      expect(() => parseWorkshopJson(pack, text)).not.toThrow();
    },
  );
});

describe('linear work and bounded memory on the worst cases', () => {
  const markets = pack.sections.flatMap((s) => s.questions).find((q) => q.id === 'risk.markets');
  if (!markets) throw new Error('the shipped pack lost risk.markets');

  /** Counts the per-value operations of checking a multi answer: only O(1) set lookups, never a scan. */
  function workOf(invalid: number, duplicates: number): { lookups: number; scans: number; problems: number } {
    const has = vi.spyOn(Set.prototype, 'has');
    const some = vi.spyOn(Array.prototype, 'some');
    const includes = vi.spyOn(Array.prototype, 'includes');
    const raw = (multiAnswersFile(invalid, duplicates).answers as Record<string, unknown>)['risk.markets'];
    const checked = checkAnswer(markets as NonNullable<typeof markets>, raw);
    const work = { lookups: has.mock.calls.length, scans: some.mock.calls.length + includes.mock.calls.length, problems: checked.problems.length };
    vi.restoreAllMocks();
    return work;
  }

  it('checks a multi answer in linear work, naming each wrong or repeated value once', () => {
    const small = workOf(5_000, 5_000);
    const large = workOf(20_000, 20_000);
    expect(large.lookups / small.lookups).toBeLessThan(4.2);
    expect(large.scans).toBe(small.scans);
    expect(large.problems).toBe(2);
  });

  it('reads a file with 150,000 problems as an answers file, naming them all', () => {
    const check = checkAnswersFile(pack, manyProblemsFile(150_000));
    expect(check.ok).toBe(true);
    expect(check.problems).toHaveLength(150_000);
  });

  it('refuses a share link that unfolds past the cap while unfolding, however short the link', () => {
    const bomb = bombPayload(3 * MAX_DECOMPRESSED);
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD);
    expect(decompressBounded(bomb, MAX_DECOMPRESSED)).toEqual({ ok: false, problem: 'too-large' });
    // Unsigned, it is refused before anything is unfolded; signed, it is unfolded only up to the cap.
    expect(decodeShareLink(`#answers=${bomb}`)).toEqual({ ok: false, problem: 'unchecked' });
    expect(decodeShareLink(`#answers=${bomb}.${linkChecksum(bomb)}`)).toEqual({ ok: false, problem: 'not-decodable' });
    const small = decompressBounded(bombPayload(1000), MAX_DECOMPRESSED);
    expect(small.ok && /^a+$/.test(small.text) && small.text.length >= 1000).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 200 })('unfolds every link lz-string makes, exactly', (text) => {
    expect(decompressBounded(linkPayload(text), 10_000)).toEqual({ ok: true, text: JSON.stringify(text) });
  });

  it('bounds the "did you mean" work of a pack check, whatever the number of unknown references', () => {
    const suggest = createSuggest();
    const known = Array.from({ length: 500 }, (_, i) => `known-${String(i).padStart(6, '0')}-${'x'.repeat(70)}`.slice(0, 80));
    for (let i = 0; i < 5_000; i += 1) suggest.closest(`unkwn-${String(i).padStart(6, '0')}-${'x'.repeat(70)}`.slice(0, 80), known, 'a source');
    expect(suggest.spent()).toBeLessThanOrEqual(SUGGEST_BUDGET + 81);
    const checked = loadPack(unknownReferencesPack(500, 2_000));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.length).toBeGreaterThanOrEqual(2_000);
  });

  it('still suggests the id meant when one is mistyped', () => {
    const pack = unknownReferencesPack(3, 1) as { rules: { source: string }[]; sources: { id: string }[] };
    const [rule] = pack.rules;
    const [first] = pack.sources;
    if (rule && first) rule.source = `${first.id.slice(0, -1)}y`;
    const checked = loadPack(pack);
    expect(packLines(checked).join('\n')).toContain(`did you mean ${first?.id}?`);
  });

  it('names every unknown reference once: the problems grow with the pack, one per reference', () => {
    const problemsOf = (rules: number) => {
      const result = loadPack(unknownReferencesPack(100, rules));
      return result.ok ? 0 : result.problems.length;
    };
    expect(problemsOf(400) - problemsOf(200)).toBe(200);
  });
});
