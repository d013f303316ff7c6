import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the first screen may download, gzipped (JS + CSS). Everything else loads on demand. */
export const INITIAL_BUDGET_BYTES = 140 * 1024;

/** `data`: JSON the app fetches (the bundled pack's parts). */
export type AssetKind = 'js' | 'css' | 'data' | 'font' | 'other';
export type AssetSize = { file: string; kind: AssetKind; bytes: number; gzipBytes: number };
export type BundleSizes = {
  initial: AssetSize[];
  lazy: AssetSize[];
  /** gzip bytes of the initial JS and CSS. */
  initialGzip: number;
  lazyGzip: number;
  budget: number;
};

const FONT_EXTENSIONS = new Set(['.ttf', '.otf', '.woff', '.woff2']);

function kindOf(file: string): AssetKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json') return 'data';
  return FONT_EXTENSIONS.has(ext) ? 'font' : 'other';
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** The assets `index.html` loads before anything runs: module scripts, stylesheets and modulepreloads (paths relative to the folder, whether the page says `/assets/…` or `./assets/…`). */
export function htmlAssets(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const url = isScript ? attribute(tag, 'src') : rel === 'stylesheet' || rel === 'modulepreload' ? attribute(tag, 'href') : undefined;
    if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

/**
 * Relative modules a built chunk imports statically (`import{a as b}from"./x.js"`, `import"./y.js"`,
 * `export*from"./z.js"`). Dynamic `import("./lazy.js")` is not static and is not matched.
 */
export function staticImports(js: string): string[] {
  const pattern = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  return [...js.matchAll(pattern)].map((match) => match[1] ?? '');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function measure(distDir: string, file: string): AssetSize {
  const content = readFileSync(join(distDir, file));
  return { file, kind: kindOf(file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

const bySize = (a: AssetSize, b: AssetSize) => b.gzipBytes - a.gzipBytes;

/** Splits a build into what the first screen loads (HTML entries and their static imports) and the rest. */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const queue = htmlAssets(html);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (initial.has(file)) continue;
    initial.add(file);
    if (kindOf(file) !== 'js') continue;
    const code = readFileSync(join(distDir, file), 'utf8');
    queue.push(...staticImports(code).map((spec) => posix.normalize(posix.join(posix.dirname(file), spec))));
  }
  const files = listFiles(distDir).filter((file) => file !== 'index.html');
  const initialSizes = [...initial].map((file) => measure(distDir, file)).sort(bySize);
  const lazy = files.filter((file) => !initial.has(file)).map((file) => measure(distDir, file)).sort(bySize);
  const sum = (assets: AssetSize[]) => assets.reduce((total, asset) => total + asset.gzipBytes, 0);
  return {
    initial: initialSizes,
    lazy,
    initialGzip: sum(initialSizes.filter((a) => a.kind === 'js' || a.kind === 'css')),
    lazyGzip: sum(lazy),
    budget: INITIAL_BUDGET_BYTES,
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A readable breakdown: every initial and lazy asset with its raw and gzip size. */
export function formatBundle(sizes: BundleSizes): string {
  const row = (a: AssetSize) => `  ${a.file.padEnd(48)} ${a.kind.padEnd(5)} ${kb(a.bytes).padStart(11)} ${kb(a.gzipBytes).padStart(11)} gz`;
  return [
    `initial (JS + CSS gzip ${kb(sizes.initialGzip)} of ${kb(sizes.budget)} budget):`,
    ...sizes.initial.map(row),
    `lazy (gzip ${kb(sizes.lazyGzip)} in all):`,
    ...(sizes.lazy.length ? sizes.lazy.map(row) : ['  (none)']),
  ].join('\n');
}

/**
 * gzip bytes of what a step needs: the first screen's JS and CSS plus the lazy files whose names
 * start with one of `chunks` (e.g. `questions-en`, `section-screen`): chunks with their
 * static imports, and data files (the bundled pack's parts, which the app fetches as JSON).
 */
export function stepGzip(distDir: string, sizes: BundleSizes, chunks: readonly string[]): { gzip: number; files: string[] } {
  const needed = new Set(sizes.initial.map((asset) => asset.file));
  const named = sizes.lazy.filter((asset) => chunks.some((name) => asset.file.startsWith(`assets/${name}-`)));
  for (const asset of named) if (asset.kind === 'data') needed.add(asset.file);
  const queue = named.filter((asset) => asset.kind === 'js').map((asset) => asset.file);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (needed.has(file)) continue;
    needed.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    queue.push(...staticImports(code).map((spec) => posix.normalize(posix.join(posix.dirname(file), spec))));
  }
  const all = [...sizes.initial, ...sizes.lazy].filter((asset) => needed.has(asset.file) && (asset.kind === 'js' || asset.kind === 'css' || asset.kind === 'data'));
  return { gzip: all.reduce((total, asset) => total + asset.gzipBytes, 0), files: all.map((asset) => asset.file) };
}
