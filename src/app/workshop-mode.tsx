import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack-schema';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from './app-frame';
import type { TurnInbox } from '@/workshop/workshop-screen';
import { ErrorBoundary } from './error-boundary';
import { Loading } from './loading';

/** The workshop feature (aggregation, presenter, its PDF) is fetched only when a workshop is opened. */
const WorkshopScreen = lazy(() => import('@/workshop/workshop-screen').then((m) => ({ default: m.WorkshopScreen })));

export type WorkshopModeProps = {
  pack: Pack;
  bar: ReactNode;
  notices?: ReactNode;
  /** Answers handed to the workshop (a finished turn, or a share link), as the app machine holds them. */
  inbox: TurnInbox;
  /** The participant whose turn is unfinished, if any: no other turn can start meanwhile. */
  turnOpen: string | null;
  onExit: () => void;
  onAnswerInTurn: (label: string) => void;
  onTurnConsumed: () => void;
};

/** Workshop mode in the app's frame; the workshop autosaves, so leaving and coming back loses nothing. */
export function WorkshopMode({ pack, bar, notices, inbox, turnOpen, onExit, onAnswerInTurn, onTurnConsumed }: WorkshopModeProps) {
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
            pack={pack}
            onExit={onExit}
            onAnswerInTurn={onAnswerInTurn}
            turnOpen={turnOpen}
            inbox={inbox}
            onTurnConsumed={onTurnConsumed}
          />
        </Suspense>
      </ErrorBoundary>
    </AppFrame>
  );
}
