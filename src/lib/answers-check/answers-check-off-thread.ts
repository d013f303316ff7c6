import type { AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';

/** What the page asks the answers-check worker (the texts of answers files), and what it answers (their checks, in order). */
export type AnswersCheckRequest = { pack: Pack; texts: readonly string[] };
export type AnswersCheckReply = { ok: true; checks: AnswersCheck[] } | { ok: false };

/** The same check on the page (its code fetched then: the first screen does not wait for it). */
async function inPlace(pack: Pack, texts: readonly string[]): Promise<AnswersCheck[]> {
  const { parseAnswersJson } = await import('@/rules/answers/load-answers');
  return texts.map((text) => parseAnswersJson(pack, text));
}

/**
 * Parses and checks the texts of answers files against a pack in a Web Worker, so that no file (up
 * to the import cap) blocks the page: only the checks (the valid answers and the problems) come
 * back. Where there is no worker, or it fails, the same check runs in place.
 */
export function checkAnswersTextsOffThread(pack: Pack, texts: readonly string[]): Promise<AnswersCheck[]> {
  if (typeof Worker === 'undefined') return inPlace(pack, texts);
  return new Promise<AnswersCheck[]>((resolve) => {
    const worker = new Worker(new URL('./answers-check-worker.ts', import.meta.url), { type: 'module' });
    const done = (checks: () => AnswersCheck[] | Promise<AnswersCheck[]>) => {
      worker.terminate();
      resolve(checks());
    };
    worker.onmessage = (event: MessageEvent<AnswersCheckReply>) => {
      const reply = event.data;
      done(() => (reply.ok ? reply.checks : inPlace(pack, texts)));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done(() => inPlace(pack, texts));
    };
    worker.postMessage({ pack, texts } satisfies AnswersCheckRequest);
  });
}
