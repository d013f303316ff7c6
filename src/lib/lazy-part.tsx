import { Suspense, useEffect, useSyncExternalStore, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/**
 * A part of the app in its own chunk, fetched before it is needed: `preload()` starts the download
 * (idempotent; a failed download may be tried again), and the part renders at once when its code
 * has arrived. While it has not, the part shows its fallback itself and re-renders when the code
 * arrives: no Suspense boundary waits for the code, so React never holds the reveal back (a suspended
 * boundary's content waits up to 300 ms after its fallback was shown). A failed download is thrown
 * to the nearest error boundary.
 */
export type LazyPart<P extends object> = ComponentType<P & { fallback?: ReactNode }> & {
  preload: () => Promise<void>;
  readonly loaded: boolean;
};

type Status<P> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; Part: ComponentType<P> } | { state: 'failed'; error: unknown };

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let status: Status<P> = { state: 'idle' };
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: Status<P>) => {
    status = next;
    for (const listener of listeners) listener();
  };
  const preload = () =>
    (pending ??= load().then(
      (Part) => set({ state: 'ready', Part }),
      (error: unknown) => {
        pending = undefined;
        set({ state: 'failed', error });
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => status;

  function Part({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const current = useSyncExternalStore(subscribe, snapshot, snapshot);
    // The boundary is for what the part itself may wait for inside (its own lazy pieces), never for its code.
    if (current.state === 'ready')
      return (
        <Suspense fallback={fallback}>
          <current.Part {...(props as P)} />
        </Suspense>
      );
    if (current.state === 'failed') throw current.error;
    void preload();
    return fallback;
  }
  const part = Object.assign(Part, {
    preload: () => {
      // After a failure, a new attempt starts from a clean state (the error boundary's retry renders again).
      if (status.state === 'failed') set({ state: 'idle' });
      return preload();
    },
  });
  // A getter of its own: `Object.assign` would copy the value `loaded` had when the part was made.
  return Object.defineProperty(part, 'loaded', { get: () => status.state === 'ready', enumerable: true }) as LazyPart<P>;
}

type Preloadable = { preload: () => Promise<void> };

/** Runs `task` in the browser's next idle period (within 2 s; 200 ms later where there is no idle callback); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}

/**
 * Fetches the parts of the next step once the browser is idle after this screen was painted, one
 * after another (a failure is left for the part itself to show when it is needed).
 */
export function preloadWhenIdle(parts: readonly Preloadable[]): () => void {
  let cancelled = false;
  whenIdle(() => {
    void parts.reduce<Promise<unknown>>((previous, part) => previous.then(() => (cancelled ? undefined : part.preload().catch(() => undefined))), Promise.resolve());
  });
  return () => {
    cancelled = true;
  };
}

/** Fetches the parts at once (a pointer over, or focus on, a control that leads to them). */
export function preloadNow(parts: readonly Preloadable[]): void {
  for (const part of parts) void part.preload().catch(() => undefined);
}

const LEADS_ON = 'button, a[href], input[type="submit"], [role="button"], [role="link"]';

/**
 * Fetches the parts the next step needs: once the browser is idle after the current screen was
 * painted, and at once when the pointer moves over, or focus lands on, any button or link (the
 * control that leads there). Pass a stable array (a module constant) per screen.
 */
export function usePreloadNext(parts: readonly Preloadable[]): void {
  useEffect(() => {
    if (parts.length === 0 || parts.every((part) => (part as Partial<LazyPart<object>>).loaded === true)) return undefined;
    const stop = preloadWhenIdle(parts);
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(LEADS_ON)) preloadNow(parts);
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    return () => {
      stop();
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [parts]);
}

/** A `React.lazy` part that waits in silence (no fallback): for notices and actions beside a screen that is already there. */
export function quiet<P extends object>(Part: LazyExoticComponent<ComponentType<P>>) {
  return function Quiet(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}
