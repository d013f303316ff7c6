import { useEffect, useState } from 'react';
import type { Settledness } from '@/engine/express/settledness';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { afterPaint } from '@/lib/after-paint';
import { settlednessOffThread } from './settled-off-thread';

type Inputs = { pack: Pack; answers: Answers };

/**
 * Whether `answers` settle the recommendation, worked out off the main thread: undefined until the
 * answer for these very inputs arrives (the screen paints first; the notice follows). The answer is
 * kept with the inputs it was computed for, so an answer for inputs that have changed since is
 * never shown. `null`: nothing to work out (a caller that has the answer from elsewhere).
 */
export function useSettledness(pack: Pack, answers: Answers | null): Settledness | undefined {
  const [done, setDone] = useState<(Inputs & { result: Settledness }) | null>(null);
  useEffect(() => {
    if (!answers) return;
    let live = true;
    // Asked once the change that brought these answers has been painted: copying them (and the
    // pack, the first time) to the worker is no part of a click or a keystroke.
    const cancel = afterPaint(() => {
      void settlednessOffThread(pack, answers).then((result) => {
        if (live && result) setDone({ pack, answers, result });
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [pack, answers]);
  return done?.pack === pack && done.answers === answers ? done.result : undefined;
}
