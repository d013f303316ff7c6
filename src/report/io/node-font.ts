import { readFile } from 'node:fs/promises';

/** The Japanese font file, read from disk (Node: the CLI, tests and benchmarks). */
export const JAPANESE_FONT_PATH = new URL('../fonts/noto-sans-jp-subset.ttf', import.meta.url);

let font: Promise<Uint8Array> | undefined;

/**
 * Reads the report's Japanese font from disk, once per process: every report gets the same bytes,
 * so their base64 form (render-pdf's cache) is made once too, as in the browser.
 */
export function loadJapaneseFontFromDisk(): Promise<Uint8Array> {
  font ??= readFile(JAPANESE_FONT_PATH).then(
    (bytes) => new Uint8Array(bytes),
    (error: unknown) => {
      font = undefined;
      throw error;
    },
  );
  return font;
}
