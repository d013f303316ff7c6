import { assess } from '@/engine/express/assess';
import type { Result, ScoreSettings } from '@/engine/score/types';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * What the page asks the score worker, and what it answers. The pack is sent with the first job and
 * again only when it changes (copying it to the worker takes the page longer than the rest of a
 * what-if step); without one, the worker scores against the pack it was sent last.
 */
export type ScoreRequest = { id: number; pack?: Pack; answers: Answers; settings: ScoreSettings };
export type ScoreReply = { id: number; ok: true; result: Result } | { id: number; ok: false };

export type ScoreJob = { pack: Pack; answers: Answers; settings: ScoreSettings };

let worker: Worker | undefined;
/** The pack the worker holds. */
let sentPack: Pack | undefined;
let nextId = 0;
/** The job the worker is computing, and the one to compute next (a newer job replaces an older one waiting). */
let running: { id: number; done: (result: Result | undefined) => void; job: ScoreJob } | undefined;
let queued: { done: (result: Result | undefined) => void; job: ScoreJob } | undefined;

/** True where a Web Worker can be started (the browser); elsewhere jobs run in place. */
export const canScoreOffThread = typeof Worker !== 'undefined';

function inPlace(job: ScoreJob): Result {
  return assess(job.pack, job.answers, job.settings);
}

function post(next: { done: (result: Result | undefined) => void; job: ScoreJob }): void {
  worker ??= startWorker();
  nextId += 1;
  running = { id: nextId, ...next };
  const pack = next.job.pack === sentPack ? undefined : next.job.pack;
  sentPack = next.job.pack;
  worker.postMessage({ id: nextId, ...(pack ? { pack } : {}), answers: next.job.answers, settings: next.job.settings } satisfies ScoreRequest);
}

function finish(result: Result | undefined): void {
  const done = running;
  running = undefined;
  if (queued) {
    const next = queued;
    queued = undefined;
    post(next);
  }
  done?.done(result);
}

function startWorker(): Worker {
  const started = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<ScoreReply>) => {
    const reply = event.data;
    if (reply.id !== running?.id) return;
    finish(reply.ok ? reply.result : inPlace(running.job));
  };
  started.onerror = (event) => {
    // A worker that cannot run (it failed to load): this job and every later one are computed in place.
    event.preventDefault();
    worker = undefined;
    sentPack = undefined;
    const job = running;
    running = undefined;
    job?.done(inPlace(job.job));
    if (queued) {
      const next = queued;
      queued = undefined;
      next.done(inPlace(next.job));
    }
    broken = true;
  };
  return started;
}

let broken = false;

/**
 * Computes a full result in the page's score worker. Jobs run one at a time; a job still waiting
 * when a newer one arrives is dropped (it resolves to undefined), so sliding a weight never queues
 * up work. Where there is no worker, the job runs in place.
 */
export function scoreOffThread(job: ScoreJob): Promise<Result | undefined> {
  if (!canScoreOffThread || broken) return Promise.resolve().then(() => inPlace(job));
  return new Promise((resolve) => {
    if (!running) return post({ done: resolve, job });
    queued?.done(undefined);
    queued = { done: resolve, job };
  });
}
