import { resolve } from 'node:path';
import { INITIAL_BUDGET_BYTES, measureBundle, stepGzip } from './bundle-size';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const toKb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Sizes of the production build (`APERTURE_DIST_DIR` or `dist/`): what the first screen loads and what waits. */
export async function bench(): Promise<BenchRow[]> {
  const dist = resolve(process.env.APERTURE_DIST_DIR || 'dist');
  const sizes = measureBundle(dist);
  const fonts = sizes.lazy.filter((asset) => asset.kind === 'font');
  return [
    { name: 'initial JS + CSS (gzip)', value: toKb(sizes.initialGzip), unit: 'KB', target: `≤ ${INITIAL_BUDGET_BYTES / 1024} KB` },
    // What the start screen waits for (the first screen's code and the bundled pack's questions with their English
    // texts, a JSON file: an English page), then the first question (the section screen's chunks).
    { name: 'JS + CSS + pack before the start screen (gzip)', value: toKb(stepGzip(dist, sizes, ['questions-en']).gzip), unit: 'KB', target: '≤ 140 KB' },
    { name: 'JS + CSS + pack before the start screen, Japanese page (gzip)', value: toKb(stepGzip(dist, sizes, ['questions-ja', 'core-ja']).gzip), unit: 'KB' },
    { name: 'JS + CSS + pack before the first question (gzip)', value: toKb(stepGzip(dist, sizes, ['questions-en', 'section-screen']).gzip), unit: 'KB' },
    { name: 'lazy assets (gzip, all)', value: toKb(sizes.lazyGzip), unit: 'KB' },
    ...sizes.lazy
      .filter((asset) => asset.kind === 'js' || asset.kind === 'css' || asset.kind === 'data')
      .map((asset) => ({ name: `lazy ${asset.file} (gzip)`, value: toKb(asset.gzipBytes), unit: 'KB' })),
    ...fonts.map((font) => ({ name: `font ${font.file} (raw)`, value: toKb(font.bytes), unit: 'KB' })),
  ];
}
