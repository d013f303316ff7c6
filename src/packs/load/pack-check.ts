import { parsePackJson, type LoadPackResult } from '@/rules/pack/load-pack';

/**
 * The pack loader (zod classic and every cross-reference check), in a chunk of its own: the bundled
 * pack is checked at build time, so the loader is fetched only for a pack the user loads or one
 * kept in this browser.
 */
export function checkPackText(text: string, fileName: string): LoadPackResult {
  return parsePackJson(text, { file: fileName });
}
