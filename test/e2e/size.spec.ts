import { describe, expect, inject, it } from 'vitest';
import { formatBundle, INITIAL_BUDGET_BYTES, measureBundle } from '../bench/bundle-size';

describe('bundle size', () => {
  const sizes = measureBundle(inject('distDir'));

  it('the first screen loads at most 140 KB of gzipped JS and CSS', () => {
    const breakdown = formatBundle(sizes);
    console.info(breakdown);
    expect(sizes.initial.some((asset) => asset.kind === 'js'), 'index.html loads no script').toBe(true);
    expect(sizes.initialGzip, `initial JS + CSS over budget:\n${breakdown}`).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });

  it('fonts are never part of the first screen', () => {
    expect(sizes.initial.filter((asset) => asset.kind === 'font').map((asset) => asset.file)).toEqual([]);
  });
});
