import { lazy, Suspense, useState, type ReactNode } from 'react';
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
import { ResultsView } from './results-view';
import { Loading } from './loading';

/**
 * The sections (with react-hook-form and zod resolvers) and the review load after the start
 * screen, so that the first screen stays small; both are fetched as soon as they are needed.
 */
const SectionScreen = lazy(() => import('@/questionnaire/section-screen').then((m) => ({ default: m.SectionScreen })));
const ExpressScreen = lazy(() => import('@/questionnaire/express-screen').then((m) => ({ default: m.ExpressScreen })));
const ReviewScreen = lazy(() => import('@/questionnaire/review-screen').then((m) => ({ default: m.ReviewScreen })));


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
  switch (screen) {
    case 'start':
      return <StartScreen unreadable={unreadable} onRemoveUnreadable={onRemoveUnreadable} extras={slots.start} />;
    case 'section':
      return (
        <Suspense fallback={<Loading />}>
          <SectionScreen />
        </Suspense>
      );
    case 'express':
      return (
        <Suspense fallback={<Loading />}>
          <ExpressScreen />
        </Suspense>
      );
    case 'review':
      return (
        <Suspense fallback={<Loading />}>
          <ReviewScreen shareAction={slots.share} finish={slots.finish} />
        </Suspense>
      );
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
