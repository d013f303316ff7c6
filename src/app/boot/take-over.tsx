import { useEffect, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { holdFocusWhileTakingOver } from '@/ui/focus';
import type { PrerenderedScreen } from './prerendered-screen';

/**
 * Wraps the app when it takes over the start screen drawn at build time (main.tsx hydrates it, and
 * holds focus where it is meanwhile: `holdFocusWhileTakingOver`). Once React has, the clicks held
 * meanwhile are made again, in order, one at a time: each once the app has drawn what the one
 * before changed, so that a control the previous click took off the page (Start, then the express
 * path) is not clicked.
 */
export function TakeOver({ screen, children }: { screen: PrerenderedScreen; children: ReactNode }) {
  useEffect(() => {
    holdFocusWhileTakingOver(false);
    const held = screen.release();
    if (held.length === 0) return undefined;
    // In a task of its own, after React's: flushSync draws what each click changes before the next.
    const timer = setTimeout(() => {
      for (const control of held) if (control.isConnected) flushSync(() => control.click());
    });
    return () => clearTimeout(timer);
  }, [screen]);
  return children;
}
