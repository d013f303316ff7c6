import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack, Question } from '@/rules/pack/pack-schema';
import { arbPackAndAnswers } from '@test/support/arbitraries';
import { holds } from './conditions';
import { analyseRobustness } from '../robustness/robustness';
import { rankOptions } from '../score/score';
import { buildPack } from '@test/support/pack-builder';

/** Whether an answer is a real answer to its question (not "not sure", missing, blank or not a choice). */
function isKnown(question: Question, value: AnswerValue | undefined): boolean {
  switch (question.kind) {
    case 'choice':
      return typeof value === 'string' && question.choices.some((c) => c.value === value);
    case 'multi':
      return Array.isArray(value) && value.length > 0;
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
  }
}

function arbFill(question: Question): fc.Arbitrary<AnswerValue> {
  if (question.kind === 'text') return fc.constant('filled in');
  const values = question.choices.map((c) => c.value);
  return question.kind === 'choice' ? fc.constantFrom(...values) : fc.subarray(values, { minLength: 1 });
}

/** A pack, answers for it, and one way of answering every question the answers leave unknown. */
const arbCompleted = arbPackAndAnswers().chain(([pack, answers]) => {
  const questions = pack.sections.flatMap((s) => s.questions);
  return fc.tuple(...questions.map(arbFill)).map((fills): [Pack, Answers, Answers] => {
    const completed: Record<string, AnswerValue> = { ...answers };
    questions.forEach((q, i) => {
      const fill = fills[i];
      if (!isKnown(q, answers[q.id]) && fill !== undefined) completed[q.id] = fill;
    });
    return [pack, answers, completed];
  });
});

const blockGuardsOf = (pack: Pack, answers: Answers, option: string): string[] =>
  rankOptions(pack, answers).ranking.find((r) => r.option === option)?.guards ?? [];

test.prop([arbCompleted])('a block guard never fails to block because an answer is unsure or missing', ([pack, answers, completed]) => {
  // Independent oracle: the two-valued condition language on answers where nothing is unknown.
  for (const guard of pack.guards.filter((g) => g.severity === 'block')) {
    if (!holds(guard.when, completed, pack)) continue;
    for (const option of guard.options) expect(blockGuardsOf(pack, answers, option)).toContain(guard.id);
  }
});

test.prop([arbCompleted])('with every question answered, block guards are the two-valued ones and none waits for an answer', ([pack, , completed]) => {
  const scored = rankOptions(pack, completed);
  expect(scored.unknownGuards).toEqual([]);
  for (const ranked of scored.ranking) {
    const expected = pack.guards.filter((g) => g.severity === 'block' && g.options.includes(ranked.option) && holds(g.when, completed, pack)).map((g) => g.id);
    expect(ranked.guards).toEqual(expected);
  }
});

test.prop([arbPackAndAnswers()])('a guard that waits for answers names shown questions left open, and blocks its options', ([pack, answers]) => {
  const scored = rankOptions(pack, answers);
  const open = new Set([...scored.unanswered, ...scored.unsure]);
  for (const { guard, questions: waiting } of scored.unknownGuards) {
    const found = pack.guards.find((g) => g.id === guard);
    expect(found?.severity).toBe('block');
    expect(waiting.length).toBeGreaterThan(0);
    for (const id of waiting) expect(open.has(id)).toBe(true);
    for (const ranked of scored.ranking.filter((r) => found?.options.includes(r.option))) {
      expect(ranked.guards).toContain(guard);
      expect(ranked.verdict).toBe('not-recommended');
    }
  }
});

test.prop([arbPackAndAnswers()])('robustness reports a share in 0..1 for exactly the guards that wait for answers', ([pack, answers]) => {
  const scored = rankOptions(pack, answers);
  const { unknownGuards } = analyseRobustness(pack, answers, { samples: 100 });
  expect(unknownGuards.map((u) => u.guard)).toEqual(scored.unknownGuards.map((u) => u.guard));
  for (const { share } of unknownGuards) {
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  }
});

describe('three-valued block guards, by example', () => {
  const pack = buildPack({
    criteria: [{ id: 'value', weight: 1 }],
    questions: [
      { id: 'risk.misuse', choices: ['low', 'high'], allowUnsure: true },
      { id: 'risk.monitoring', choices: ['none', 'manual', 'automated'], allowUnsure: true, showIf: { q: 'risk.misuse', is: 'high' } },
      { id: 'size', choices: ['small', 'large'] },
    ],
    options: [
      { id: 'open', baseline: { value: 9 } },
      { id: 'closed', baseline: { value: 5 } },
    ],
    rules: [{ id: 'unmonitored-open-loses', when: { not: { q: 'risk.monitoring', atLeast: 'manual' } }, effects: [{ option: 'open', criterion: 'value', delta: -1 }] }],
    guards: [
      { id: 'unmonitored', options: ['open'], severity: 'block', when: { q: 'risk.monitoring', atMost: 'none' } },
      { id: 'large-caution', options: ['open'], severity: 'caution', when: { q: 'size', is: 'large' } },
    ],
  });
  const open = (answers: Answers) => rankOptions(pack, answers).ranking.find((r) => r.option === 'open');

  it('blocks while a shown question is "not sure", naming it', () => {
    const scored = rankOptions(pack, { 'risk.misuse': 'high', 'risk.monitoring': { unsure: true }, size: 'small' });
    expect(scored.ranking.map((r) => [r.option, r.verdict])).toEqual([
      ['closed', 'recommended'],
      ['open', 'not-recommended'],
    ]);
    expect(scored.unknownGuards).toEqual([{ guard: 'unmonitored', questions: ['risk.monitoring'] }]);
  });

  it('blocks while a question that could be shown waits for an earlier unknown answer, naming that one', () => {
    const scored = rankOptions(pack, { 'risk.misuse': { unsure: true }, size: 'small' });
    expect(scored.ranking.find((r) => r.option === 'open')?.guards).toEqual(['unmonitored']);
    expect(scored.unknownGuards).toEqual([{ guard: 'unmonitored', questions: ['risk.misuse'] }]);
  });

  it('does not block on an answer that rules the guard out, nor on a question hidden whatever the answers', () => {
    expect(open({ 'risk.misuse': 'high', 'risk.monitoring': 'automated', size: 'small' })?.verdict).toBe('recommended');
    expect(open({ 'risk.misuse': 'low', size: 'small' })?.verdict).toBe('recommended');
    expect(rankOptions(pack, { 'risk.misuse': 'low', size: 'small' }).unknownGuards).toEqual([]);
  });

  it('blocks for certain on the answer itself, with nothing to wait for', () => {
    const scored = rankOptions(pack, { 'risk.misuse': 'high', 'risk.monitoring': 'none', size: 'small' });
    expect(scored.ranking.find((r) => r.option === 'open')?.guards).toEqual(['unmonitored']);
    expect(scored.unknownGuards).toEqual([]);
  });

  it('keeps scoring rules and cautions two-valued: "not sure" is no match', () => {
    const unsure = open({ 'risk.misuse': 'high', 'risk.monitoring': { unsure: true } });
    // `not atLeast manual` holds on "not sure" (no answer is never a match), so the rule fires.
    expect(unsure?.contributions).toEqual([{ rule: 'unmonitored-open-loses', points: -10 }]);
    expect(unsure?.cautions).toEqual([]);
  });

  it('says in robustness how often the guard still blocks once "not sure" answers are drawn', () => {
    const { unknownGuards } = analyseRobustness(pack, { 'risk.misuse': 'high', 'risk.monitoring': { unsure: true }, size: 'small' }, { samples: 3000 });
    expect(unknownGuards).toHaveLength(1);
    expect(unknownGuards[0]?.share).toBeCloseTo(1 / 3, 1);
    // An unanswered question is not drawn: the guard waits for it in every sample.
    expect(analyseRobustness(pack, { 'risk.misuse': 'high', size: 'small' }, { samples: 200 }).unknownGuards).toEqual([{ guard: 'unmonitored', share: 1 }]);
  });
});

describe('too few answers: no verdict', () => {
  const spec = {
    criteria: [{ id: 'value', weight: 1 }],
    questions: [
      { id: 'role', choices: ['internal', 'product'], allowUnsure: true },
      { id: 'q1', choices: ['low', 'high'], allowUnsure: true },
      { id: 'q2', choices: ['low', 'high'] },
      { id: 'q3', choices: ['low', 'high'] },
    ],
    options: [
      { id: 'open', baseline: { value: 8 } },
      { id: 'closed', baseline: { value: 5 } },
    ],
  } as const;
  const required = (pack: ReturnType<typeof buildPack>) => ({
    ...pack,
    sections: pack.sections.map((s) => ({ ...s, questions: s.questions.map((q) => ({ ...q, required: true })) })),
  });
  const pack = { ...required(buildPack(spec)), decisive: ['role'] };
  const verdicts = (answers: Answers) => rankOptions(pack, answers).ranking.map((r) => r.verdict);

  it('recommends nothing while a decisive question is unanswered or "not sure", and names it', () => {
    const answers = { q1: 'low', q2: 'low', q3: 'low' };
    expect(rankOptions(pack, answers).needsAnswers).toEqual(['role']);
    expect(verdicts(answers)).toEqual(['viable', 'viable']);
    expect(rankOptions(pack, { ...answers, role: { unsure: true } }).needsAnswers).toEqual(['role']);
    expect(verdicts({ ...answers, role: 'product' })).toEqual(['recommended', 'viable']);
    expect(rankOptions(pack, { ...answers, role: 'product' }).needsAnswers).toEqual([]);
  });

  it('recommends nothing while more than a third of the required questions are open, and lists them', () => {
    expect(rankOptions(pack, { role: 'product', q1: 'low', q2: 'low' }).needsAnswers).toEqual([]);
    expect(rankOptions(pack, { role: 'product', q1: { unsure: true }, q2: 'low' }).needsAnswers).toEqual(['q1', 'q3']);
    expect(rankOptions(pack, { q1: { unsure: true } }).needsAnswers).toEqual(['role', 'q1', 'q2', 'q3']);
  });

  test.prop([arbPackAndAnswers()])('no option is recommended while questions are listed to answer first', ([somePack, answers]) => {
    const scored = rankOptions(somePack, answers);
    if (scored.needsAnswers.length > 0) expect(scored.ranking.some((r) => r.verdict === 'recommended')).toBe(false);
    for (const id of scored.needsAnswers) expect([...scored.unanswered, ...scored.unsure]).toContain(id);
  });
});
