import type { LoadPackResult } from '@/rules/pack/load-pack';

/** What the page asks the pack-check worker, and what it answers. */
export type PackCheckRequest = { id: number; text: string; fileName: string };
export type PackCheckReply = { id: number; ok: true; result: LoadPackResult } | { id: number; ok: false };

type Check = (text: string, fileName: string) => Promise<LoadPackResult>;

/**
 * Checks a pack file in a Web Worker, so that no pack (up to the size cap) blocks the page while
 * it is checked; `inPlace` (the same loader) runs where there is no worker, or when it fails.
 */
export function checkPackOffThread(text: string, fileName: string, inPlace: Check): Promise<LoadPackResult> {
  if (typeof Worker === 'undefined') return inPlace(text, fileName);
  return new Promise<LoadPackResult>((resolve) => {
    const worker = new Worker(new URL('./pack-check-worker.ts', import.meta.url), { type: 'module' });
    const done = (result: LoadPackResult | Promise<LoadPackResult>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<PackCheckReply>) => done(event.data.ok ? event.data.result : inPlace(text, fileName));
    worker.onerror = (event) => {
      event.preventDefault();
      done(inPlace(text, fileName));
    };
    worker.postMessage({ id: 1, text, fileName } satisfies PackCheckRequest);
  });
}
