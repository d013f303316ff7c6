import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { agreementBand, kendallW, lowerMedian, midRanks, ordinalDisagreement, setDisagreement } from './aggregate-stats';

describe('kendallW', () => {
  it.each([
    ['perfect agreement of three raters', [[1, 2, 3], [1, 2, 3], [1, 2, 3]], 1],
    ['two raters in exactly opposite orders', [[1, 2, 3, 4], [4, 3, 2, 1]], 0],
    // R = (4, 7, 7), mean 6, S = 6; W = 12·6 / (3²·(27 − 3)) = 1/3
    ['three raters, one dissenting', [[1, 2, 3], [2, 3, 1], [1, 2, 3]], 1 / 3],
    // R = (2.5, 3.5, 6, 8), mean 5, S = 18.5; T = 2³ − 2 = 6; W = 222 / (4·60 − 2·6) = 222/228
    ['a tie, with the correction', [[1, 2, 3, 4], [1.5, 1.5, 3, 4]], 222 / 228],
  ])('%s', (_, rows, expected) => {
    expect(kendallW(rows)).toBeCloseTo(expected, 12);
  });

  it('is 1 for a single rater and when every rater ties everything', () => {
    expect(kendallW([[1, 2, 3]])).toBe(1);
    expect(kendallW([[2, 2, 2], [2, 2, 2]])).toBe(1);
  });

  test.prop([fc.integer({ min: 2, max: 8 }).chain((n) => fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: n }), { minLength: 2, maxLength: 10 }))])(
    'stays within [0, 1] and is 1 when every rater repeats the first',
    (orders) => {
      const rows = orders.map((order) => order.map((item) => order.indexOf(item) + 1));
      const w = kendallW(rows);
      expect(w).toBeGreaterThanOrEqual(0);
      expect(w).toBeLessThanOrEqual(1);
      expect(kendallW(rows.map(() => rows[0] as number[]))).toBeCloseTo(1, 12);
    },
  );
});

describe('midRanks', () => {
  it('gives tied items their mean place', () => {
    expect(midRanks([false, false, false])).toEqual([1, 2, 3]);
    expect(midRanks([false, false, true, false])).toEqual([1, 2.5, 2.5, 4]);
    expect(midRanks([false, true, true])).toEqual([2, 2, 2]);
    expect(midRanks([])).toEqual([]);
  });
});

describe('agreementBand', () => {
  it.each([
    [0, 'weak'],
    [0.299, 'weak'],
    [0.3, 'moderate'],
    [0.6, 'strong'],
    [0.8, 'very-strong'],
    [1, 'very-strong'],
  ] as const)('%f is %s', (w, band) => {
    expect(agreementBand(w)).toBe(band);
  });
});

describe('ordinalDisagreement', () => {
  it.each([
    ['all the same', [1, 1, 1], 3, 0],
    ['one answer', [2], 3, 0],
    ['split between the extremes', [0, 2], 3, 1],
    ['three at the bottom, one at the top', [0, 0, 0, 2], 3, 0.5],
    ['neighbouring levels of five', [1, 2], 5, 0.25],
  ])('%s', (_, indexes, levels, expected) => {
    expect(ordinalDisagreement(indexes, levels)).toBeCloseTo(expected, 12);
  });

  test.prop([fc.integer({ min: 2, max: 7 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 0, max: k - 1 }), { maxLength: 30 })))])(
    'stays within [0, 1]',
    ([levels, indexes]) => {
      const d = ordinalDisagreement(indexes, levels);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1);
    },
  );

  it('takes the lower median of an even count', () => {
    expect(lowerMedian([3, 0, 2, 1])).toBe(1);
  });
});

describe('setDisagreement', () => {
  it.each([
    ['identical sets', [['x', 'y'], ['y', 'x']], 0],
    ['disjoint sets', [['x'], ['y']], 1],
    ['overlapping sets', [['x', 'y'], ['x']], 0.5],
    ['a single answer', [['x']], 0],
  ])('%s', (_, sets, expected) => {
    expect(setDisagreement(sets)).toBeCloseTo(expected, 12);
  });
});
