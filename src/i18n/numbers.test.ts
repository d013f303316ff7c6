import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LANGS } from './messages';
import { formatWhole } from './numbers';

describe('formatWhole', () => {
  test.prop([fc.constantFrom(...LANGS), fc.oneof(fc.nat(2_000), fc.nat(), fc.maxSafeNat())])('writes whole numbers exactly as Intl.NumberFormat does, in both languages', (lang, value) => {
    expect(formatWhole(lang, value)).toBe(new Intl.NumberFormat(lang).format(value));
  });

  it.each([
    ['en', 0, '0'],
    ['en', 999, '999'],
    ['en', 1000, '1,000'],
    ['ja', 2_000_000, '2,000,000'],
  ] as const)('%s: %d is %s', (lang, value, written) => {
    expect(formatWhole(lang, value)).toBe(written);
  });

  test.prop([fc.constantFrom(...LANGS), fc.oneof(fc.double({ noNaN: true }), fc.integer({ max: -1 }), fc.constant(-0))])('hands anything else to Intl.NumberFormat', (lang, value) => {
    expect(formatWhole(lang, value)).toBe(new Intl.NumberFormat(lang).format(value));
  });
});
