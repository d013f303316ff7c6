import type { ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack/pack-schema';
import type { TurnInbox } from '@/workshop/workshop-screen';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from '../app-frame';
import { ErrorBoundary } from '../boot/error-boundary';
import { lazyPart } from '../../lib/lazy-part';
import { completeBundledPack } from '../../packs/load/pack-loading';
import { Loading } from '../boot/loading';

/**
 * The workshop feature (aggregation, presenter, its PDF) has its own chunk, fetched when a workshop is
 * opened or about to be; it shows once the bundled pack holds both languages (its PDF may be in either).
 */
export const WorkshopScreen = lazyPart(() =>
  Promise.all([import('@/workshop/workshop-screen'), completeBundledPack()]).then(([m]) => m.WorkshopScreen),
);

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
        <WorkshopScreen
          fallback={<Loading text={t('common.workshopLoading')} />}
          key={`${pack.id}@${pack.version}`}
          pack={pack}
          onExit={onExit}
          onAnswerInTurn={onAnswerInTurn}
          turnOpen={turnOpen}
          inbox={inbox}
          onTurnConsumed={onTurnConsumed}
        />
      </ErrorBoundary>
    </AppFrame>
  );
}
