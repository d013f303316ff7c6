import { lazyPart } from '@/lib/lazy-part';

/**
 * "Your recommendation is settled" while answering: a chunk of its own (the notice and the client of
 * its worker). The first question paints without it, and the notice could only follow anyway, once
 * the worker has answered; the start screen fetches it after the section screen (`NEXT` in
 * src/app/modes/session-view.tsx). It is a shortcut to the results, not a part of the section: should
 * its download fail, the section goes on without it.
 */
export const SectionSettledNotice = lazyPart(() =>
  import('../notices/section-settled-notice').then(
    (m) => m.SectionSettledNotice,
    () => NoNotice,
  ),
);

function NoNotice(): null {
  return null;
}
