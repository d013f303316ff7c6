import type { Settledness } from '@/engine/express/settledness';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { holdsRules, wholePack } from '../pack/pack-rules';

/**
 * What the page asks the settledness worker, and what it answers. The pack is sent with the first
 * request and again only when it changes; without one, the worker uses the pack it was sent last.
 */
export type SettledRequest = { id: number; pack?: Pack; answers: Answers };
export type SettledReply = { id: number; ok: true; result: Settledness } | { id: number; ok: false };

type Job = { pack: Pack; answers: Answers; done: (result: Settledness | undefined) => void };

let worker: Worker | undefined;
/** The pack the worker holds. */
let sentPack: Pack | undefined;
let nextId = 0;
/** The request the worker is working on, and the one to send next (a newer request replaces one waiting). */
let running: (Job & { id: number }) | undefined;
let queued: Job | undefined;
/** Set once the worker could not run: every later request is worked out on the page. */
let broken = false;

/** The same analysis on the page (its code fetched only then). */
async function inPlace(job: Job): Promise<Settledness> {
  const { settledness } = await import('@/engine/express/settledness');
  return settledness(job.pack, job.answers, { lookAhead: false });
}

function settleInPlace(job: Job): void {
  inPlace(job).then(job.done, () => job.done(undefined));
}

function post(job: Job): void {
  worker ??= startWorker();
  nextId += 1;
  running = { ...job, id: nextId };
  const pack = job.pack === sentPack ? undefined : job.pack;
  sentPack = job.pack;
  worker.postMessage({ id: nextId, ...(pack ? { pack } : {}), answers: job.answers } satisfies SettledRequest);
}

function finish(reply: SettledReply): void {
  const done = running;
  if (!done || reply.id !== done.id) return;
  running = undefined;
  if (queued) {
    const next = queued;
    queued = undefined;
    post(next);
  }
  if (reply.ok) done.done(reply.result);
  else settleInPlace(done);
}

function startWorker(): Worker {
  const started = new Worker(new URL('./settled-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<SettledReply>) => finish(event.data);
  started.onerror = (event) => {
    // A worker that cannot run (it failed to load): this request and every later one are worked out on the page.
    event.preventDefault();
    broken = true;
    worker = undefined;
    sentPack = undefined;
    for (const job of [running, queued]) if (job) settleInPlace(job);
    running = undefined;
    queued = undefined;
  };
  return started;
}

function settle(pack: Pack, answers: Answers): Promise<Settledness | undefined> {
  return new Promise((done) => {
    const job: Job = { pack, answers, done };
    if (typeof Worker === 'undefined' || broken) return settleInPlace(job);
    if (!running) return post(job);
    queued?.done(undefined);
    queued = job;
  });
}

/**
 * Whether `answers` settle the recommendation (the check behind the full questionnaire's notice and
 * the results' questions not needed, without the express path's look-ahead), worked out in a Web
 * Worker so that no screen waits for it. One request runs at a time; a request still waiting when a
 * newer one arrives resolves to undefined (it is stale). Where there is no worker, or it fails, the
 * analysis runs on the page after the current task. A pack whose rules are still on their way is
 * worked on once they have arrived; if they cannot be fetched, the answer is undefined (not known).
 */
export function settlednessOffThread(pack: Pack, answers: Answers): Promise<Settledness | undefined> {
  if (holdsRules(pack)) return settle(pack, answers);
  return wholePack(pack).then(
    () => settle(pack, answers),
    () => undefined,
  );
}
