import { vi } from 'vitest';

type Scope = { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (reply: unknown) => void };

/**
 * A stand-in for the browser's `Worker` in Node (install it with `vi.stubGlobal('Worker', FakeWorker)`):
 * it runs the real worker module (the URL given, as the app gives it) in-process with its own
 * `self`, and structured-clones every request and reply, as `postMessage` does. It records what it
 * was asked (`requests`) and what it answered (`replies`).
 */
export class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly url: string;
  readonly requests: unknown[] = [];
  readonly replies: unknown[] = [];
  terminated = false;
  private readonly scope: Scope;
  private readonly ready: Promise<void>;

  constructor(url: URL | string) {
    this.url = String(url);
    FakeWorker.created.push(this);
    this.scope = {
      onmessage: null,
      postMessage: (reply) => {
        const data = structuredClone(reply);
        this.replies.push(data);
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data });
        });
      },
    };
    this.ready = this.load();
  }

  private async load(): Promise<void> {
    const previous = (globalThis as { self?: unknown }).self;
    (globalThis as { self?: unknown }).self = this.scope;
    try {
      vi.resetModules();
      // Under jsdom the module's own URL is served over http: its path is the module's path from the project root.
      const url = new URL(this.url);
      await import(/* @vite-ignore */ url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : this.url);
    } finally {
      (globalThis as { self?: unknown }).self = previous;
    }
  }

  postMessage(request: unknown): void {
    const data = structuredClone(request);
    this.requests.push(data);
    void this.ready.then(() => this.scope.onmessage?.({ data }));
  }

  terminate(): void {
    this.terminated = true;
  }
}
