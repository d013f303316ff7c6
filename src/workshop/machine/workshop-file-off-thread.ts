import type { Pack } from '@/rules/pack/pack-schema';
import { runOffThread } from '@/lib/answers-check/off-thread';
import { parseWorkshopJson, type WorkshopCheck } from './workshop-file';

/** What the page asks the workshop-file worker: the text of a workshop file to open. */
export type WorkshopFileRequest = { pack: Pack; text: string };

/**
 * Parses and checks a workshop file in a Web Worker, so that no file (every participant's answers
 * checked) blocks the page: only the check comes back. Where there is no worker, or it fails, the
 * same check runs in place.
 */
export function checkWorkshopTextOffThread(pack: Pack, text: string): Promise<WorkshopCheck> {
  return runOffThread(
    () => new Worker(new URL('./workshop-file-worker.ts', import.meta.url), { type: 'module' }),
    { pack, text } satisfies WorkshopFileRequest,
    () => parseWorkshopJson(pack, text),
  );
}
