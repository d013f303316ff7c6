import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n/t';
import type { AnswerProblem } from './answer-problems';
import { describeAnswerProblem, packProblemNames } from './describe-problem';
import { loadPack } from '../pack/load-pack';

const EVERY_PROBLEM: AnswerProblem[] = [
  { code: 'not-json', line: 3, column: 7 },
  { code: 'too-complex' },
  { code: 'wrong-format' },
  { code: 'wrong-format', found: 'aperture-rules/1' },
  { code: 'missing-field', field: 'rules' },
  { code: 'other-pack', expected: 'ai-openness', found: 'mini' },
  { code: 'other-version', expected: '1.1.0', found: '1.0.0' },
  { code: 'invalid-field', field: 'savedAt' },
  { code: 'unknown-field', field: 'extra' },
  { code: 'unknown-question', question: 'data.size' },
  { code: 'not-a-choice', question: 'data.uniqueness', value: 'hgh', choices: ['none', 'low', 'high'] },
  { code: 'wrong-kind', question: 'data.uniqueness', expected: 'choice' },
  { code: 'wrong-kind', question: 'data.kinds', expected: 'multi' },
  { code: 'wrong-kind', question: 'profile.notes', expected: 'text' },
  { code: 'too-long', question: 'profile.notes', max: 200 },
  { code: 'unsure-not-allowed', question: 'goals.trust' },
  { code: 'duplicate-values', question: 'data.kinds', value: 'customer' },
];

describe('describeAnswerProblem', () => {
  it.each(EVERY_PROBLEM)('puts $code into one filled line in English and Japanese', (problem) => {
    const en = describeAnswerProblem(problem, translator('en'));
    const ja = describeAnswerProblem(problem, translator('ja'));
    for (const line of [en, ja]) {
      expect(line.trim().length).toBeGreaterThan(0);
      expect(line).not.toMatch(/[\r\n]|\{\w+\}|problems\./);
    }
    expect(ja).not.toBe(en);
  });

  it('names the value, the choices and the question', () => {
    const problem = EVERY_PROBLEM[10] as AnswerProblem;
    expect(describeAnswerProblem(problem, translator('en'))).toBe('data.uniqueness: “hgh” is not one of the choices (none, low, high); it was ignored.');
    expect(describeAnswerProblem(problem, translator('ja'))).toBe('data.uniqueness：「hgh」は選択肢（none、low、high）にないため、読み込みませんでした。');
  });

  it('can name questions by their text, quoted, and keeps values from a file on one line', () => {
    const problem: AnswerProblem = { code: 'duplicate-values', question: 'data.kinds', value: 'a\nb' };
    const line = describeAnswerProblem(problem, translator('en'), { questionName: () => 'Which data?' });
    expect(line).toBe('“Which data?”: “a b” was given more than once; it was kept once.');
  });

  it('quotes a question text cleanly in both languages, and leaves an id it cannot name as it is', () => {
    const problem: AnswerProblem = { code: 'not-a-choice', question: 'company.size', value: 'enormous', choices: ['small', 'large'] };
    const texts: Record<string, Record<'en' | 'ja', string>> = { 'company.size': { en: 'How many people do you employ?', ja: '従業員数はどのくらいですか。' } };
    const named = (lang: 'en' | 'ja') => (id: string) => texts[id]?.[lang] ?? id;
    expect(describeAnswerProblem(problem, translator('en'), { questionName: named('en') })).toBe(
      '“How many people do you employ?”: “enormous” is not one of the choices (small, large); it was ignored.',
    );
    expect(describeAnswerProblem(problem, translator('ja'), { questionName: named('ja') })).toBe(
      '「従業員数はどのくらいですか。」：「enormous」は選択肢（small、large）にないため、読み込みませんでした。',
    );
    const unknown = { ...problem, question: 'company.gone' };
    expect(describeAnswerProblem(unknown, translator('en'), { questionName: named('en') })).toMatch(/^company\.gone: “enormous”/);
  });

  it('says "character" for a limit of one, "characters" otherwise', () => {
    const tooLong = (max: number): AnswerProblem => ({ code: 'too-long', question: 'profile.notes', max });
    expect(describeAnswerProblem(tooLong(1), translator('en'))).toBe('profile.notes: the answer is longer than 1 character; it was ignored.');
    expect(describeAnswerProblem(tooLong(200), translator('en'))).toBe('profile.notes: the answer is longer than 200 characters; it was ignored.');
  });
});

describe('packProblemNames', () => {
  const loaded = loadPack(JSON.parse(readFileSync('test/fixtures/packs/ui-small.json', 'utf8')));
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const pack = loaded.pack;
  const problem: AnswerProblem = { code: 'not-a-choice', question: 'profile.size', value: 'huge', choices: ['small', 'large'] };

  it('lists the choices by their labels in the reader’s language, quoted, without a code', () => {
    expect(describeAnswerProblem(problem, translator('en'), packProblemNames(pack, 'en'))).toBe(
      '“How many employees?”: “huge” is not one of the choices (“Fewer than 300”, “300 or more”); it was ignored.',
    );
    const ja = describeAnswerProblem(problem, translator('ja'), packProblemNames(pack, 'ja'));
    expect(ja).toBe('「従業員数は何人ですか」：「huge」は選択肢（「300人未満」、「300人以上」）にないため、読み込みませんでした。');
    expect(ja).not.toMatch(/small|large|[(),:]/);
  });

  it('adds the value a file must hold when asked (the command line)', () => {
    const names = { ...packProblemNames(pack, 'ja'), choiceValues: true };
    expect(describeAnswerProblem(problem, translator('ja'), names)).toBe(
      '「従業員数は何人ですか」：「huge」は選択肢（small「300人未満」、large「300人以上」）にないため、読み込みませんでした。',
    );
  });

  it('names the questionnaire by its title when answers belong to another one', () => {
    const other: AnswerProblem = { code: 'other-pack', expected: 'ui-small', found: 'mini' };
    expect(describeAnswerProblem(other, translator('ja'), packProblemNames(pack, 'ja'))).toBe('この回答は別の質問票（ID：mini）のもので、「小さなテスト用パック」には読み込めません。');
    expect(describeAnswerProblem(other, translator('en'), packProblemNames(pack, 'en'))).toBe('These answers are for another questionnaire (id “mini”), not for “Small test pack”.');
  });

  it('falls back to codes for a question or choice the pack does not have', () => {
    const unknown: AnswerProblem = { code: 'not-a-choice', question: 'company.gone', value: 'x', choices: ['a', 'b'] };
    expect(describeAnswerProblem(unknown, translator('ja'), packProblemNames(pack, 'ja'))).toBe('company.gone：「x」は選択肢（a、b）にないため、読み込みませんでした。');
  });
});
