import { describe, expect, it } from 'vitest';
import { rankOptions } from './score';
import { buildPack, type PackSpec } from '@test/support/pack-builder';

/** Three options on two criteria (weights 2 and 1); q1 and q2 move b's and c's c2. */
function pack(b: { c1: number; c2: number }, c: { c1: number; c2: number } = { c1: 0, c2: 0 }, guards: PackSpec['guards'] = []) {
  return buildPack({
    guards,
    criteria: [
      { id: 'c1', weight: 2 },
      { id: 'c2', weight: 1 },
    ],
    questions: [
      { id: 'q1', choices: ['no', 'yes'] },
      { id: 'q2', choices: ['no', 'yes'] },
    ],
    options: [
      { id: 'a', baseline: { c1: 6, c2: 3 } },
      { id: 'b', baseline: b },
      { id: 'c', baseline: c },
    ],
    rules: [
      { id: 'q1-lifts-b', when: { q: 'q1', is: 'yes' }, effects: [{ option: 'b', criterion: 'c2', delta: 2 }] },
      { id: 'q2-lifts-c', when: { q: 'q2', is: 'yes' }, effects: [{ option: 'c', criterion: 'c2', delta: 2 }] },
    ],
  });
}

describe('ties share their rank', () => {
  it('gives equal scores the same rank and the next one its position', () => {
    // a = 10·(12 + 3)/3 = 50; b = 10·(2·5 + 3 + 2)/3 = 50 with q1 yes; c = 0.
    const result = rankOptions(pack({ c1: 5, c2: 3 }), { q1: 'yes', q2: 'no' });
    expect(result.ranking.map((o) => [o.option, o.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ]);
    expect(result.closeCall).toEqual({ tied: ['a', 'b'], first: 'a', second: 'b', lead: 0, criterion: 'c1', questions: [] });
  });

  it('never ties a blocked option with an unblocked one', () => {
    const guarded = pack({ c1: 6, c2: 3 }, undefined, [{ id: 'stop-b', options: ['b'], severity: 'block', when: { q: 'q2', is: 'yes' } }]);
    const result = rankOptions(guarded, { q1: 'no', q2: 'yes' });
    expect(result.ranking.map((o) => o.rank)).toEqual([1, 2, 3]);
  });
});

describe('a close call', () => {
  it('names the criterion that separates the two most and the question behind it', () => {
    // a = 50; b = (5.9, 1.4 + 2 from q1) = 10·(11.8 + 3.4)/3 = 50.67: a lead of 0.67. Weighted gaps: c1 2·0.1 = 0.2, c2 1·0.4 = 0.4.
    const result = rankOptions(pack({ c1: 5.9, c2: 1.4 }), { q1: 'yes', q2: 'no' });
    expect(result.ranking[0]?.option).toBe('b');
    expect(result.closeCall?.lead).toBeCloseTo(2 / 3, 9);
    expect(result.closeCall).toMatchObject({ tied: [], first: 'b', second: 'a', criterion: 'c2', questions: ['q1'] });
  });

  it('is not set for a lead of 1 point or more', () => {
    expect(rankOptions(pack({ c1: 5.9, c2: 3 }), { q1: 'yes', q2: 'no' }).closeCall).toBeUndefined();
  });
});
