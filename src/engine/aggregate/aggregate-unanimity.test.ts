import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '@/rules/answers/answers-schema';
import { aggregateWorkshop } from './aggregate';
import { brokenUnanimous, unanimityOf } from './aggregate-unanimity';
import { buildPack } from '@test/support/pack-builder';

const pack = buildPack({
  criteria: [{ id: 'c', weight: 1 }],
  questions: [{ id: 'level', choices: ['low', 'mid', 'high'], allowUnsure: true }],
  options: [{ id: 'a', baseline: { c: 3 } }, { id: 'b', baseline: { c: 2 } }],
});

/** One member's answer to `level`: a choice, "not sure", a value that is not a choice (dropped), or none. */
const answerArb = fc.constantFrom<AnswerValue | undefined>('low', 'mid', 'high', { unsure: true }, 'very-high', undefined);

function spreadOf(answers: readonly (AnswerValue | undefined)[]) {
  const members = answers.map((value, i) => ({ id: `p${i}`, label: `P${i}`, answers: value === undefined ? {} : { level: value } }));
  const spread = aggregateWorkshop(pack, members).spreads.find((s) => s.question === 'level');
  if (!spread) throw new Error('no spread');
  return spread;
}

describe('unanimity', () => {
  it('counts only real answers: "not sure", no answer and a value that is not a choice neither make nor break it', () => {
    const found = unanimityOf(spreadOf(['mid', { unsure: true }, 'very-high', undefined, 'mid']));
    expect(found).toEqual({ question: 'level', value: 'mid', among: 2, unsure: 1, unanswered: 2 });
    expect(unanimityOf(spreadOf([{ unsure: true }, undefined]))).toBeNull();
    expect(unanimityOf(spreadOf(['mid', 'high']))).toBeNull();
  });

  test.prop([fc.array(answerArb, { minLength: 1, maxLength: 8 })])('is unanimous exactly when every concrete answer is the same one', (answers) => {
    const concrete = answers.filter((a): a is string => typeof a === 'string' && ['low', 'mid', 'high'].includes(a));
    const found = unanimityOf(spreadOf(answers));
    if (concrete.length > 0 && concrete.every((a) => a === concrete[0])) expect(found).toMatchObject({ value: concrete[0], among: concrete.length });
    else expect(found).toBeNull();
  });

  it('flags an agreed answer adopted as unanimous once the room no longer gives it unanimously', () => {
    const agreed = { answers: { level: 'mid' }, unanimous: ['level'] };
    expect(brokenUnanimous(agreed, [spreadOf(['mid', undefined])])).toEqual([]);
    expect(brokenUnanimous(agreed, [spreadOf(['mid', 'high'])])).toEqual(['level']);
    expect(brokenUnanimous(agreed, [spreadOf([{ unsure: true }])])).toEqual(['level']);
    expect(brokenUnanimous({ answers: { level: 'mid' } }, [spreadOf(['mid', 'high'])]), 'recorded by hand, never flagged').toEqual([]);
  });
});
