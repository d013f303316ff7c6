import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import { buildPack } from '@test/support/pack-builder';
import { isAnswered, isQuestionVisible, packIndex, shownQuestions, visibleAnswers } from './visibility';

/** a → b → c: b shows when a is high, c when b is yes; d refers to a later question; e is a text. */
const pack = buildPack({
  criteria: [{ id: 'c', weight: 1 }],
  questions: [
    { id: 'a', choices: ['low', 'high'], allowUnsure: true, section: 'one' },
    { id: 'b', choices: ['no', 'yes'], showIf: { q: 'a', is: 'high' }, section: 'one' },
    { id: 'c', choices: ['x', 'y'], showIf: { q: 'b', is: 'yes' }, section: 'two' },
    { id: 'd', choices: ['x', 'y'], showIf: { q: 'e', answered: true }, section: 'two' },
    { id: 'e', kind: 'text', section: 'two' },
    { id: 'f', kind: 'multi', choices: ['m', 'n'], showIf: { not: { q: 'c', answered: true } }, section: 'two' },
  ],
  options: [
    { id: 'p', baseline: { c: 1 } },
    { id: 'q', baseline: { c: 2 } },
  ],
});

const visibleIds = (answers: Answers): string[] => ['a', 'b', 'c', 'd', 'e', 'f'].filter((id) => isQuestionVisible(pack, answers, id));

describe('visibility chains', () => {
  it.each<[string, Answers, string[]]>([
    ['nothing answered', {}, ['a', 'e', 'f']],
    ['a high shows b', { a: 'high' }, ['a', 'b', 'e', 'f']],
    ['a high, b yes shows c', { a: 'high', b: 'yes' }, ['a', 'b', 'c', 'e', 'f']],
    ['an answer to c hides f', { a: 'high', b: 'yes', c: 'x' }, ['a', 'b', 'c', 'e']],
    ['a low hides b and, through it, c (answers kept)', { a: 'low', b: 'yes', c: 'x' }, ['a', 'e', 'f']],
    ['a not sure hides b', { a: { unsure: true }, b: 'yes' }, ['a', 'e', 'f']],
    ['a later question never shows an earlier one', { e: 'text' }, ['a', 'e', 'f']],
    ['a hidden answer does not hide f', { a: 'low', b: 'yes', c: 'y' }, ['a', 'e', 'f']],
  ])('%s', (_name, answers, expected) => {
    expect(visibleIds(answers)).toEqual(expected);
    // Worked out once for all questions, the same answer for each.
    expect(['a', 'b', 'c', 'd', 'e', 'f'].filter(shownQuestions(pack, answers))).toEqual(expected);
  });

  it('an unknown question is not visible', () => {
    expect(isQuestionVisible(pack, {}, 'zzz')).toBe(false);
    expect(shownQuestions(pack, {})('zzz')).toBe(false);
  });
});

describe('visibleAnswers', () => {
  it('keeps answers of visible questions only, in pack order', () => {
    const answers: Answers = { f: ['n'], c: 'x', b: 'yes', a: 'low', e: 'note' };
    const visible = visibleAnswers(pack, answers);
    expect(visible).toEqual({ a: 'low', e: 'note', f: ['n'] });
    expect(Object.keys(visible)).toEqual(['a', 'e', 'f']);
  });

  it('drops answers that do not count and unknown questions', () => {
    const answers: Answers = { a: 'medium', e: '   ', f: [], zzz: 'x' };
    expect(visibleAnswers(pack, answers)).toEqual({});
  });

  it('keeps "not sure" and returns copies, leaving the input untouched', () => {
    const list = ['m'];
    const answers: Answers = { a: { unsure: true }, f: list };
    const visible = visibleAnswers(pack, answers);
    expect(visible).toEqual({ a: { unsure: true }, f: ['m'] });
    expect(visible['f']).not.toBe(list);
    expect(answers).toEqual({ a: { unsure: true }, f: ['m'] });
  });

  it('ignores inherited properties', () => {
    const answers = Object.create({ a: 'high' }) as Answers;
    expect(visibleAnswers(pack, answers)).toEqual({});
  });
});

describe('isAnswered', () => {
  it.each<[string, AnswerValue | undefined, boolean]>([
    ['undefined', undefined, false],
    ['a choice', 'low', true],
    ['a text', ' hello ', true],
    ['an empty text', '', false],
    ['a blank text', ' \t\n', false],
    ['a list', ['x'], true],
    ['an empty list', [], false],
    ['not sure (counts as answered for "required")', { unsure: true }, true],
  ])('%s', (_name, value, expected) => {
    expect(isAnswered(value)).toBe(expected);
  });
});

describe('packIndex', () => {
  it('is memoised per pack object', () => {
    expect(packIndex(pack)).toBe(packIndex(pack));
    expect(packIndex({ ...pack })).not.toBe(packIndex(pack));
  });

  it('indexes questions with order, section and choice order, and every id table', () => {
    const index = packIndex(pack);
    expect(index.questionList.map((q) => q.question.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(index.questions.get('c')).toMatchObject({ order: 2, section: 'two' });
    expect([...(index.questions.get('b')?.choiceOrder ?? [])]).toEqual([['no', 0], ['yes', 1]]);
    expect(index.questions.get('e')?.choiceOrder.size).toBe(0);
    expect([...index.options.keys()]).toEqual(['p', 'q']);
    expect([...index.criteria.keys()]).toEqual(['c']);
    expect([...index.sources.keys()]).toEqual(['src']);
    expect(index.rules.size).toBe(0);
    expect(index.guards.size).toBe(0);
  });
});
