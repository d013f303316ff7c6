import * as lzString from 'lz-string';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { decompressBounded } from './bounded-lz';
import { MAX_FILE_BYTES, SHARE_PREFIX } from '@/rules/limits';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`, bundlers as named exports.
const lz = (lzString as unknown as { default?: typeof lzString }).default ?? lzString;

/** The fragment key of a share link: `<app url>#answers=<lz-string of the answers file>.<checksum>`. */
export { SHARE_PREFIX };

/** Between the payload and its checksum: not one of lz-string's URI characters (A–Z a–z 0–9 + - $). */
const CHECK_SEPARATOR = '.';

/** Longest payload accepted from a link (about 20 times a full answers set of the default pack). */
export const MAX_PAYLOAD = 200_000;

/** Longest text a payload may unfold into: the size cap of an answers file. */
export const MAX_DECOMPRESSED = MAX_FILE_BYTES;

/**
 * Why a link cannot be read: no answers in it, damaged (cut, changed: its checksum does not match,
 * or it does not decompress to JSON), or made before links carried a checksum.
 */
export type ShareLinkProblem = 'no-answers' | 'not-decodable' | 'not-json' | 'unchecked';

export type DecodedShareLink = { ok: true; value: unknown } | { ok: false; problem: ShareLinkProblem };

/**
 * FNV-1a (32 bits) of the payload, as 8 hex digits. Each step is a bijection of the running hash
 * for a given character, so a link with one character changed always fails the check (and any
 * other damage almost always does), instead of decompressing into other answers.
 */
export function linkChecksum(payload: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < payload.length; i += 1) {
    hash ^= payload.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The share link of an answers file: `base` (the app's address, any fragment dropped) with
 * `#answers=`, the file compressed by lz-string's compressToEncodedURIComponent, `.` and its
 * checksum. A fragment never reaches a server.
 */
export function encodeShareLink(base: string, file: AnswersFile): string {
  const hash = base.indexOf('#');
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(file));
  return `${hash === -1 ? base : base.slice(0, hash)}${SHARE_PREFIX}${payload}${CHECK_SEPARATOR}${linkChecksum(payload)}`;
}

/** The payload of a link's fragment: after `#answers=` (or the mistyped `#answer=`), '' when there is nothing after it, null without such a fragment. */
export function fragmentPayload(text: string): string | null {
  const match = /#answers?=/i.exec(text);
  return match ? text.slice(match.index + match[0].length) : null;
}

/**
 * What a share link pasted or opened carries to be read: after `#answers=` in a whole URL or its
 * fragment, else the text itself when it is a bare payload with its checksum; '' when it holds
 * neither. Cheap (no decompression): the page passes it to the share-link worker.
 */
export function shareLinkPayload(text: string): string {
  const trimmed = text.trim();
  return fragmentPayload(trimmed) ?? (/^[A-Za-z0-9+\-$]+\.[0-9a-f]{8}$/.test(trimmed) ? trimmed : '');
}

/**
 * Reads a share link pasted or opened: a whole URL, just its `#answers=…` fragment, or the bare
 * payload with its checksum. Returns the parsed JSON (to be checked against the pack) or why it
 * cannot be read: a payload whose checksum does not match is refused before it is decompressed.
 * The payload and the text it unfolds into are both bounded, so no link can exhaust memory.
 * Never throws.
 */
export function decodeShareLink(text: string): DecodedShareLink {
  const checked = shareLinkPayload(text);
  if (checked === '') return { ok: false, problem: 'no-answers' };
  if (checked.length > MAX_PAYLOAD) return { ok: false, problem: 'not-decodable' };
  const dot = checked.lastIndexOf(CHECK_SEPARATOR);
  if (dot === -1) return { ok: false, problem: /^[A-Za-z0-9+\-$]+$/.test(checked) ? 'unchecked' : 'not-decodable' };
  const payload = checked.slice(0, dot);
  if (payload === '' || checked.slice(dot + 1) !== linkChecksum(payload)) return { ok: false, problem: 'not-decodable' };
  const json = decompressBounded(payload, MAX_DECOMPRESSED);
  if (!json.ok || json.text === '') return { ok: false, problem: 'not-decodable' };
  try {
    return { ok: true, value: JSON.parse(json.text) as unknown };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}
