import { lazy, Suspense, useState } from 'react';
import { useT } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack-schema';
import { QuestionnaireContext } from '@/questionnaire/questionnaire-context';
import { questionnaireMachine } from '@/questionnaire/questionnaire-machine';
import { selectScreen } from '@/questionnaire/selectors';
import { MigrationNotice, NewerAnswersBanner, SaveFailedNotice } from '@/questionnaire/session-notices';
import { browserStorage, listUnreadable, removeUnreadable, type UnreadableRecord } from '@/questionnaire/session-storage';
import { StartScreen } from '@/questionnaire/start-screen';
import { AppFrame } from './app-frame';
import { bootSession } from './boot';
import { ResultsView } from './results-view';

/**
 * The sections (with react-hook-form and zod resolvers) and the review load after the start
 * screen, so that the first screen stays small; both are fetched as soon as they are needed.
 */
const SectionScreen = lazy(() => import('@/questionnaire/section-screen').then((m) => ({ default: m.SectionScreen })));
const ReviewScreen = lazy(() => import('@/questionnaire/review-screen').then((m) => ({ default: m.ReviewScreen })));

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

function Screens({ unreadable, onRemoveUnreadable }: { unreadable: UnreadableRecord[]; onRemoveUnreadable: (key: string) => void }) {
  const screen = QuestionnaireContext.useSelector(selectScreen);
  switch (screen) {
    case 'start':
      return <StartScreen unreadable={unreadable} onRemoveUnreadable={onRemoveUnreadable} />;
    case 'section':
      return (
        <Suspense fallback={<Loading />}>
          <SectionScreen />
        </Suspense>
      );
    case 'review':
      return (
        <Suspense fallback={<Loading />}>
          <ReviewScreen />
        </Suspense>
      );
    case 'results':
      return <ResultsView />;
    case 'loading':
      return null;
  }
}

/** One questionnaire session of a pack: the stored answers are read once, then the machine owns them. */
export function SessionView({ pack }: { pack: Pack }) {
  const [boot] = useState(() => bootSession(pack));
  const [problems, setProblems] = useState(boot.problems);
  const [unreadable, setUnreadable] = useState(boot.unreadable);
  const remove = (key: string) => {
    const storage = browserStorage();
    if (!storage) return;
    removeUnreadable(storage, key);
    setUnreadable(listUnreadable(storage, pack.id));
  };
  return (
    <QuestionnaireContext.Provider logic={questionnaireMachine} options={{ input: boot.input }}>
      <AppFrame
        notices={
          <>
            <NewerAnswersBanner />
            <SaveFailedNotice />
            <MigrationNotice problems={problems} onDismiss={() => setProblems([])} />
          </>
        }
      >
        <Screens unreadable={unreadable} onRemoveUnreadable={remove} />
      </AppFrame>
    </QuestionnaireContext.Provider>
  );
}
