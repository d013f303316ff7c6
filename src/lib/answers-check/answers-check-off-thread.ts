import type { AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import type { AnswersCheckRequest } from './answers-check';
import { runOffThread } from './off-thread';
import { wholePack } from '../pack/pack-rules';

/** The same check on the page (its code fetched then: the first screen does not wait for it). */
async function inPlace(request: AnswersCheckRequest): Promise<AnswersCheck[]> {
  const { checkAnswersTexts } = await import('./answers-check');
  return checkAnswersTexts(request);
}

/**
 * Parses and checks the texts of answers files against a pack in a Web Worker, so that no file (up
 * to the import cap) blocks the page: only the checks (the valid answers and the problems) come
 * back. Where there is no worker, or it fails, the same check runs in place. The pack goes to the
 * worker whole (a file opened as the page starts waits for the bundled pack's rules).
 */
export async function checkAnswersTextsOffThread(pack: Pack, texts: readonly string[]): Promise<AnswersCheck[]> {
  const request: AnswersCheckRequest = { pack: await wholePack(pack), texts };
  return runOffThread(() => new Worker(new URL('./answers-check-worker.ts', import.meta.url), { type: 'module' }), request, () => inPlace(request));
}
