import { assess } from '@/engine/express/assess';
import type { ScoreRequest, ScoreReply } from './score-off-thread';

/**
 * The worker that computes a full result (ranking, robustness, the answer changes that would change
 * it) away from the page's main thread, so that no pack, however large, freezes the page. It is
 * loaded from the app's own origin (CSP `script-src 'self'`).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null; postMessage: (reply: ScoreReply) => void };

/** The pack of the latest job that carried one. */
let held: ScoreRequest['pack'];

scope.onmessage = (event) => {
  const { id, answers, settings } = event.data;
  held = event.data.pack ?? held;
  try {
    if (!held) throw new Error('no pack');
    scope.postMessage({ id, ok: true, result: assess(held, answers, settings) });
  } catch {
    scope.postMessage({ id, ok: false });
  }
};
