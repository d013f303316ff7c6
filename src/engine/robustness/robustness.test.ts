import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Condition } from '@/rules/pack/pack-schema';
import { analyseRobustness } from './robustness';
import { rankOptions } from '../score/score';
import { buildPack, type PackSpec } from '@test/support/pack-builder';

/** Two options, two criteria: a = (8, 2), b = (4, 6); default weights 2 and 1, so a leads 60 to 46.7. */
function twoByTwo(extra: Partial<PackSpec> = {}, weights: [number, number] = [2, 1]) {
  return buildPack({
    criteria: [
      { id: 'c1', weight: weights[0] },
      { id: 'c2', weight: weights[1] },
    ],
    questions: [
      { id: 'q1', choices: ['low', 'mid', 'high'], allowUnsure: true },
      { id: 'q2', choices: ['low', 'mid', 'high'], allowUnsure: true },
      { id: 'note', kind: 'text' },
    ],
    options: [
      { id: 'a', baseline: { c1: 8, c2: 2 } },
      { id: 'b', baseline: { c1: 4, c2: 6 } },
    ],
    ...extra,
  });
}

/** Only the weights and the unsure answers vary: the pack's judgements are held fixed. */
const FIXED_PACK = { varyPack: false };
const boostB = (id: string, when: Condition, delta: number) => ({ id, when, effects: [{ option: 'b', criterion: 'c1', delta }] });
const top = (pack: ReturnType<typeof twoByTwo>, answers: Answers, weights: Record<string, number> = {}) =>
  rankOptions(pack, answers, { weights }).ranking[0]?.option;

describe('weightStability', () => {
  it('matches the interval computed by hand', () => {
    // c1 = x, c2 = 1: a beats b iff 4x − 4 > 0 → x ≥ 1 (at 1 they tie and "a" wins on id).
    // c2 = x, c1 = 2: a beats b iff 8 − 4x > 0 → x < 2.
    const pack = twoByTwo();
    expect(analyseRobustness(pack, {}).weightStability).toEqual([
      { criterion: 'c1', current: 2, min: 1, max: 5 },
      { criterion: 'c2', current: 1, min: 0, max: 2 },
    ]);
    expect(top(pack, {}, { c1: 1 })).toBe('a');
    expect(top(pack, {}, { c1: 0.999 })).toBe('b');
    expect(top(pack, {}, { c2: 2 })).toBe('a');
    expect(top(pack, {}, { c2: 2.001 })).toBe('b');
  });

  it('uses the effective weights (what-if) as the fixed others', () => {
    // c1 = 4 fixed: a beats b iff 16 − 4x > 0 → x < 4.
    const stability = analyseRobustness(twoByTwo(), {}, { weights: { c1: 4 } }).weightStability;
    expect(stability[1]).toEqual({ criterion: 'c2', current: 1, min: 0, max: 4 });
  });

  it('handles the all-weights-zero point', () => {
    // Both weights 0: equal weights give 50 each and "a" wins on id. For x > 0 only that
    // criterion counts: c1 favours a (8 > 4) on all of [0, 5]; c2 favours b, so a is first only at 0.
    const stability = analyseRobustness(twoByTwo({}, [0, 0]), {}).weightStability;
    expect(stability).toEqual([
      { criterion: 'c1', current: 0, min: 0, max: 5 },
      { criterion: 'c2', current: 0, min: 0, max: 0 },
    ]);
  });

  it('keeps an option tied on every criterion behind, through the id tie-break', () => {
    const pack = twoByTwo({ options: [{ id: 'a', baseline: { c1: 5, c2: 7 } }, { id: 'b', baseline: { c1: 5, c2: 7 } }] });
    expect(analyseRobustness(pack, {}).weightStability.map((w) => [w.min, w.max])).toEqual([
      [0, 5],
      [0, 5],
    ]);
  });

  it('ignores blocked options, which stay behind whatever the weights', () => {
    const pack = twoByTwo({ guards: [{ id: 'g', options: ['b'], severity: 'block', when: { q: 'q1', answered: false } }] });
    expect(analyseRobustness(pack, {}).weightStability.map((w) => [w.min, w.max])).toEqual([
      [0, 5],
      [0, 5],
    ]);
  });
});

describe('changes', () => {
  it('finds the one single change that flips the first option', () => {
    const pack = twoByTwo({ rules: [boostB('b-loves-high', { q: 'q1', atLeast: 'high' }, 6)] });
    const answers = { q1: 'low', q2: 'low', note: 'x' };
    expect(top(pack, answers)).toBe('a');
    // b: c1 = 10 → 10·(2·10 + 6)/3 = 86.67 against a's 60.
    expect(analyseRobustness(pack, answers).changes).toEqual([
      { changes: [{ question: 'q1', from: 'low', to: 'high' }], newTop: 'b', lead: expect.closeTo(80 / 3, 10) },
    ]);
  });

  it('lists every flipping pair, nearest first, only when no single change flips', () => {
    const pack = twoByTwo({
      rules: [
        boostB('both-high', { all: [{ q: 'q1', is: 'high' }, { q: 'q2', is: 'high' }] }, 6),
        boostB('mid-high', { all: [{ q: 'q1', is: 'mid' }, { q: 'q2', is: 'high' }] }, 4),
      ],
    });
    // low → mid and low → high move three levels, low → high twice four: the nearer pair comes first, though its lead is smaller.
    expect(analyseRobustness(pack, { q1: 'low', q2: 'low' }).changes).toEqual([
      {
        changes: [
          { question: 'q1', from: 'low', to: 'mid' },
          { question: 'q2', from: 'low', to: 'high' },
        ],
        newTop: 'b',
        lead: expect.closeTo(40 / 3, 10),
      },
      {
        changes: [
          { question: 'q1', from: 'low', to: 'high' },
          { question: 'q2', from: 'low', to: 'high' },
        ],
        newTop: 'b',
        lead: expect.closeTo(80 / 3, 10),
      },
    ]);
  });

  it('merges single changes that differ only in the target level, and orders equal distances by question order', () => {
    const pack = twoByTwo({
      rules: [boostB('q2-up', { q: 'q2', atLeast: 'mid' }, 6), boostB('q1-up', { q: 'q1', atLeast: 'mid' }, 6)],
    });
    const changes = analyseRobustness(pack, { q1: 'low', q2: 'low' }).changes;
    expect(changes.map((c) => [c.changes.map((x) => `${x.question}:${x.to}`).join(), c.targets])).toEqual([
      ['q1:mid', ['mid', 'high']],
      ['q2:mid', ['mid', 'high']],
    ]);
  });

  it('puts the nearest change first, then the most decisive', () => {
    // q1 low → mid gives b a small lead; low → high a large one; q2 low → mid a middling one.
    const pack = twoByTwo({
      rules: [boostB('q1-mid', { q: 'q1', is: 'mid' }, 4), boostB('q1-high', { q: 'q1', is: 'high' }, 6), boostB('q2-mid', { q: 'q2', is: 'mid' }, 5)],
    });
    const changes = analyseRobustness(pack, { q1: 'low', q2: 'low' }).changes;
    // a 60; b 46.7 → q2 mid: 80 (lead 20), q1 mid: 73.3 (13.3), q1 high (two levels): 86.7 (26.7), merged into q1's line.
    expect(changes.map((c) => [c.changes.map((x) => `${x.question}:${x.to}`).join(), c.targets, c.lead])).toEqual([
      ['q2:mid', undefined, expect.closeTo(20, 10)],
      ['q1:mid', ['mid', 'high'], expect.closeTo(40 / 3, 10)],
    ]);
  });

  it('counts answering an open question ("not sure" or unanswered) as a change, never a hidden one', () => {
    const pack = twoByTwo({ rules: [boostB('b-loves-high', { q: 'q1', atLeast: 'high' }, 6)] });
    const unsure = analyseRobustness(pack, { q1: { unsure: true }, q2: 'low' });
    expect(unsure.changes).toEqual([{ changes: [{ question: 'q1', from: 'unsure', to: 'high', open: 'unsure' }], newTop: 'b', lead: expect.closeTo(80 / 3, 10) }]);
    expect(unsure.changeSearch).toMatchObject({ open: 1, notVaried: 0, complete: true, more: 0 });
    expect(analyseRobustness(pack, { q2: 'low' }).changes).toEqual([
      { changes: [{ question: 'q1', from: '', to: 'high', open: 'unanswered' }], newTop: 'b', lead: expect.closeTo(80 / 3, 10) },
    ]);
    const hidden = twoByTwo({
      questions: [
        { id: 'q2', choices: ['low', 'mid', 'high'] },
        { id: 'q1', choices: ['low', 'mid', 'high'], showIf: { q: 'q2', is: 'mid' } },
      ],
      rules: [boostB('b-loves-high', { q: 'q1', atLeast: 'high' }, 6)],
    });
    // q1 is hidden while q2 is low: it is not varied; showing it with its "low" answer changes nothing.
    expect(analyseRobustness(hidden, { q2: 'low', q1: 'low' }).changes).toEqual([]);
  });

  it('counts a change that blocks the first option', () => {
    const pack = twoByTwo({ guards: [{ id: 'stop-a', options: ['a'], severity: 'block', when: { q: 'q2', is: 'mid' } }] });
    expect(analyseRobustness(pack, { q1: 'low', q2: 'low' }).changes).toEqual([
      // The second is the blocked a, ahead on score but no rival: b leads by the guard alone.
      { changes: [{ question: 'q2', from: 'low', to: 'mid' }], newTop: 'b', lead: 0 },
    ]);
  });

  it('is empty when nothing within two changes moves the first option', () => {
    const pack = twoByTwo({ rules: [boostB('small', { q: 'q1', is: 'high' }, 1)] });
    expect(analyseRobustness(pack, { q1: 'low', q2: 'low' }).changes).toEqual([]);
  });
});

describe('acceptability', () => {
  it('gives a dominant option every sample, and lists every option', () => {
    const pack = twoByTwo({ options: [{ id: 'a', baseline: { c1: 9, c2: 9 } }, { id: 'b', baseline: { c1: 1, c2: 1 } }] });
    expect(analyseRobustness(pack, {}).acceptability).toEqual({ a: 1, b: 0 });
  });

  it('uses equal weights in a sample whose weights are all 0', () => {
    const pack = twoByTwo({ options: [{ id: 'a', baseline: { c1: 9, c2: 9 } }, { id: 'b', baseline: { c1: 1, c2: 1 } }] }, [0, 0]);
    expect(analyseRobustness(pack, {}).acceptability).toEqual({ a: 1, b: 0 });
  });

  it('splits tied samples equally', () => {
    const pack = twoByTwo({ options: [{ id: 'a', baseline: { c1: 5, c2: 5 } }, { id: 'b', baseline: { c1: 5, c2: 5 } }] });
    expect(analyseRobustness(pack, {}, FIXED_PACK).acceptability).toEqual({ a: 0.5, b: 0.5 });
  });

  it('never gives a sample to a blocked option while another is unguarded; if all are blocked, they compete', () => {
    const guard = (options: string[]) => [{ id: 'g', options, severity: 'block' as const, when: { q: 'q1', answered: false } }];
    expect(analyseRobustness(twoByTwo({ guards: guard(['a']) }), {}).acceptability).toEqual({ a: 0, b: 1 });
    expect(analyseRobustness(twoByTwo({ guards: guard(['a', 'b']) }), {}).acceptability).toEqual(analyseRobustness(twoByTwo(), {}).acceptability);
  });

  it('varies the weights: symmetric options share the samples about evenly', () => {
    const pack = twoByTwo({ options: [{ id: 'a', baseline: { c1: 10, c2: 0 } }, { id: 'b', baseline: { c1: 0, c2: 10 } }] }, [1, 1]);
    const shares = analyseRobustness(pack, {}).acceptability;
    expect(shares['a']).toBeGreaterThan(0.45);
    expect(shares['a']).toBeLessThan(0.55);
    expect((shares['a'] ?? 0) + (shares['b'] ?? 0)).toBeCloseTo(1, 12);
  });

  it('redraws "not sure" answers uniformly over their choices', () => {
    // b wins when q1 is drawn "high" (1/3), otherwise when the draw makes w1 < w2, i.e.
    // 2·m1 < m2 for m1, m2 ~ U(0.5, 1.5): probability 1/16. In all: 1/3 + 2/3 · 1/16 = 0.375.
    const pack = twoByTwo({ rules: [boostB('b-loves-high', { q: 'q1', is: 'high' }, 6)] });
    const shares = analyseRobustness(pack, { q1: { unsure: true } }, { samples: 20_000, ...FIXED_PACK }).acceptability;
    expect(Math.abs((shares['b'] ?? 0) - 0.375)).toBeLessThan(0.015);
    // Answered, q1 is fixed: only the weights vary, as without the rule.
    expect(analyseRobustness(pack, { q1: 'low' }, FIXED_PACK).acceptability).toEqual(analyseRobustness(twoByTwo(), {}, FIXED_PACK).acceptability);
  });

  it('is reproducible for a seed and follows the sample count', () => {
    const pack = twoByTwo({ rules: [boostB('b-loves-high', { q: 'q1', is: 'high' }, 6)] });
    const answers: Answers = { q1: { unsure: true } };
    expect(analyseRobustness(pack, answers).acceptability).toEqual(analyseRobustness(pack, answers).acceptability);
    expect(analyseRobustness(pack, answers, { seed: 7 }).acceptability).toEqual(analyseRobustness(pack, answers, { seed: 7 }).acceptability);
    expect(analyseRobustness(pack, answers, { seed: 7 }).acceptability).not.toEqual(analyseRobustness(pack, answers, { seed: 8 }).acceptability);
    const few = analyseRobustness(pack, answers, { samples: 10 }).acceptability;
    expect(Number.isInteger((few['a'] ?? 0) * 10)).toBe(true);
  });
});

describe("acceptability varies the pack's own judgements", () => {
  /** One criterion, so the weight draws change nothing: only the pack's judgements decide. */
  const oneCriterion = (a: number, b: number, rules: PackSpec['rules'] = []) =>
    buildPack({
      criteria: [{ id: 'c1', weight: 3 }],
      questions: [{ id: 'q1', choices: ['low', 'high'] }],
      options: [
        { id: 'a', baseline: { c1: a } },
        { id: 'b', baseline: { c1: b } },
      ],
      rules,
    });

  it('moves each baseline by ± 1: a half-point lead is lost in 9/32 of samples', () => {
    // b − a = e_b − e_a − 0.5 with e ~ U(−1, 1): P(e_b − e_a > 0.5) = 1.5² / 8 = 0.28125.
    const pack = oneCriterion(6, 5.5);
    expect(analyseRobustness(pack, {}, FIXED_PACK).acceptability).toEqual({ a: 1, b: 0 });
    const shares = analyseRobustness(pack, {}, { samples: 20_000 }).acceptability;
    expect(Math.abs((shares['b'] ?? 0) - 0.28125)).toBeLessThan(0.012);
  });

  it("scales each fired rule's deltas by U(0.5, 1.5)", () => {
    // b = 3.5 + e_b + 2m, a = 6 + e_a: b − a = (e_b − e_a + 2(m − 1)) − 0.5, a sum of three U(−1, 1)
    // (Irwin–Hall): P(sum > 0.5) = 1 − (−2x³ + 9x² − 9x + 3) / 6 at x = 1.75, i.e. 0.3177.
    const pack = oneCriterion(6, 3.5, [{ id: 'b-high', when: { q: 'q1', is: 'high' }, effects: [{ option: 'b', criterion: 'c1', delta: 2 }] }]);
    const shares = analyseRobustness(pack, { q1: 'high' }, { samples: 20_000 }).acceptability;
    expect(Math.abs((shares['b'] ?? 0) - 0.3177)).toBeLessThan(0.012);
    // A rule that does not fire changes nothing: only the baselines vary (b far behind).
    expect(analyseRobustness(pack, { q1: 'low' }).acceptability).toEqual({ a: 1, b: 0 });
  });

  it('keeps a performance within 0..10', () => {
    // Both at the top of the scale: a clamped draw can tie them, never lift one past 10.
    const shares = analyseRobustness(oneCriterion(10, 10), {}, { samples: 4000 }).acceptability;
    expect(Math.abs((shares['a'] ?? 0) - 0.5)).toBeLessThan(0.03);
  });
});

describe('questions not needed for the recommendation', () => {
  it('are sampled like "not sure"; other unanswered questions are not', () => {
    const pack = twoByTwo({ rules: [boostB('b-high', { q: 'q1', is: 'high' }, 8)] });
    const plain = analyseRobustness(pack, {}, { samples: 300 }).acceptability;
    const sampled = analyseRobustness(pack, {}, { samples: 300, notNeeded: ['q1'] }).acceptability;
    expect(sampled).toEqual(analyseRobustness(pack, { q1: { unsure: true } }, { samples: 300 }).acceptability);
    expect(sampled.b).toBeGreaterThan((plain.b ?? 0) + 0.2);
    expect(analyseRobustness(pack, { q1: 'low' }, { samples: 300, notNeeded: ['q1'] }).acceptability).toEqual(plain);
  });
});
