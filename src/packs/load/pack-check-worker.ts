import { parsePackJson } from '@/rules/pack/load-pack';
import type { PackCheckReply, PackCheckRequest } from './pack-check-off-thread';

/** The worker that checks a pack file away from the page's main thread (loaded from the app's own origin). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<PackCheckRequest>) => void) | null; postMessage: (reply: PackCheckReply) => void };

scope.onmessage = (event) => {
  const { id, text, fileName } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: parsePackJson(text, { file: fileName }) });
  } catch {
    scope.postMessage({ id, ok: false });
  }
};
