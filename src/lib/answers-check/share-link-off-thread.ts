import type { Pack } from '@/rules/pack/pack-schema';
import { runOffThread } from './off-thread';
import { wholePack } from '../pack/pack-rules';
import type { SharedLinkRead, ShareLinkRequest } from './share-link-read';

export type { SharedLinkRead } from './share-link-read';

/**
 * Reads a share link's payload in a Web Worker: the decompression (up to its cap), the JSON parse
 * and the answers check never block the page, and only the check (or the problem) comes back.
 * lz-string is loaded by the worker; the page loads it only where there is no worker, or it fails
 * and the same reading runs in place. The pack goes to the worker whole (a link opened with the page
 * waits for the bundled pack's rules).
 */
export async function readSharedLinkOffThread(pack: Pack, payload: string): Promise<SharedLinkRead> {
  const request: ShareLinkRequest = { pack: await wholePack(pack), payload };
  return runOffThread(
    () => new Worker(new URL('./share-link-worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => (await import('./share-link-read')).readSharedLink(request),
  );
}
