import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useLanguage } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack/pack-schema';
import { turnKey } from '@/questionnaire/storage/session-storage';
import { appWithStorage, type AppEvent, type AppInput } from './machine/app-machine';
import { sharedPayload } from '@/lib/share/shared-payload';
import { readAppRecord } from './machine/app-record';
import { FinishTurn, IncomingLinkForQuestionnaire, ShareAnswers } from './lazy-parts';
import type { PackTools } from '@/packs/load/pack-boot';
import type { StoredPack, StoredPackRead } from '@/packs/storage/pack-store';
import { usePackChoice, type AppActor } from './pack-choice';
import { SessionFrame, type QuestionnaireActor, type SessionBoot } from './modes/session-view';
import { TurnBanner } from './turn/turn-banner';
import { storedTurn } from './turn/turn-answers';
import { WorkshopMode, workshopCode } from './modes/workshop-mode';

export type AppShellProps = {
  bundled: Pack;
  stored: StoredPackRead;
  tools: PackTools;
  /** This browser's storage (localStorage, or none), given to the app machine; nothing on screen reads or writes storage but through it. */
  storage: Storage | undefined;
};

/** Takes a share link out of the address (it holds someone's answers) once it has been read. */
function clearFragment(): void {
  if (sharedPayload(location.hash) !== null) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** A share link opened while the app is already open (pasted into the address bar). */
function useOpenedLinks(send: (event: AppEvent) => void): void {
  useEffect(() => {
    clearFragment();
    const onHash = () => {
      const payload = sharedPayload(location.hash);
      if (payload === null) return;
      send({ type: 'link.open', payload });
      clearFragment();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [send]);
}

/**
 * The app machine with its record read from `storage` and saved there, the pack this browser
 * keeps (or the bundled one), and a share link opened with the page (`#answers=…`) waiting for the
 * user. A participant's answers left in storage by a turn the record does not know (an earlier
 * build kept the mode per tab) come back as an unfinished turn.
 */
function useAppActor(bundled: Pack, stored: StoredPack | null, unnamed: string, storage: Storage | undefined): AppActor {
  const [logic] = useState(() => appWithStorage(storage, workshopCode));
  const [input] = useState((): AppInput => {
    const pack = stored?.pack ?? bundled;
    const record = readAppRecord(storage);
    const link = typeof location === 'undefined' ? null : sharedPayload(location.hash);
    const orphan = record.turn === null ? storedTurn(storage, turnKey(pack.id)) : null;
    return { record: orphan ? { ...record, turn: { label: orphan.name || unnamed, key: turnKey(pack.id) } } : record, link, pack, packFile: stored?.fileName ?? null };
  });
  return useActorRef(logic, { input });
}

type ModeProps = { app: AppActor; bar: ReactNode };

/** The questionnaire child of the app machine, on screen (nothing until it runs), what its boot found, and the removal of an unreadable record by the machine. */
function useQuestionnaire(app: AppActor): SessionBoot | null {
  const child = useSelector(app, (snapshot) => snapshot.children.questionnaire) as QuestionnaireActor | undefined;
  const boot = useSelector(app, (snapshot) => snapshot.context.session);
  const send = app.send;
  const onRemoveUnreadable = useCallback((key: string) => send({ type: 'unreadable.remove', key }), [send]);
  return child ? { actor: child, boot, onRemoveUnreadable } : null;
}

/** The user's own questionnaire, with a share link opened above it. */
function QuestionnaireMode({ app, bar, notices, start }: ModeProps & { notices: ReactNode; start: ReactNode }) {
  const session = useQuestionnaire(app);
  const pack = useSelector(app, (snapshot) => snapshot.context.pack);
  const link = useSelector(app, (snapshot) => snapshot.context.link);
  const send = app.send;
  const onRead = useCallback(() => send({ type: 'link.read' }), [send]);
  if (!session) return null;
  const incoming =
    link !== null ? (
      <IncomingLinkForQuestionnaire pack={pack} payload={link} onDone={() => send({ type: 'link.done' })} onRead={onRead} onAddToWorkshop={(turn) => send({ type: 'link.addToWorkshop', turn })} />
    ) : null;
  return (
    <SessionFrame
      key={session.actor.sessionId}
      {...session}
      bar={bar}
      notices={
        <>
          {notices}
          {incoming}
        </>
      }
      slots={{ start, share: <ShareAnswers /> }}
    />
  );
}

/** A participant answering in turn on this device: their own questionnaire, handed back to the workshop when finished. */
function TurnMode({ app, bar }: ModeProps) {
  const session = useQuestionnaire(app);
  const label = useSelector(app, (snapshot) => snapshot.context.turn?.label ?? '');
  const send = app.send;
  if (!session) return null;
  return (
    <SessionFrame
      key={session.actor.sessionId}
      {...session}
      bar={bar}
      notices={<TurnBanner label={label} onPause={() => send({ type: 'turn.pause' })} />}
      slots={{ finish: <FinishTurn label={label} onFinish={(answers, respondent) => send({ type: 'turn.finish', answers, respondent })} /> }}
    />
  );
}

/**
 * The app once a pack is chosen: the mode the app machine is in (the user's questionnaire, the
 * workshop, or a participant answering in turn), each showing the machine's child for it.
 */
export function AppShell({ bundled, stored, tools, storage }: AppShellProps) {
  const { t } = useLanguage();
  const app = useAppActor(bundled, stored.stored, t('common.turn.unnamed'), storage);
  const mode = useSelector(app, (snapshot) => snapshot.context.mode);
  const packs = usePackChoice(app, bundled, stored.aside, tools);
  useOpenedLinks(app.send);
  switch (mode) {
    case 'workshop':
      return <WorkshopMode app={app} bar={packs.bar} packNotices={packs.notices} storage={storage} />;
    case 'turn':
      return <TurnMode app={app} bar={packs.bar} />;
    case 'questionnaire':
      return <QuestionnaireMode app={app} bar={packs.bar} notices={packs.notices} start={packs.start} />;
  }
}
