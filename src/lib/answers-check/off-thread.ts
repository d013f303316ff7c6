/** What a worker answers: its result, or `ok: false` when it failed (the page then does the work in place). */
export type WorkerReply<Result> = { ok: true; result: Result } | { ok: false };

/**
 * Runs one request in a Web Worker (made by `spawn`, from the app's own scripts) and resolves with
 * its result, so that work on inputs up to the import caps never blocks the page: only the result
 * comes back. Where there is no worker, or it cannot start, fails or answers `ok: false`, `inPlace`
 * does the same work on the page.
 */
export function runOffThread<Request, Result>(spawn: () => Worker, request: Request, inPlace: () => Result | Promise<Result>): Promise<Result> {
  const fallback = () => Promise.resolve().then(inPlace);
  if (typeof Worker === 'undefined') return fallback();
  let worker: Worker;
  try {
    worker = spawn();
  } catch {
    // A browser that refuses to start the worker (a policy, a missing script) still gets its answer.
    return fallback();
  }
  return new Promise<Result>((resolve, reject) => {
    const done = (reply: WorkerReply<Result> | null) => {
      worker.terminate();
      if (reply?.ok) resolve(reply.result);
      else fallback().then(resolve, reject);
    };
    worker.onmessage = (event: MessageEvent<WorkerReply<Result>>) => done(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      done(null);
    };
    worker.onmessageerror = () => done(null);
    worker.postMessage(request);
  });
}

type WorkerScope<Request, Result> = { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage: (reply: WorkerReply<Result>) => void };

/** The worker's side: answers each request with `handle`'s result, or `ok: false` when it throws. */
export function answerRequests<Request, Result>(scope: WorkerScope<Request, Result>, handle: (request: Request) => Result): void {
  scope.onmessage = (event) => {
    let reply: WorkerReply<Result>;
    try {
      reply = { ok: true, result: handle(event.data) };
    } catch {
      reply = { ok: false };
    }
    scope.postMessage(reply);
  };
}

/** The global scope of the worker this module runs in. */
export function workerScope<Request, Result>(): WorkerScope<Request, Result> {
  return self as unknown as WorkerScope<Request, Result>;
}
