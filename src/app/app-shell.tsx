import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { browserStorage } from '@/lib/storage/browser-storage';
import { turnKey } from '@/questionnaire/storage/session-storage';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import type { TurnInbox } from '@/workshop/workshop-screen';
import { AppBar } from './app-bar';
import { appMachine, createAppPersistence, readAppRecord, sharedPayload, type AppEvent, type PendingTurn } from './machine/app-machine';
import { AsidePackNotice, FinishTurn, IncomingLinkForQuestionnaire, IncomingLinkForWorkshop, PackChangeNotice, ShareAnswers } from './lazy-parts';
import type { PackNotice } from '../packs/screens/pack-notices';
import { PackPicker, type LoadedPack } from '../packs/screens/pack-picker';
import type { PackTools } from '../packs/load/pack-boot';
import type { StoredPack, StoredPackRead } from '../packs/storage/pack-store';
import { SessionView } from './modes/session-view';
import { TurnBanner } from './turn/turn-banner';
import { storedTurn, UnfinishedTurn } from './turn/unfinished-turn';
import { StartExtras } from './modes/start-extras';
import { WorkshopMode } from './modes/workshop-mode';

export type AppShellProps = { bundled: Pack; stored: StoredPackRead; tools: PackTools };

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
 * The app machine with its record read from localStorage and saved there, and a share link opened
 * with the page (`#answers=…`) waiting for the user. A participant's answers left in storage by a
 * turn the record does not know (an earlier build kept the mode per tab) come back as an unfinished turn.
 */
function useAppActor(packId: string, unnamed: string) {
  const [logic] = useState(() => appMachine.provide({ actors: { persist: createAppPersistence(browserStorage()) } }));
  const [input] = useState(() => {
    const storage = browserStorage();
    const record = readAppRecord(storage);
    const link = typeof location === 'undefined' ? null : sharedPayload(location.hash);
    const orphan = record.turn === null ? storedTurn(storage, turnKey(packId)) : null;
    return { record: orphan ? { ...record, turn: { label: orphan.name || unnamed, key: turnKey(packId) } } : record, link };
  });
  return useActorRef(logic, { input });
}

/**
 * The app once a pack is chosen: which pack is active (the bundled one, or one the user loaded and
 * this browser remembers), and the mode the app machine is in: the user's questionnaire, the
 * workshop, or a participant answering in turn. Each pack version gets its own questionnaire
 * machine (keyed), so that a change of pack starts from that pack's saved answers.
 */
export function AppShell({ bundled, stored, tools }: AppShellProps) {
  const { lang, t } = useLanguage();
  const [custom, setCustom] = useState<StoredPack | null>(stored.stored);
  const [aside, setAside] = useState(stored.aside);
  const [packNotice, setPackNotice] = useState<PackNotice | null>(null);
  const [choosing, setChoosing] = useState(false);
  const pack = custom?.pack ?? bundled;
  const actor = useAppActor(pack.id, t('common.turn.unnamed'));
  const state = useSelector(actor, (snapshot) => snapshot.context);
  // xstate binds `send` to its actor in the constructor, so it can be passed around on its own.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const send = actor.send;
  const [inbox] = useState(
    (): TurnInbox => ({
      current: () => actor.getSnapshot().context.pendingTurn,
      subscribe: (listener) => {
        const subscription = actor.subscribe(listener);
        return () => subscription.unsubscribe();
      },
    }),
  );
  useOpenedLinks(send);

  const linkRead = useCallback(() => send({ type: 'link.read' }), [send]);
  const choosePack = ({ pack: loaded, text, fileName }: LoadedPack) => {
    const remembered = tools.save(fileName, text);
    setCustom({ pack: loaded, fileName });
    setChoosing(false);
    setPackNotice({ kind: 'loaded', title: localize(loaded.title, lang), version: loaded.version, remembered });
  };
  const chooseDefault = () => {
    tools.forget();
    setCustom(null);
    setChoosing(false);
    setPackNotice({ kind: 'default' });
  };
  const removeAside = (key: string) => void tools.removeAside(key).then(setAside);

  const bar = (
    <AppBar
      pack={pack}
      custom={custom !== null}
      mode={state.mode}
      onDefaultPack={chooseDefault}
      onChangePack={() => setChoosing(true)}
      onMode={(mode) => send({ type: mode === 'workshop' ? 'workshop.open' : 'workshop.exit' })}
    />
  );
  const packNotices = (
    <>
      {choosing ? (
        <Dialog title={t('common.pack.title')} onClose={() => setChoosing(false)}>
          <PackPicker active={pack} customFile={custom?.fileName} tools={tools} onUse={choosePack} onDefault={chooseDefault} variant="plain" />
          <div className="actions">
            <Button variant="secondary" onClick={() => setChoosing(false)}>
              {t('common.close')}
            </Button>
          </div>
        </Dialog>
      ) : null}
      {packNotice ? <PackChangeNotice notice={packNotice} onDismiss={() => setPackNotice(null)} /> : null}
      <AsidePackNotice packs={aside} onRemove={removeAside} />
    </>
  );
  const linkProps = state.link !== null
    ? {
        pack,
        payload: state.link,
        onDone: () => send({ type: 'link.done' }),
        onRead: linkRead,
      }
    : null;

  const addToWorkshop = (turn: PendingTurn) => send({ type: 'link.addToWorkshop', turn });

  switch (state.mode) {
    case 'workshop':
      return (
        <WorkshopMode
          pack={pack}
          bar={bar}
          notices={
            <>
              {packNotices}
              {linkProps ? <IncomingLinkForWorkshop {...linkProps} onAddToWorkshop={addToWorkshop} onUseAsMine={() => send({ type: 'link.useAsMine' })} /> : null}
              {state.turn ? <UnfinishedTurn pack={pack} turn={state.turn} send={send} /> : null}
            </>
          }
          inbox={inbox}
          turnOpen={state.turn?.label ?? null}
          onExit={() => send({ type: 'workshop.exit' })}
          onAnswerInTurn={(label) => send({ type: 'turn.start', label, key: turnKey(pack.id) })}
          onTurnConsumed={() => send({ type: 'turn.consumed' })}
        />
      );
    case 'turn': {
      const turn = state.turn ?? { label: '', key: turnKey(pack.id) };
      return (
        <SessionView
          key={`turn:${pack.id}@${pack.version}`}
          pack={pack}
          storageKey={turn.key}
          respondent={{ name: turn.label }}
          bar={bar}
          notices={<TurnBanner label={turn.label} onPause={() => send({ type: 'turn.pause' })} />}
          slots={{ finish: <FinishTurn label={turn.label} onFinish={(answers, respondent) => send({ type: 'turn.finish', answers, respondent })} /> }}
        />
      );
    }
    case 'questionnaire':
      return (
        <SessionView
          key={`${pack.id}@${pack.version}`}
          pack={pack}
          bar={bar}
          notices={
            <>
              {packNotices}
              {linkProps ? <IncomingLinkForQuestionnaire {...linkProps} onAddToWorkshop={addToWorkshop} /> : null}
            </>
          }
          slots={{
            start: (
              <StartExtras
                active={pack}
                customFile={custom?.fileName}
                tools={tools}
                onUse={choosePack}
                onDefault={chooseDefault}
                onWorkshop={() => send({ type: 'workshop.open' })}
              />
            ),
            share: <ShareAnswers />,
          }}
        />
      );
  }
}
