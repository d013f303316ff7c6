import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack, Question } from '@/rules/pack/pack-schema';
import { arbPack } from '@test/support/arbitraries';
import { assess } from './assess';
import { bitOf, evaluateAbstract, evaluateAbstractNear, NONE_BIT, UNSURE_BIT } from './abstract-state';
import { isAnswered, NONE, readAnswers } from '../score/answer-state';
import { resolveOverride } from '../score/evaluate';
import { runExpress } from './express-path';
import { gapBounds } from './score-bounds';
import { packModel } from '../score/model';
import { rankOptions } from '../score/score';
import { GUARD_IMPACT, settledness } from './settledness';
import { buildPack } from '@test/support/pack-builder';

/** Every value an open question can take in a completion: no answer, "not sure" where allowed, each choice, each list, a text. */
function valuesOf(question: Question): (AnswerValue | undefined)[] {
  switch (question.kind) {
    case 'choice':
      return [undefined, ...(question.allowUnsure === true ? [{ unsure: true } as const] : []), ...question.choices.map((c) => c.value)];
    case 'multi': {
      const values = question.choices.map((c) => c.value);
      const lists: string[][] = [];
      for (let bits = 1; bits < 1 << values.length; bits += 1) lists.push(values.filter((_, i) => (bits & (1 << i)) !== 0));
      return [undefined, ...lists];
    }
    case 'text':
      return [undefined, 'a note'];
  }
}

function recommendedSet(pack: Pack, answers: Answers): string {
  return rankOptions(pack, answers)
    .ranking.filter((r) => r.verdict === 'recommended')
    .map((r) => r.option)
    .sort()
    .join(',');
}

/** Every completion of the unanswered questions (visible or not: a hidden one may be revealed). */
function* completions(pack: Pack, answers: Answers): Generator<Answers> {
  const open = pack.sections.flatMap((s) => s.questions).filter((q) => !isAnswered(Object.hasOwn(answers, q.id) ? answers[q.id] : undefined));
  const domains = open.map(valuesOf);
  const pick = new Array<number>(open.length).fill(0);
  for (;;) {
    const completed: Record<string, AnswerValue> = { ...answers };
    open.forEach((q, i) => {
      const value = domains[i]?.[pick[i] ?? 0];
      if (value === undefined) delete completed[q.id];
      else completed[q.id] = value;
    });
    yield completed;
    let i = 0;
    while (i < open.length && (pick[i] = (pick[i] ?? 0) + 1) >= (domains[i]?.length ?? 1)) pick[i++] = 0;
    if (i === open.length) return;
  }
}

function completionCount(pack: Pack, answers: Answers): number {
  return pack.sections
    .flatMap((s) => s.questions)
    .filter((q) => !isAnswered(Object.hasOwn(answers, q.id) ? answers[q.id] : undefined))
    .reduce((n, q) => n * valuesOf(q).length, 1);
}

/** Partial answers: each question answered (any value, hidden ones too) or left open. */
function arbPartial(pack: Pack): fc.Arbitrary<Answers> {
  const questions = pack.sections.flatMap((s) => s.questions);
  return fc
    .tuple(...questions.map((q) => fc.option(fc.constantFrom(...valuesOf(q)), { freq: 2, nil: undefined })))
    .map((values) => Object.fromEntries(questions.flatMap((q, i) => (values[i] === undefined ? [] : [[q.id, values[i]]]))) as Answers);
}

const arbCase = arbPack().chain((pack) => arbPartial(pack).map((answers): [Pack, Answers] => [pack, answers]));
const arbFractionalCase = arbPack({ fractional: true }).chain((pack) => arbPartial(pack).map((answers): [Pack, Answers] => [pack, answers]));

function expectSound(pack: Pack, answers: Answers): boolean {
  const result = settledness(pack, answers);
  expect(result.recommended.slice().sort().join(',')).toBe(recommendedSet(pack, answers));
  if (!result.settled) return false;
  const now = recommendedSet(pack, answers);
  for (const completed of completions(pack, answers)) expect(recommendedSet(pack, completed)).toBe(now);
  expect(result.next).toBeUndefined();
  expect(result.impacts.every((i) => i.impact === 0)).toBe(true);
  return true;
}

/** How many runs of the soundness property ended "settled" (it must not pass vacuously). */
let settledRuns = 0;

describe('settledness against brute force', () => {
  test.prop([arbCase], { numRuns: 300 })('never says "settled" when some completion changes the recommended set', ([pack, answers]) => {
    fc.pre(completionCount(pack, answers) <= 1500);
    if (expectSound(pack, answers)) settledRuns += 1;
  }, 120_000);

  test.prop([arbFractionalCase], { numRuns: 100 })('nor with fractional weights, baselines and deltas', ([pack, answers]) => {
    fc.pre(completionCount(pack, answers) <= 1500);
    expectSound(pack, answers);
  }, 120_000);

  it('found settled answer sets in a good share of the runs', () => {
    expect(settledRuns).toBeGreaterThan(30);
  });

  test.prop([arbCase], { numRuns: 200 })('with nothing open or unsure, the answers are settled; impacts are finite and never negative', ([pack, answers]) => {
    const result = settledness(pack, answers);
    for (const i of result.impacts) {
      expect(i.impact).toBeGreaterThanOrEqual(0);
      expect(i.impact).toBeLessThanOrEqual(GUARD_IMPACT);
      expect(Number.isFinite(i.gain) && i.gain >= 0).toBe(true);
      if (i.impact === 0 || result.settled) expect(i.gain).toBe(0);
    }
    // Something left to ask: the next question is one of them (an unsure answer alone can leave nothing to ask).
    if (!result.settled && result.remaining.length > 0) expect(result.remaining).toContain(result.next);
    const all = completions(pack, answers).next().value ?? answers;
    // Every question answered, "not sure" answers kept: block guards read them three-valued exactly
    // as the engine does, so an unsure answer alone never keeps the analysis at "not yet".
    const given = (q: Question) => {
      const value = Object.hasOwn(all, q.id) ? all[q.id] : undefined;
      return value === undefined ? (valuesOf(q).at(-1) ?? '') : value;
    };
    const complete = Object.fromEntries(pack.sections.flatMap((s) => s.questions).map((q) => [q.id, given(q)])) as Answers;
    expect(settledness(pack, complete).settled).toBe(true);
  });
});

const choices = ['low', 'mid', 'high'];
const twoOptions = (extra: Partial<Parameters<typeof buildPack>[0]> = {}) =>
  buildPack({
    criteria: [{ id: 'cost', weight: 3 }, { id: 'trust', weight: 3 }],
    questions: [
      { id: 'a', choices },
      { id: 'b', choices, allowUnsure: true },
      { id: 'c', choices, showIf: { q: 'a', is: 'high' } },
    ],
    options: [
      { id: 'closed', baseline: { cost: 5, trust: 5 } },
      { id: 'open', baseline: { cost: 2, trust: 2 } },
    ],
    ...extra,
  });

describe('the look-ahead', () => {
  /** The masks settledness starts from: an answered question holds its code, an open one every code it may take. */
  const masksOf = (pack: Pack, answers: Answers) => {
    const model = packModel(pack);
    const raw = readAnswers(model.index, answers);
    return model.index.questionList.map(({ question }, i) => {
      const code = raw.code[i] ?? NONE;
      if (code !== NONE) return bitOf(code);
      if (question.kind !== 'choice') return NONE_BIT | bitOf(0);
      return question.choices.reduce((m, _, j) => m | bitOf(j), NONE_BIT | (question.allowUnsure === true ? UNSURE_BIT : 0));
    });
  };

  test.prop([arbCase, fc.nat(), fc.nat()], { numRuns: 200 })('re-evaluating only what one narrowed question reaches gives the full evaluation, number for number', ([pack, answers], at, pick) => {
    const model = packModel(pack);
    const override = resolveOverride(model, undefined);
    const mask = masksOf(pack, answers);
    const { multi } = readAnswers(model.index, answers);
    const q = at % mask.length;
    const bits = Array.from({ length: 32 }, (_, b) => (1 << b) >>> 0).filter((b) => ((mask[q] ?? 0) & b) !== 0);
    const narrowed = [...mask];
    narrowed[q] = bits[pick % bits.length] ?? NONE_BIT;
    const base = evaluateAbstract(model, { mask, multi }, override);
    const near = evaluateAbstractNear(model, base, { mask: narrowed, multi }, override, q);
    expect(near).toEqual(evaluateAbstract(model, { mask: narrowed, multi }, override));
    // With the weights unchanged, the gaps between options no re-valued rule touches are the base's, number for number.
    if (JSON.stringify(near.weights) !== JSON.stringify(base.weights)) return;
    const unchanged = new Uint8Array(model.optionIds.length).fill(1);
    model.rules.forEach((rule, r) => {
      if (near.fired[r] !== base.fired[r]) for (const effect of rule.effects) unchanged[effect.option] = 0;
    });
    const columns = model.optionIds.map((_, o) => o).filter((o) => o % 2 === pick % 2);
    const reused = gapBounds(model, near, columns, { gaps: gapBounds(model, base), unchanged });
    expect(reused).toEqual(gapBounds(model, near, columns));
  });

  /** Two even options; `a` (first in pack order) settles the choice on one answer of three, `b` on each of its answers. */
  const lookAheadPack = () =>
    buildPack({
      criteria: [{ id: 'cost', weight: 3 }, { id: 'trust', weight: 3 }],
      questions: [{ id: 'a', choices }, { id: 'b', choices }],
      options: [
        { id: 'closed', baseline: { cost: 5, trust: 5 } },
        { id: 'open', baseline: { cost: 5, trust: 5 } },
      ],
      rules: [
        { id: 'a-high', when: { q: 'a', is: 'high' }, effects: [{ option: 'open', criterion: 'cost', delta: 10 }] },
        { id: 'b-low', when: { q: 'b', is: ['low', 'mid'] }, effects: [{ option: 'open', criterion: 'cost', delta: 10 }] },
        { id: 'b-high', when: { q: 'b', is: 'high' }, effects: [{ option: 'closed', criterion: 'cost', delta: 10 }] },
      ],
    });

  it('asks first the question whose answers settle the recommendation most often, not the first of equal impacts', () => {
    const pack = lookAheadPack();
    const state = settledness(pack, {});
    const [a, b] = ['a', 'b'].map((id) => state.impacts.find((i) => i.question === id));
    expect(a?.impact).toBe(b?.impact);
    expect(b?.gain).toBeGreaterThan(a?.gain ?? 0);
    expect(state.next).toBe('b');
    expect(runExpress(pack, { a: 'low', b: 'low' })).toMatchObject({ asked: ['b'], settled: true });
    // Once b is answered, a can no longer change anything.
    expect(settledness(pack, { b: 'mid' })).toMatchObject({ settled: true, recommended: ['open'] });
  });
});

describe('settledness examples', () => {
  it('is settled when no open question touches anything', () => {
    const result = settledness(twoOptions(), {});
    expect(result).toMatchObject({ settled: true, recommended: ['closed'], remaining: ['a', 'b', 'c'], next: undefined });
  });

  it('is not settled while a rule on an open question can close the gap, and says which question to ask', () => {
    const pack = twoOptions({ rules: [{ id: 'r', when: { q: 'b', atLeast: 'high' }, effects: [{ option: 'open', criterion: 'cost', delta: 8 }] }] });
    const open = settledness(pack, {});
    expect(open.settled).toBe(false);
    expect(open.next).toBe('b');
    expect(open.impacts.find((i) => i.question === 'b')?.impact).toBeGreaterThan(3);
    expect(open.impacts.find((i) => i.question === 'a')?.impact).toBe(0);
    expect(settledness(pack, { b: 'low' }).settled).toBe(true);
    expect(settledness(pack, { b: { unsure: true } }).settled).toBe(true);
  });

  it('counts a question that only an open answer can reveal', () => {
    const pack = twoOptions({ rules: [{ id: 'r', when: { q: 'c', is: 'high' }, effects: [{ option: 'open', criterion: 'trust', delta: 8 }] }] });
    expect(settledness(pack, {}).settled).toBe(false);
    expect(settledness(pack, { a: 'low' })).toMatchObject({ settled: true, remaining: ['b'] });
    expect(settledness(pack, { a: 'high' })).toMatchObject({ settled: false, next: 'c' });
  });

  it('a block guard that could still fire on a recommended option keeps it open', () => {
    const pack = twoOptions({ guards: [{ id: 'g', options: ['closed'], severity: 'block', when: { q: 'a', is: 'low' } }] });
    const open = settledness(pack, {});
    expect(open).toMatchObject({ settled: false, next: 'a' });
    expect(open.impacts.find((i) => i.question === 'a')?.impact).toBe(GUARD_IMPACT);
    expect(settledness(pack, { a: 'mid' }).settled).toBe(true);
  });

  it('a "not sure" answer on a block guard\'s question settles the guard (it blocks), even with many questions open', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, choices, allowUnsure: true }));
    const pack = buildPack({
      criteria: [{ id: 'cost', weight: 3 }, { id: 'trust', weight: 3 }],
      questions: [{ id: 'risk', choices, allowUnsure: true }, { id: 'other', choices }, ...many],
      options: [
        { id: 'closed', baseline: { cost: 5, trust: 5 } },
        { id: 'open', baseline: { cost: 6, trust: 6 } },
      ],
      rules: many.map((q, i) => ({ id: `r${i}`, when: { q: q.id, is: 'high' }, effects: [{ option: 'closed', criterion: 'cost', delta: 0.1 }] })),
      guards: [{ id: 'g', options: ['open'], severity: 'block', when: { all: [{ q: 'risk', atLeast: 'mid' }, { q: 'other', is: ['mid', 'high'] }] } }],
    });
    // Before: the guard was read with "not sure" as any answer, so "open" stayed undecided until every other question was answered.
    const unsure = settledness(pack, { risk: { unsure: true }, other: 'mid' });
    expect(unsure).toMatchObject({ settled: true, recommended: ['closed'] });
    expect(rankOptions(pack, { risk: { unsure: true }, other: 'mid' }).ranking.find((r) => r.option === 'open')?.verdict).toBe('not-recommended');
    // Still sound: while "other" is open, the guard may not fire, and "open" may win.
    expect(settledness(pack, { risk: { unsure: true } }).settled).toBe(false);
    expect(settledness(pack, { risk: 'low' })).toMatchObject({ settled: true, recommended: ['open'] });
  });

  /** Two options that trade cost against trust, with cost's weight set by the question `w`. */
  const weightedPack = () =>
    buildPack({
      criteria: [
        { id: 'cost', weight: 3, weightFrom: { question: 'w', weights: { low: 0, mid: 3, high: 5 } } },
        { id: 'trust', weight: 3 },
      ],
      questions: [{ id: 'w', choices }],
      options: [
        { id: 'closed', baseline: { cost: 10, trust: 0 } },
        { id: 'open', baseline: { cost: 0, trust: 10 } },
      ],
    });

  it('a weight set by an open question keeps a close pair open', () => {
    const pack = weightedPack();
    expect(settledness(pack, {})).toMatchObject({ settled: false, next: 'w' });
    expect(settledness(pack, { w: 'low' })).toMatchObject({ settled: true, recommended: ['open'] });
  });

  it('what-if weights take the weight question out of play', () => {
    const pack = weightedPack();
    expect(settledness(pack, {}, { weights: { cost: 1 } }).settled).toBe(true);
  });
});

describe('assess', () => {
  it('lists open questions of settled answers as not needed and samples them like "not sure"', () => {
    const pack = twoOptions({ rules: [{ id: 'r', when: { q: 'b', atLeast: 'high' }, effects: [{ option: 'open', criterion: 'cost', delta: 2 }] }] });
    const settled = assess(pack, { b: 'low' }, { samples: 50 });
    expect(settled).toMatchObject({ unanswered: [], notNeeded: ['a'] });
    const open = twoOptions({ rules: [{ id: 'r', when: { q: 'b', atLeast: 'high' }, effects: [{ option: 'open', criterion: 'cost', delta: 9 }] }] });
    expect(assess(open, {}, { samples: 50 })).toMatchObject({ unanswered: ['a', 'b'], notNeeded: [] });
  });
});

describe('settledness counterexamples kept from the properties', () => {
  it('weights so small that a sum rounds: a zero weight that would dilute the gap is not chosen', () => {
    const pack = buildPack({
      criteria: [
        { id: 'c0', weight: 9.6e-322, weightFrom: { question: 'q', weights: { none: 0, low: 0, mid: 0, high: 1 } } },
        { id: 'c1', weight: 5e-324 },
      ],
      questions: [{ id: 'q', choices: ['none', 'low', 'mid', 'high'] }],
      options: [
        { id: 'open-core', baseline: { c0: 0, c1: 0 } },
        { id: 'api', baseline: { c0: 8.300000000099992, c1: 0 } },
      ],
    });
    expect(settledness(pack, {}).settled).toBe(false);
  });
});
