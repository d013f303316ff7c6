import { useSelector } from '@xstate/react';
import { useCallback, type ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import { turnKey } from '@/questionnaire/storage/session-storage';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from '../app-frame';
import { ErrorBoundary } from '@/ui/error-boundary';
import { IncomingLinkForWorkshop } from '../lazy-parts';
import { lazyPart } from '@/lib/lazy-part';
import { completeBundledPack } from '@/packs/load/pack-loading';
import { Loading } from '../boot/loading';
import type { AppActor } from '../pack-choice';
import { UnfinishedTurn } from '../turn/unfinished-turn';

/**
 * The workshop feature (aggregation, presenter, its PDF) has its own chunk, fetched when a workshop
 * is opened or about to be: the app machine's `loadWorkshop` fetches it for the machine, the screen for its view
 * (shown once the bundled pack holds both languages: its PDF may be in either).
 */
export const workshopCode = () => import('@/workshop/workshop-screen');
export const WorkshopBody = lazyPart(() => Promise.all([workshopCode(), completeBundledPack()]).then(([m]) => m.WorkshopBody));

export type WorkshopModeProps = {
  app: AppActor;
  bar: ReactNode;
  /** The pack's notices (the pack dialog, the last change). */
  packNotices?: ReactNode;
  /** The storage the app machine was given (an unfinished turn's answers are read there). */
  storage: Storage | undefined;
};

/** Workshop mode in the app's frame: the app machine's workshop child on screen, with a share link opened and an unfinished turn above it. */
export function WorkshopMode({ app, bar, packNotices, storage }: WorkshopModeProps) {
  const t = useT();
  const workshop = useSelector(app, (snapshot) => snapshot.context.workshop);
  const failed = useSelector(app, (snapshot) => snapshot.context.workshopFailed);
  const pack = useSelector(app, (snapshot) => snapshot.context.pack);
  const link = useSelector(app, (snapshot) => snapshot.context.link);
  const turn = useSelector(app, (snapshot) => snapshot.context.turn);
  const send = app.send;
  const onExit = () => send({ type: 'workshop.exit' });
  const onRead = useCallback(() => send({ type: 'link.read' }), [send]);
  const failure = (
    <Alert tone="error" role="alert" title={t('common.workshopFailed.title')}>
      <p>{t('common.workshopFailed.body')}</p>
      <Button onClick={onExit}>{t('common.workshopFailed.back')}</Button>
    </Alert>
  );
  const loading = <Loading text={t('common.workshopLoading')} />;
  return (
    <AppFrame
      bar={bar}
      notices={
        <>
          {packNotices}
          {link !== null ? (
            <IncomingLinkForWorkshop
              pack={pack}
              payload={link}
              onDone={() => send({ type: 'link.done' })}
              onRead={onRead}
              onAddToWorkshop={(added) => send({ type: 'link.addToWorkshop', turn: added })}
              onUseAsMine={() => send({ type: 'link.useAsMine' })}
            />
          ) : null}
          {turn ? <UnfinishedTurn pack={pack} turn={turn} send={send} storage={storage} /> : null}
        </>
      }
    >
      <title>{t('common.pageTitle', { page: t('common.modes.workshop') })}</title>
      <ErrorBoundary fallback={() => failure}>
        {failed ? failure : null}
        {workshop ? (
          <WorkshopBody
            fallback={loading}
            key={workshop.sessionId}
            actor={workshop}
            onExit={onExit}
            onAnswerInTurn={(label) => send({ type: 'turn.start', label, key: turnKey(pack.id) })}
            turnOpen={turn?.label ?? null}
          />
        ) : failed ? null : (
          loading
        )}
      </ErrorBoundary>
    </AppFrame>
  );
}
