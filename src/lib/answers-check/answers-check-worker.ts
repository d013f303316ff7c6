import { parseAnswersJson } from '@/rules/answers/load-answers';
import type { AnswersCheckReply, AnswersCheckRequest } from './answers-check-off-thread';

/** The worker that parses and checks answers files away from the page's main thread (loaded from the app's own origin). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<AnswersCheckRequest>) => void) | null; postMessage: (reply: AnswersCheckReply) => void };

scope.onmessage = (event) => {
  const { pack, texts } = event.data;
  try {
    scope.postMessage({ ok: true, checks: texts.map((text) => parseAnswersJson(pack, text)) });
  } catch {
    scope.postMessage({ ok: false });
  }
};
