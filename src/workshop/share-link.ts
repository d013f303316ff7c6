import * as lzString from 'lz-string';
import type { AnswersFile } from '@/rules/answers-schema';
import { decompressBounded } from './bounded-lz';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`, bundlers as named exports.
const lz = (lzString as unknown as { default?: typeof lzString }).default ?? lzString;

/** The fragment key of a share link: `<app url>#answers=<lz-string of the answers file>`. */
export const SHARE_PREFIX = '#answers=';

/** Longest payload accepted from a link (about 20 times a full answers set of the default pack). */
export const MAX_PAYLOAD = 200_000;

/** Longest text a payload may unfold into: the size cap of an answers file. */
export const MAX_DECOMPRESSED = 2_000_000;

export type ShareLinkProblem = 'no-answers' | 'not-decodable' | 'not-json';

export type DecodedShareLink = { ok: true; value: unknown } | { ok: false; problem: ShareLinkProblem };

/**
 * The share link of an answers file: `base` (the app's address, any fragment dropped) with
 * `#answers=` and the file compressed by lz-string's compressToEncodedURIComponent. A fragment never
 * reaches a server.
 */
export function encodeShareLink(base: string, file: AnswersFile): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}${SHARE_PREFIX}${lz.compressToEncodedURIComponent(JSON.stringify(file))}`;
}

/**
 * Reads a share link pasted or opened: a whole URL, just its `#answers=…` fragment, or the bare
 * payload. Returns the parsed JSON (to be checked against the pack) or why it cannot be read.
 * The payload and the text it unfolds into are both bounded, so no link can exhaust memory.
 * Never throws.
 */
export function decodeShareLink(text: string): DecodedShareLink {
  const trimmed = text.trim();
  const at = trimmed.indexOf(SHARE_PREFIX);
  const payload = at === -1 ? (/^[A-Za-z0-9+\-$]+$/.test(trimmed) ? trimmed : '') : trimmed.slice(at + SHARE_PREFIX.length);
  if (payload === '') return { ok: false, problem: 'no-answers' };
  if (payload.length > MAX_PAYLOAD) return { ok: false, problem: 'not-decodable' };
  const json = decompressBounded(payload, MAX_DECOMPRESSED);
  if (!json.ok || json.text === '') return { ok: false, problem: 'not-decodable' };
  try {
    return { ok: true, value: JSON.parse(json.text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}
