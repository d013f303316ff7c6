import { useActorRef } from '@xstate/react';
import { useState, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { Pack } from '@/rules/pack/pack-schema';
import { QuestionnaireContext } from '@/questionnaire/machine/questionnaire-context';
import { questionnaireMachine } from '@/questionnaire/machine/questionnaire-machine';
import { selectScreen } from '@/questionnaire/machine/selectors';
import { NewerAnswersBanner, SaveFailedNotice } from '@/questionnaire/notices/session-notices';
import { removeUnreadable, type UnreadableRecord } from '@/questionnaire/storage/session-storage';
import { StartScreen } from '@/questionnaire/screens/start-screen';
import { SectionValidation } from '@/questionnaire/form/load-section-validation';
import { SectionSettledNotice } from '@/questionnaire/screens/section-parts';
import { AppFrame } from '../app-frame';
import { bootSession, type Boot, type SessionSlot } from '../boot/boot';
import { MigrationNotice } from '../lazy-parts';
import { lazyPart, usePreloadNext, whenIdle } from '@/lib/lazy-part';
import { warmUpNumberFormats } from '@/i18n/numbers';
import { PrepareResults, ResultsPage, ResultsView } from './results-view';
import { Loading } from '../boot/loading';
import { completeBundledPack } from '@/packs/load/pack-loading';

/**
 * The sections (with react-hook-form; their zod checks in a chunk of their own) and the review have their own chunks, so
 * that the first screen stays small; each screen fetches what the next step needs while the user
 * reads it (see NEXT), so a click does not wait for the network.
 */
const SectionScreen = lazyPart(() => import('@/questionnaire/screens/section-screen').then((m) => m.SectionScreen));
// The express path weighs every answer against the rules: it waits for the bundled pack's rules (fetched in idle time).
const ExpressScreen = lazyPart(() => Promise.all([import('@/questionnaire/screens/express-screen'), completeBundledPack()]).then(([m]) => m.ExpressScreen));
const ReviewScreen = lazyPart(() => import('@/questionnaire/screens/review-screen').then((m) => m.ReviewScreen));

type ScreenName = ReturnType<typeof selectScreen>;

/**
 * ICU's data for decimals, percentages and lists (the review's lists, the results), loaded in an idle
 * moment while the user answers: the start screen and the sections format whole numbers without it
 * (src/i18n/numbers.ts), so no click waits for it.
 */
const NumberFormats = { preload: () => new Promise<void>((done) => void whenIdle(() => done(warmUpNumberFormats()))) };

/** What each screen leads to: fetched when the browser is idle, or on a pointer over or focus on a control. */
const NEXT: Record<ScreenName, readonly { preload: () => Promise<void> }[]> = {
  loading: [SectionScreen],
  start: [SectionScreen, SectionSettledNotice, ExpressScreen],
  // The section's checks (zod) first: the first question paints without them.
  section: [SectionValidation, ReviewScreen, ResultsPage, NumberFormats],
  express: [SectionValidation, ResultsPage, SectionScreen, SectionSettledNotice, NumberFormats],
  review: [ResultsPage, NumberFormats],
  results: [SectionScreen, SectionSettledNotice, ReviewScreen],
};


/** What the app adds to the questionnaire's screens (each reads the session through the questionnaire's context). */
export type SessionSlots = {
  /** Under the start screen: run a workshop, use another pack. */
  start?: ReactNode;
  /** On the review and the results: share the answers. */
  share?: ReactNode;
  /** On the review and the results: a participant hands the device back. */
  finish?: ReactNode;
};

type ScreensProps = { unreadable: UnreadableRecord[]; onRemoveUnreadable: (key: string) => void; slots: SessionSlots };

function Screens({ unreadable, onRemoveUnreadable, slots }: ScreensProps) {
  const screen = QuestionnaireContext.useSelector(selectScreen);
  usePreloadNext(NEXT[screen]);
  switch (screen) {
    case 'start':
      return <StartScreen unreadable={unreadable} onRemoveUnreadable={onRemoveUnreadable} extras={slots.start} />;
    case 'section':
      return <SectionScreen fallback={<Loading />} />;
    case 'express':
      return <ExpressScreen fallback={<Loading />} />;
    case 'review':
      return (
        <>
          <ReviewScreen fallback={<Loading />} shareAction={slots.share} finish={slots.finish} />
          <PrepareResults />
        </>
      );
    case 'results':
      return <ResultsView share={slots.share} finish={slots.finish} />;
    case 'loading':
      return null;
  }
}

export type SessionFrameProps = {
  bar?: ReactNode;
  /** Notices of the app above the questionnaire's own (inside its context). */
  notices?: ReactNode;
  slots?: SessionSlots;
};

export type SessionViewProps = SessionSlot & SessionFrameProps & { pack: Pack; storage: Storage | undefined };

export type QuestionnaireActor = ActorRefFrom<typeof questionnaireMachine>;

/**
 * A questionnaire actor, what its boot found (answers that could not be carried over, another pack
 * version's answers migrated, unreadable records set aside) and how to remove an unreadable record
 * from storage (the app machine does it; the boot's `unreadable` then lists it no more).
 */
export type SessionBoot = { actor: QuestionnaireActor; boot: Boot; onRemoveUnreadable: (key: string) => void };

/**
 * A questionnaire actor (the app machine's child) on screen, with what its boot found.
 * Give it `key={actor.sessionId}`, so that a new child starts with its own notices.
 */
export function SessionFrame({ actor, boot, bar, notices, slots = {}, onRemoveUnreadable }: SessionFrameProps & SessionBoot) {
  const [problems, setProblems] = useState(boot.problems);
  const [migration, setMigration] = useState(boot.migration);
  return (
    <QuestionnaireContext.Provider value={actor}>
      <AppFrame
        bar={bar}
        notices={
          <>
            {notices}
            <NewerAnswersBanner />
            <SaveFailedNotice />
            <MigrationNotice
              problems={problems}
              report={migration}
              onDismiss={() => {
                setProblems([]);
                setMigration(undefined);
              }}
            />
          </>
        }
      >
        <Screens unreadable={boot.unreadable} onRemoveUnreadable={onRemoveUnreadable} slots={slots} />
      </AppFrame>
    </QuestionnaireContext.Provider>
  );
}

/**
 * One questionnaire session of a pack on its own (its own actor, autosaving to this browser's
 * storage), reading and removing records in the `storage` it is given: the stored answers are read
 * once, then the machine owns them.
 */
export function SessionView({ pack, storageKey, respondent, storage, ...frame }: SessionViewProps) {
  const [boot, setBoot] = useState(() => bootSession(pack, { storageKey, respondent }, storage));
  const actor = useActorRef(questionnaireMachine, { input: boot.input });
  const remove = (key: string) => {
    if (storage) removeUnreadable(storage, key);
    setBoot((current) => ({ ...current, unreadable: current.unreadable.filter((r) => r.key !== key) }));
  };
  return <SessionFrame actor={actor} boot={boot} onRemoveUnreadable={remove} {...frame} />;
}
