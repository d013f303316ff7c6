import { settledness } from '@/engine/express/settledness';
import type { SettledReply, SettledRequest } from './settled-off-thread';

/**
 * The worker that works out whether the answers settle the recommendation (the full
 * questionnaire's notice, the results' questions not needed) away from the page's main thread, so
 * that no click waits for it. Loaded from the app's own origin (CSP `script-src 'self'`).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<SettledRequest>) => void) | null; postMessage: (reply: SettledReply) => void };

/** The pack of the latest request that carried one. */
let held: SettledRequest['pack'];

scope.onmessage = (event) => {
  const { id, answers } = event.data;
  held = event.data.pack ?? held;
  try {
    if (!held) throw new Error('no pack');
    scope.postMessage({ id, ok: true, result: settledness(held, answers, { lookAhead: false }) });
  } catch {
    scope.postMessage({ id, ok: false });
  }
};
