import { checkAnswersFile, type AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import { decodeShareLink, type ShareLinkProblem } from '@/lib/share/share-link';

export type SharedLinkRead = { ok: true; check: AnswersCheck } | { ok: false; problem: ShareLinkProblem };

/** Decodes a share link's payload and checks the answers file in it against the pack. Never throws. */
export function readSharedLink(pack: Pack, payload: string): SharedLinkRead {
  const decoded = decodeShareLink(`#answers=${payload}`);
  return decoded.ok ? { ok: true, check: checkAnswersFile(pack, decoded.value) } : decoded;
}
