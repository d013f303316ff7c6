import type { Pack } from '@/rules/pack/pack-schema';
import { runOffThread } from '@/lib/answers-check/off-thread';
import { openWorkshopText, type OpenedWorkshop, type WorkshopFileRequest } from './workshop-open';

/**
 * Opens a workshop file in a Web Worker: the parse, the check of every participant's answers and
 * the scoring of the room (its aggregate and the agreed answers with robustness) never block the
 * page; only their results come back. Where there is no worker, or it fails, the same work runs in place.
 */
export function openWorkshopTextOffThread(pack: Pack, text: string): Promise<OpenedWorkshop> {
  const request: WorkshopFileRequest = { pack, text };
  return runOffThread(() => new Worker(new URL('./workshop-file-worker.ts', import.meta.url), { type: 'module' }), request, () => openWorkshopText(request));
}
