import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('afterPaint', () => {
  it('runs after the next animation frame, in the task after it, and can be cancelled', () => {
    vi.useFakeTimers();
    const frames = new Map<number, FrameRequestCallback>();
    const nextFrame = () => {
      const [id, frame] = [...frames][0] ?? [];
      if (id !== undefined) frames.delete(id);
      frame?.(0);
    };
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.set(frames.size + 1, frame).size);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
    const then = vi.fn();
    afterPaint(then);
    vi.runAllTimers();
    expect(then).not.toHaveBeenCalled();
    nextFrame();
    expect(then).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    afterPaint(cancelled)();
    nextFrame();
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('does not wait for a frame in a background tab, which gets none until it is shown', () => {
    vi.useFakeTimers();
    const frame = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frame);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    const then = vi.fn();
    afterPaint(then);
    vi.runAllTimers();
    expect(then).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });
});
