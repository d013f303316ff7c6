import { readFile } from 'node:fs/promises';

/** The Japanese font file, read from disk (Node: the CLI, tests and benchmarks). */
export const JAPANESE_FONT_PATH = new URL('../fonts/noto-sans-jp-subset.ttf', import.meta.url);

/** Reads the report's Japanese font from disk. */
export async function loadJapaneseFontFromDisk(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(JAPANESE_FONT_PATH));
}
