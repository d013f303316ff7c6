import { describe, expect, it } from 'vitest';
import { packSchema } from '@/rules/pack/pack-schema';
import defaultPackJson from '../../../rules/ai-openness.json';
import { packStats } from './pack-stats';
import { buildPack } from '@test/support/pack-builder';

const pack = buildPack({
  criteria: [
    { id: 'value', weight: 1 },
    { id: 'risk', weight: 1 },
  ],
  questions: [
    { id: 'size', choices: ['small', 'large'] },
    { id: 'misuse', choices: ['low', 'mid', 'high'], allowUnsure: true },
    { id: 'never', choices: ['a', 'b'], showIf: { all: [{ q: 'size', is: 'small' }, { q: 'size', is: 'large' }] } },
  ],
  options: [
    { id: 'open', baseline: { value: 8, risk: 5 } },
    { id: 'closed', baseline: { value: 5, risk: 9 } },
    { id: 'twin', baseline: { value: 5, risk: 9 } },
  ],
  rules: [
    // Lifts open above the others, past 10 (clamped), whenever the company is large: about half the sets.
    { id: 'large-open', when: { q: 'size', is: 'large' }, effects: [{ option: 'open', criterion: 'value', delta: 3 }] },
    { id: 'dead', when: { q: 'never', is: 'a' }, effects: [{ option: 'closed', criterion: 'value', delta: 1 }] },
  ],
  guards: [{ id: 'misuse-blocks-open', options: ['open'], severity: 'block', when: { q: 'misuse', atLeast: 'high' } }],
});

describe('packStats', () => {
  const stats = packStats(pack, { samples: 2000, seed: 7 });

  it('is the same for the same pack, count and seed, and differs with the seed', () => {
    expect(packStats(pack, { samples: 2000, seed: 7 })).toEqual(stats);
    expect(packStats(pack, { samples: 2000, seed: 8 }).firstPlaces).not.toEqual(stats.firstPlaces);
  });

  it('splits an exact tie and counts it, so first places add up to 1', () => {
    const total = Object.values(stats.firstPlaces).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // closed and twin have identical profiles: whenever either is first, both are.
    expect(stats.firstPlaces.closed).toBeCloseTo(stats.firstPlaces.twin ?? -1, 12);
    expect(stats.ties).toBeCloseTo((stats.firstPlaces.closed ?? 0) * 2, 12);
    expect(stats.leadUnder1).toBeGreaterThanOrEqual(stats.ties);
    expect(stats.leadUnder3).toBeGreaterThanOrEqual(stats.leadUnder1);
  });

  it('blocks open when misuse is high or "not sure": first only when large and not blocked (0.5 × 0.6)', () => {
    expect(stats.firstPlaces.open).toBeGreaterThan(0.25);
    expect(stats.firstPlaces.open).toBeLessThan(0.35);
    expect(stats.bypassed).toEqual([]);
  });

  it('measures clamping per option and criterion, largest first', () => {
    expect(stats.clamping[0]).toMatchObject({ option: 'open', criterion: 'value' });
    expect(stats.clamping[0]?.share).toBeGreaterThan(0.45);
    expect(stats.clamping[0]?.share).toBeLessThan(0.55);
    expect(stats.clamping.slice(1).every((c) => c.share === 0)).toBe(true);
    expect(stats.clamping).toHaveLength(6);
  });

  it('names the rules and guards that never fire', () => {
    expect(stats.neverFired).toEqual({ rules: ['dead'], guards: [] });
  });

  it('finds no block guard that "not sure" lets through in the shipped pack', () => {
    const shipped = packStats(packSchema.parse(defaultPackJson), { samples: 300 });
    expect(shipped.bypassed).toEqual([]);
    expect(Object.keys(shipped.firstPlaces)).toHaveLength(7);
  });
});
