import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import { rankOptions, score } from './score';
import { buildPack } from '@test/support/pack-builder';
import type { RankedOption, ScoreSettings } from './types';

const byOption = (ranking: readonly RankedOption[], id: string): RankedOption => {
  const found = ranking.find((r) => r.option === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
};

describe('weights', () => {
  const pack = buildPack({
    criteria: [
      { id: 'trust', weight: 2, weightFrom: { question: 'goals', weights: { none: 0, some: 3, critical: 5 } } },
      { id: 'speed', weight: 1 },
    ],
    questions: [
      { id: 'enabled', choices: ['no', 'yes'] },
      { id: 'goals', choices: ['none', 'some', 'critical'], allowUnsure: true, showIf: { q: 'enabled', is: 'yes' } },
    ],
    options: [
      { id: 'a', baseline: { trust: 10, speed: 0 } },
      { id: 'b', baseline: { trust: 0, speed: 10 } },
    ],
  });

  it.each<[string, Answers, ScoreSettings, Record<string, number>]>([
    ['default', {}, {}, { trust: 2, speed: 1 }],
    ['weightFrom of a visible answer', { enabled: 'yes', goals: 'critical' }, {}, { trust: 5, speed: 1 }],
    ['weightFrom can set 0', { enabled: 'yes', goals: 'none' }, {}, { trust: 0, speed: 1 }],
    ['"not sure" keeps the default', { enabled: 'yes', goals: { unsure: true } }, {}, { trust: 2, speed: 1 }],
    ['a hidden answer keeps the default', { enabled: 'no', goals: 'critical' }, {}, { trust: 2, speed: 1 }],
    ['what-if overrides weightFrom', { enabled: 'yes', goals: 'critical' }, { weights: { trust: 1 } }, { trust: 1, speed: 1 }],
    ['what-if overrides the default', {}, { weights: { speed: 4 } }, { trust: 2, speed: 4 }],
    ['what-if is kept within 0..5', {}, { weights: { trust: 9, speed: -1 } }, { trust: 5, speed: 0 }],
    ['what-if −0 reads as 0', {}, { weights: { trust: -0 } }, { trust: 0, speed: 1 }],
    ['what-if that is not a number or names no criterion is ignored', {}, { weights: { trust: Number.NaN, other: 3 } }, { trust: 2, speed: 1 }],
  ])('%s', (_name, answers, settings, expected) => {
    expect(rankOptions(pack, answers, settings).weights).toEqual(expected);
  });

  it('scores with the effective weights', () => {
    const ranking = rankOptions(pack, { enabled: 'yes', goals: 'critical' }).ranking;
    expect(byOption(ranking, 'a').score).toBeCloseTo((10 * 5 * 10) / 6, 12);
    expect(byOption(ranking, 'b').score).toBeCloseTo((10 * 1 * 10) / 6, 12);
  });

  it('all weights 0 means equal weights (weights still reported as 0)', () => {
    const result = rankOptions(pack, { enabled: 'yes', goals: 'none' }, { weights: { speed: 0 } });
    expect(result.weights).toEqual({ trust: 0, speed: 0 });
    expect(result.ranking.map((r) => [r.option, r.score, r.baseline])).toEqual([
      ['a', 50, 50],
      ['b', 50, 50],
    ]);
  });
});

describe('clamping and contributions', () => {
  const pack = buildPack({
    criteria: [
      { id: 'x', weight: 1 },
      { id: 'y', weight: 1 },
    ],
    questions: [{ id: 'go', choices: ['no', 'yes'] }],
    options: [
      { id: 'o', baseline: { x: 8, y: 10 } },
      { id: 'p', baseline: { x: 5, y: 5 } },
    ],
    rules: [
      { id: 'r1', when: { q: 'go', is: 'yes' }, effects: [{ option: 'o', criterion: 'x', delta: 3 }] },
      { id: 'r2', when: { q: 'go', is: 'yes' }, effects: [{ option: 'o', criterion: 'x', delta: 2 }, { option: 'o', criterion: 'y', delta: 2 }] },
      { id: 'r3', when: { q: 'go', is: 'yes' }, effects: [{ option: 'o', criterion: 'y', delta: 1 }] },
      { id: 'r4', when: { q: 'go', is: 'yes' }, effects: [{ option: 'p', criterion: 'x', delta: 7 }] },
      { id: 'r5', when: { q: 'go', is: 'yes' }, effects: [{ option: 'p', criterion: 'x', delta: -1 }] },
      { id: 'r6', when: { q: 'go', is: 'no' }, effects: [{ option: 'p', criterion: 'y', delta: 5 }] },
    ],
  });

  it('scales each rule by clamped / raw change of its (option, criterion) and keeps zero contributions', () => {
    const o = byOption(rankOptions(pack, { go: 'yes' }).ranking, 'o');
    expect(o.baseline).toBe(90);
    expect(o.score).toBe(100);
    // x: raw +5, clamped +2 → r1 keeps 3·0.4, r2 2·0.4; y: raw +3, clamped 0 → nothing.
    expect(o.contributions.map((c) => c.rule)).toEqual(['r1', 'r2', 'r3']);
    expect(o.contributions[0]?.points).toBeCloseTo(6, 12);
    expect(o.contributions[1]?.points).toBeCloseTo(4, 12);
    expect(o.contributions[2]?.points).toBe(0);
  });

  it('scales rules of opposite signs proportionally', () => {
    const p = byOption(rankOptions(pack, { go: 'yes' }).ranking, 'p');
    // x: raw +6 (7 − 1), clamped +5 → r4 gets 7·5/6, r5 gets −1·5/6, each ×10/2.
    expect(p.score).toBe(75);
    expect(p.contributions.map((c) => c.rule)).toEqual(['r4', 'r5']);
    expect(p.contributions[0]?.points).toBeCloseTo(175 / 6, 12);
    expect(p.contributions[1]?.points).toBeCloseTo(-25 / 6, 12);
  });

  it('gives the same scores and contributions whatever the order of the rules', () => {
    const reversed = { ...pack, rules: [...pack.rules].reverse() };
    const forward = rankOptions(pack, { go: 'yes' });
    const backward = rankOptions(reversed, { go: 'yes' });
    for (const entry of forward.ranking) {
      const other = byOption(backward.ranking, entry.option);
      expect(other.score).toBe(entry.score);
      const points = Object.fromEntries(other.contributions.map((c) => [c.rule, c.points]));
      for (const c of entry.contributions) expect(points[c.rule]).toBe(c.points);
    }
  });

  it('lists no contribution for rules that did not fire, and an untouched option keeps its baseline', () => {
    const p = byOption(rankOptions(pack, {}).ranking, 'p');
    expect(p.contributions).toEqual([]);
    expect(p.score).toBe(p.baseline);
  });
});

describe('guards, verdicts and ranking', () => {
  // Weights 3, 3, 4 make every score an exact weighted sum.
  const pack = buildPack({
    criteria: [
      { id: 'x', weight: 3 },
      { id: 'y', weight: 3 },
      { id: 'z', weight: 4 },
    ],
    questions: [{ id: 'risk', choices: ['low', 'high'] }],
    options: [
      { id: 'a', baseline: { x: 10, y: 10, z: 5 } },
      { id: 'b', baseline: { x: 10, y: 9, z: 5 } },
      { id: 'c', baseline: { x: 10, y: 9, z: 4.975 } },
      { id: 'd', baseline: { x: 10, y: 10, z: 10 } },
      { id: 'e', baseline: { x: 0, y: 0, z: 0 } },
    ],
    guards: [
      { id: 'block-d', options: ['d'], severity: 'block', when: { q: 'risk', is: 'high' } },
      { id: 'caution-a', options: ['a', 'b'], severity: 'caution', when: { q: 'risk', is: 'high' } },
      { id: 'block-e', options: ['e'], severity: 'block', when: { q: 'risk', answered: true } },
      { id: 'block-e-too', options: ['e'], severity: 'block', when: { q: 'risk', is: 'high' } },
      { id: 'never', options: ['a'], severity: 'block', when: { q: 'risk', is: 'low' } },
    ],
  });

  it('ranks blocked options after every unguarded one and gives verdicts on unrounded scores', () => {
    const { ranking } = rankOptions(pack, { risk: 'high' });
    expect(ranking.map((r) => [r.option, r.rank, r.verdict])).toEqual([
      ['a', 1, 'recommended'],
      ['b', 2, 'recommended'], // exactly 3 points behind
      ['c', 3, 'viable'], // 76.9: would round to 77, but is more than 3 behind
      ['d', 4, 'not-recommended'],
      ['e', 5, 'not-recommended'],
    ]);
    expect(ranking.map((r) => r.score)).toEqual([80, 77, expect.closeTo(76.9, 10), 100, 0]);
    expect(byOption(ranking, 'a')).toMatchObject({ guards: [], cautions: ['caution-a'] });
    expect(byOption(ranking, 'b')).toMatchObject({ guards: [], cautions: ['caution-a'] });
    expect(byOption(ranking, 'd')).toMatchObject({ guards: ['block-d'], cautions: [] });
    expect(byOption(ranking, 'e')).toMatchObject({ guards: ['block-e', 'block-e-too'], cautions: [] });
  });

  it('measures "within 3 points" from the best unguarded option', () => {
    const { ranking } = rankOptions(pack, { risk: 'low' });
    expect(ranking.map((r) => [r.option, r.verdict])).toEqual([
      ['d', 'recommended'],
      ['b', 'viable'],
      ['c', 'viable'],
      ['a', 'not-recommended'],
      ['e', 'not-recommended'],
    ]);
  });

  it('recommends nothing when every option is blocked, ranking them by score then id', () => {
    const allBlocked = { ...pack, guards: [{ ...pack.guards[0], id: 'all', options: ['a', 'b', 'c', 'd', 'e'] } as (typeof pack.guards)[number]] };
    const { ranking } = rankOptions(allBlocked, { risk: 'high' });
    expect(ranking.map((r) => r.option)).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(ranking.every((r) => r.verdict === 'not-recommended')).toBe(true);
  });

  it('breaks ties by option id, unguarded and blocked alike', () => {
    const tied = buildPack({
      criteria: [{ id: 'x', weight: 1 }],
      questions: [{ id: 'q' }],
      options: ['zeta', 'alpha', 'mid', 'beta', 'omega'].map((id) => ({ id, baseline: { x: 5 } })),
      guards: [{ id: 'g', options: ['omega', 'beta'], severity: 'block', when: { q: 'q', answered: false } }],
    });
    const { ranking } = rankOptions(tied, {});
    expect(ranking.map((r) => [r.option, r.verdict])).toEqual([
      ['alpha', 'recommended'],
      ['mid', 'recommended'],
      ['zeta', 'recommended'],
      ['beta', 'not-recommended'],
      ['omega', 'not-recommended'],
    ]);
  });
});

describe('the result object', () => {
  const pack = buildPack({
    criteria: [
      { id: 'x', weight: 2 },
      { id: 'y', weight: 1 },
    ],
    questions: [
      { id: 'a', choices: ['low', 'high'], allowUnsure: true },
      { id: 'b', kind: 'text' },
      { id: 'c', kind: 'multi', choices: ['m', 'n'] },
      { id: 'd', choices: ['low', 'high'], showIf: { q: 'a', is: 'high' } },
      { id: 'e', choices: ['low', 'high'], allowUnsure: true },
      { id: 'f', choices: ['low', 'high'] },
    ],
    options: [
      { id: 'one', baseline: { x: 3, y: 7 } },
      { id: 'two', baseline: { x: 6, y: 1 } },
    ],
    rules: [{ id: 'r', when: { q: 'f', is: 'high' }, effects: [{ option: 'one', criterion: 'x', delta: 0.1 }] }],
  });
  const answers: Answers = { f: 'high', e: { unsure: true }, c: [], b: '  ', a: { unsure: true } };

  it('lists visible unanswered and "not sure" questions in pack order', () => {
    const result = rankOptions(pack, answers);
    expect(result.unanswered).toEqual(['b', 'c']);
    expect(result.unsure).toEqual(['a', 'e']);
    expect(rankOptions(pack, { ...answers, a: 'high' }).unanswered).toEqual(['b', 'c', 'd']);
  });

  it('has the documented shape and key order, and survives JSON unchanged', () => {
    const result = score(pack, answers);
    expect(Object.keys(result).filter((k) => k !== 'closeCall')).toEqual(['rules', 'ranking', 'weights', 'unanswered', 'unsure', 'unknownGuards', 'needsAnswers', 'robustness']);
    expect(Object.keys(result.ranking[0] ?? {})).toEqual(['option', 'rank', 'score', 'baseline', 'verdict', 'contributions', 'guards', 'cautions']);
    expect(Object.keys(result.robustness)).toEqual(['acceptability', 'weightStability', 'changes', 'changeSearch', 'unknownGuards']);
    expect(result.rules).toEqual({ id: 'test-pack', version: '1.0.0' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('is the same byte for byte for the same input, and for a copy of it', () => {
    const first = JSON.stringify(score(pack, answers));
    expect(JSON.stringify(score(pack, answers))).toBe(first);
    expect(JSON.stringify(score(structuredClone(pack), structuredClone(answers)))).toBe(first);
  });

  it('score is rankOptions plus robustness', () => {
    const { robustness, ...scored } = score(pack, answers);
    expect(scored).toEqual(rankOptions(pack, answers));
    expect(robustness.weightStability.map((w) => w.criterion)).toEqual(['x', 'y']);
  });
});
