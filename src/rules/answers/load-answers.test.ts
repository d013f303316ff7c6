import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkAnswers, checkAnswersFile, parseAnswersJson } from './load-answers';
import { loadPack } from '../pack/load-pack';
import type { Pack } from '../pack/pack-schema';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/packs', name), 'utf8')) as unknown;
const loaded = loadPack(read('valid-mini.json'));
if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
const pack: Pack = loaded.pack;

const VALID = {
  'data.uniqueness': 'high',
  'data.kinds': ['customer', 'public'],
  'data.sharing': 'no',
  'goals.trust': 'critical',
  'risk.monitoring': { unsure: true },
  'profile.notes': '社内で検討中です。',
};

function file(answers: unknown, extra: Record<string, unknown> = {}) {
  return { format: 'aperture-answers/1', rules: { id: 'mini', version: '1.2.0' }, answers, ...extra };
}

describe('checkAnswersFile', () => {
  it('reads a complete file with nothing to report', () => {
    const input = read('mini-answers.json') as { answers: unknown; respondent: unknown };
    const checked = checkAnswersFile(pack, input);
    expect(checked.ok).toBe(true);
    expect(checked.problems).toEqual([]);
    expect(checked.answers).toEqual(input.answers);
    expect(checked.respondent).toEqual(input.respondent);
    expect(checked.file?.savedAt).toBe('2026-11-28T10:00:00.000Z');
  });

  it('keeps every valid answer of a partly broken file and names each one dropped', () => {
    const checked = checkAnswersFile(
      pack,
      file({
        'data.uniqueness': 'hgh',
        'data.kinds': ['customer', 'robots', 'customer'],
        'data.sharing': 'yes',
        'goals.trust': { unsure: true },
        'risk.monitoring': ['low'],
        'profile.notes': 'x'.repeat(201),
        'data.size': 'big',
      }),
    );
    expect(checked.ok).toBe(true);
    expect(checked.answers).toEqual({ 'data.kinds': ['customer'], 'data.sharing': 'yes' });
    expect(checked.problems).toEqual([
      { code: 'not-a-choice', question: 'data.uniqueness', value: 'hgh', choices: ['none', 'low', 'high'] },
      { code: 'not-a-choice', question: 'data.kinds', value: 'robots', choices: ['customer', 'operations', 'public'] },
      { code: 'duplicate-values', question: 'data.kinds', value: 'customer' },
      { code: 'unsure-not-allowed', question: 'goals.trust' },
      { code: 'wrong-kind', question: 'risk.monitoring', expected: 'choice' },
      { code: 'too-long', question: 'profile.notes', max: 200 },
      { code: 'unknown-question', question: 'data.size' },
    ]);
  });

  it('keeps answers to hidden questions', () => {
    const checked = checkAnswersFile(pack, file({ 'data.uniqueness': 'none', 'data.sharing': 'yes' }));
    expect(checked.answers).toEqual({ 'data.uniqueness': 'none', 'data.sharing': 'yes' });
  });

  it('keeps answers that still fit when the file is for another version', () => {
    const input = { ...file({ 'data.uniqueness': 'low', 'data.old-question': 'a' }), rules: { id: 'mini', version: '1.0.0' } };
    const checked = checkAnswersFile(pack, input);
    expect(checked.ok).toBe(true);
    expect(checked.answers).toEqual({ 'data.uniqueness': 'low' });
    expect(checked.problems).toEqual([
      { code: 'other-version', expected: '1.2.0', found: '1.0.0' },
      { code: 'unknown-question', question: 'data.old-question' },
    ]);
  });

  it('refuses answers for another pack', () => {
    const checked = checkAnswersFile(pack, { ...file(VALID), rules: { id: 'ai-openness', version: '1.0.0' } });
    expect(checked).toEqual({ ok: false, answers: {}, problems: [{ code: 'other-pack', expected: 'mini', found: 'ai-openness' }] });
  });

  it.each([
    ['a list', [], { code: 'wrong-format' }],
    ['null', null, { code: 'wrong-format' }],
    ['a rules pack', read('valid-tiny.json'), { code: 'wrong-format', found: 'aperture-rules/1' }],
    ['a workshop file', { format: 'aperture-workshop/1' }, { code: 'wrong-format', found: 'aperture-workshop/1' }],
    ['a file without rules', { format: 'aperture-answers/1', answers: {} }, { code: 'missing-field', field: 'rules' }],
    ['a file without answers', { format: 'aperture-answers/1', rules: { id: 'mini', version: '1.2.0' } }, { code: 'missing-field', field: 'answers' }],
  ])('refuses %s', (_name, input, problem) => {
    expect(checkAnswersFile(pack, input)).toEqual({ ok: false, answers: {}, problems: [problem] });
  });

  it('drops invalid optional fields and reports unknown ones', () => {
    const checked = checkAnswersFile(pack, file({}, { respondent: { name: 'A', role: 7, team: 'x' }, savedAt: 'yesterday', extra: true }));
    expect(checked.ok).toBe(true);
    expect(checked.respondent).toEqual({ name: 'A' });
    expect(checked.file).toEqual({ format: 'aperture-answers/1', rules: { id: 'mini', version: '1.2.0' }, respondent: { name: 'A' }, answers: {} });
    expect(checked.problems).toEqual([
      { code: 'unknown-field', field: 'extra' },
      { code: 'invalid-field', field: 'respondent.role' },
      { code: 'unknown-field', field: 'respondent.team' },
      { code: 'invalid-field', field: 'savedAt' },
    ]);
  });

  it('treats prototype keys as unknown questions and pollutes nothing', () => {
    const input = JSON.parse('{"format":"aperture-answers/1","rules":{"id":"mini","version":"1.2.0"},"answers":{"__proto__":{"polluted":true},"constructor":"x","goals.trust":"some"}}') as unknown;
    const checked = checkAnswersFile(pack, input);
    expect(checked.answers).toEqual({ 'goals.trust': 'some' });
    expect(Object.getPrototypeOf(checked.answers)).toBe(Object.prototype);
    expect(checked.problems).toEqual([
      { code: 'unknown-question', question: '__proto__' },
      { code: 'unknown-question', question: 'constructor' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a multi answer whose every value was refused, keeps an empty one', () => {
    expect(checkAnswers(pack, { 'data.kinds': ['robots'] }).answers).toEqual({});
    expect(checkAnswers(pack, { 'data.kinds': [] })).toEqual({ answers: { 'data.kinds': [] }, problems: [] });
  });
});

describe('parseAnswersJson', () => {
  it('gives the position of a syntax error', () => {
    expect(parseAnswersJson(pack, '{\n  "format": "aperture-answers/1"\n  "rules": {}\n}').problems).toEqual([{ code: 'not-json', line: 3, column: 3 }]);
  });

  it('reads a file with a byte-order mark', () => {
    expect(parseAnswersJson(pack, `\uFEFF${JSON.stringify(file(VALID))}`).answers).toEqual(VALID);
  });
});

const questionIds = pack.sections.flatMap((s) => s.questions.map((q) => q.id));
const anyAnswers = fc.dictionary(
  fc.oneof(fc.constantFrom(...questionIds, '__proto__', 'constructor'), fc.string()),
  fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('none', 'low', 'high', 'yes', 'public', 'customer', 'some'), fc.array(fc.constantFrom('customer', 'public', 'robots', 'operations')), fc.constant({ unsure: true }), fc.jsonValue()),
);

describe('checkAnswers on any input', () => {
  test.prop([anyAnswers], { numRuns: 1500 })('keeps valid answers only, and names every answer it drops', (answers) => {
    const checked = checkAnswers(pack, answers);
    expect(checkAnswers(pack, checked.answers).problems).toEqual([]);
    for (const id of Object.keys(answers)) {
      const named = checked.problems.some((p) => 'question' in p && p.question === id);
      expect(Object.prototype.hasOwnProperty.call(checked.answers, id) || named).toBe(true);
    }
  });

  test.prop([fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withBigInt: true })], { numRuns: 1500 })('never throws on any value', (value) => {
    const checked = checkAnswersFile(pack, value);
    expect(checked.ok).toBe(false);
    expect(checked.problems.length).toBeGreaterThan(0);
  });

  test.prop([fc.string({ maxLength: 100 })], { numRuns: 300 })('never throws on any text', (text) => {
    expect(parseAnswersJson(pack, text).ok).toBe(false);
  });
});
