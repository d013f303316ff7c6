import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `then` once the frame being prepared has been painted (the next animation frame, then the
 * task after it); returns a cancel. A page in a background tab paints nothing and gets no animation
 * frame until it is shown: there `then` runs in the next task.
 */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'undefined' || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) {
    timer = setTimeout(then);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False on a component's first render, true once that render has been painted. What a screen shows
 * after its first paint (the parts that take longer to work out) renders then, in a transition, so
 * that neither the click that opened the screen nor the next one waits for it. React's
 * `useDeferredValue(true, false)` starts its background render in a task that can run before the
 * browser paints.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => startTransition(() => setPainted(true)))), [painted]);
  return painted;
}
