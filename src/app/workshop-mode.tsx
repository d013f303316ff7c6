import { lazy, Suspense, type ReactNode, type Ref } from 'react';
import { useT } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack-schema';
import type { WorkshopHandle } from '@/workshop/workshop-screen';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from './app-frame';
import type { PendingTurn } from './app-state';
import { ErrorBoundary } from './error-boundary';
import { Loading } from './loading';

/** The workshop feature (aggregation, presenter, its PDF) is fetched only when a workshop is opened. */
const WorkshopScreen = lazy(() => import('@/workshop/workshop-screen').then((m) => ({ default: m.WorkshopScreen })));

export type WorkshopModeProps = {
  pack: Pack;
  bar: ReactNode;
  notices?: ReactNode;
  /** Answers to add when the workshop opens (it is mounted again after a participant's turn). */
  pendingTurn: PendingTurn | null;
  /** Set while the workshop is shown: answers that arrive meanwhile go straight to it. */
  workshopRef: Ref<WorkshopHandle>;
  onExit: () => void;
  onAnswerInTurn: (label: string) => void;
  onTurnConsumed: () => void;
};

/** Workshop mode in the app's frame; the workshop autosaves, so leaving and coming back loses nothing. */
export function WorkshopMode({ pack, bar, notices, pendingTurn, workshopRef, onExit, onAnswerInTurn, onTurnConsumed }: WorkshopModeProps) {
  const t = useT();
  return (
    <AppFrame bar={bar} notices={notices}>
      <title>{t('common.pageTitle', { page: t('common.modes.workshop') })}</title>
      <ErrorBoundary
        fallback={() => (
          <Alert tone="error" role="alert" title={t('common.workshopFailed.title')}>
            <p>{t('common.workshopFailed.body')}</p>
            <Button onClick={onExit}>{t('common.workshopFailed.back')}</Button>
          </Alert>
        )}
      >
        <Suspense fallback={<Loading text={t('common.workshopLoading')} />}>
          <WorkshopScreen
            key={`${pack.id}@${pack.version}`}
            ref={workshopRef}
            pack={pack}
            onExit={onExit}
            onAnswerInTurn={onAnswerInTurn}
            pendingTurn={pendingTurn}
            onTurnConsumed={onTurnConsumed}
          />
        </Suspense>
      </ErrorBoundary>
    </AppFrame>
  );
}
