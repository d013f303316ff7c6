import { checkAnswersFile, type AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import { decodeShareLink, type ShareLinkProblem } from '@/lib/share/share-link';

/** What the page asks the share-link worker: the payload of a link opened (after `#answers=`). */
export type ShareLinkRequest = { pack: Pack; payload: string };

/** What reading a share link gives: the check of the answers file in it, or why it cannot be read. */
export type SharedLinkRead = { ok: true; check: AnswersCheck } | { ok: false; problem: ShareLinkProblem };

/** Decodes a share link's payload (bounded, lz-string) and checks the answers file in it against the pack. Never throws. */
export function readSharedLink({ pack, payload }: ShareLinkRequest): SharedLinkRead {
  const decoded = decodeShareLink(`#answers=${payload}`);
  return decoded.ok ? { ok: true, check: checkAnswersFile(pack, decoded.value) } : decoded;
}
