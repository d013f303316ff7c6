import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n/t';
import type { AnswerProblem } from './answer-problems';
import { describeAnswerProblem } from './describe-problem';

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
    expect(describeAnswerProblem(problem, translator('en'))).toBe('data.uniqueness: "hgh" is not one of the choices (none, low, high); it was ignored.');
    expect(describeAnswerProblem(problem, translator('ja'))).toBe('data.uniqueness：「hgh」は選択肢（none、low、high）にないため、読み込みませんでした。');
  });

  it('can name questions by their text and keeps values from a file on one line', () => {
    const problem: AnswerProblem = { code: 'duplicate-values', question: 'data.kinds', value: 'a\nb' };
    const line = describeAnswerProblem(problem, translator('en'), { questionName: () => 'Which data?' });
    expect(line).toBe('Which data?: "a b" was given more than once; it was kept once.');
  });
});
