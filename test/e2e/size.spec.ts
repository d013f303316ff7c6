import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatBundle, INITIAL_BUDGET_BYTES, measureBundle, stepGzip } from '../bench/bundle-size';

describe('bundle size', () => {
  const dist = inject('distDir');
  const sizes = measureBundle(dist);

  it('the first screen loads at most 140 KB of gzipped JS and CSS', () => {
    const breakdown = formatBundle(sizes);
    console.info(breakdown);
    expect(sizes.initial.some((asset) => asset.kind === 'js'), 'index.html loads no script').toBe(true);
    expect(sizes.initialGzip, `initial JS + CSS over budget:\n${breakdown}`).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });

  it('the first question needs at most 140 KB of gzipped JS, CSS and pack: the pack\'s questions, not its rules', () => {
    const step = stepGzip(dist, sizes, ['questions-en', 'section-screen']);
    expect(step.files.filter((file) => /\/rules-(en|ja)-/.test(file))).toEqual([]);
    expect(step.gzip, step.files.join('\n')).toBeLessThanOrEqual(140 * 1024);
  });

  it("the first screen's code comes in one chunk, not one request per module a lazy part shares with it", () => {
    const scripts = sizes.initial.filter((asset) => asset.kind === 'js').map((asset) => asset.file);
    // The entry, the bundler's runtime, the first screen's code (vite.config.ts) and the page's classic script (build/first-screen.ts).
    expect(scripts.length, scripts.join('\n')).toBeLessThanOrEqual(4);
  });

  it('fonts are never part of the first screen', () => {
    expect(sizes.initial.filter((asset) => asset.kind === 'font').map((asset) => asset.file)).toEqual([]);
  });

  it('the first question needs no zod: the section checks come in a chunk of their own, fetched while it is read', () => {
    const firstQuestion = stepGzip(dist, sizes, ['questions-en', 'section-screen']).files.filter((file) => file.endsWith('.js'));
    // Every zod schema class is made by name (`$constructor("$ZodType", …)`): the name survives minifying.
    const holdingZod = (file: string) => readFileSync(join(dist, file), 'utf8').includes('$ZodType');
    expect(firstQuestion).toContainEqual(expect.stringMatching(/^assets\/section-screen-/));
    expect(firstQuestion.filter(holdingZod)).toEqual([]);
    expect(sizes.lazy.map((asset) => asset.file).filter((file) => file.startsWith('assets/section-validation-'))).toHaveLength(1);
    expect(sizes.lazy.some((asset) => asset.kind === 'js' && holdingZod(asset.file)), 'zod is in the build at all').toBe(true);
  });
});
