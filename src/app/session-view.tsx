import { useState, type ReactNode } from 'react';
import type { Pack } from '@/rules/pack-schema';
import { QuestionnaireContext } from '@/questionnaire/questionnaire-context';
import { questionnaireMachine } from '@/questionnaire/questionnaire-machine';
import { selectScreen } from '@/questionnaire/selectors';
import { NewerAnswersBanner, SaveFailedNotice } from '@/questionnaire/session-notices';
import { browserStorage, removeUnreadable, type UnreadableRecord } from '@/questionnaire/session-storage';
import { StartScreen } from '@/questionnaire/start-screen';
import { AppFrame } from './app-frame';
import { bootSession, type SessionSlot } from './boot';
import { MigrationNotice } from './lazy-parts';
import { lazyPart, usePreloadNext } from './lazy-part';
import { ResultsPage, ResultsView } from './results-view';
import { Loading } from './loading';

/**
 * The sections (with react-hook-form and zod resolvers) and the review have their own chunks, so
 * that the first screen stays small; each screen fetches what the next step needs while the user
 * reads it (see NEXT), so a click does not wait for the network.
 */
const SectionScreen = lazyPart(() => import('@/questionnaire/section-screen').then((m) => m.SectionScreen));
const ReviewScreen = lazyPart(() => import('@/questionnaire/review-screen').then((m) => m.ReviewScreen));

type ScreenName = ReturnType<typeof selectScreen>;

/** What each screen leads to: fetched when the browser is idle, or on a pointer over or focus on a control. */
const NEXT: Record<ScreenName, readonly { preload: () => Promise<void> }[]> = {
  loading: [SectionScreen],
  start: [SectionScreen],
  section: [ReviewScreen, ResultsPage],
  review: [ResultsPage],
  results: [SectionScreen, ReviewScreen],
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
    case 'review':
      return <ReviewScreen fallback={<Loading />} shareAction={slots.share} finish={slots.finish} />;
    case 'results':
      return <ResultsView share={slots.share} finish={slots.finish} />;
    case 'loading':
      return null;
  }
}

export type SessionViewProps = SessionSlot & {
  pack: Pack;
  bar?: ReactNode;
  /** Notices of the app above the questionnaire's own (inside its context). */
  notices?: ReactNode;
  slots?: SessionSlots;
};

/** One questionnaire session of a pack: the stored answers are read once, then the machine owns them. */
export function SessionView({ pack, storageKey, respondent, bar, notices, slots = {} }: SessionViewProps) {
  const [boot] = useState(() => bootSession(pack, { storageKey, respondent }));
  const [problems, setProblems] = useState(boot.problems);
  const [migration, setMigration] = useState(boot.migration);
  const [unreadable, setUnreadable] = useState(boot.unreadable);
  const remove = (key: string) => {
    const storage = browserStorage();
    if (!storage) return;
    removeUnreadable(storage, key);
    setUnreadable((records) => records.filter((r) => r.key !== key));
  };
  return (
    <QuestionnaireContext.Provider logic={questionnaireMachine} options={{ input: boot.input }}>
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
        <Screens unreadable={unreadable} onRemoveUnreadable={remove} slots={slots} />
      </AppFrame>
    </QuestionnaireContext.Provider>
  );
}
