import { score } from '@/engine/score';
import type { ScoreRequest, ScoreReply } from './score-off-thread';

/**
 * The worker that computes a full result (ranking, robustness, the answer changes that would change
 * it) away from the page's main thread, so that no pack, however large, freezes the page. It is
 * loaded from the app's own origin (CSP `script-src 'self'`).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null; postMessage: (reply: ScoreReply) => void };

scope.onmessage = (event) => {
  const { id, pack, answers, settings } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: score(pack, answers, settings) });
  } catch {
    scope.postMessage({ id, ok: false });
  }
};
