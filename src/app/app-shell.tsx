import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { Pack } from '@/rules/pack-schema';
import { browserStorage, turnKey } from '@/questionnaire/session-storage';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import type { WorkshopHandle } from '@/workshop/workshop-screen';
import { AppBar } from './app-bar';
import { appReducer, readAppState, sharedPayload, tabStorage, writeAppState, type AppEvent, type AppState, type PendingTurn } from './app-state';
import { AsidePackNotice, FinishTurn, IncomingLinkForQuestionnaire, IncomingLinkForWorkshop, PackChangeNotice, ShareAnswers } from './lazy-parts';
import type { PackNotice } from './pack-notices';
import { PackPicker, type LoadedPack } from './pack-picker';
import type { PackTools } from './pack-boot';
import type { StoredPack, StoredPackRead } from './pack-store';
import { SessionView } from './session-view';
import { TurnBanner } from './turn-banner';
import { StartExtras } from './start-extras';
import { WorkshopMode } from './workshop-mode';

export type AppShellProps = { bundled: Pack; stored: StoredPackRead; tools: PackTools };

/** The tab's mode, with a share link opened with the page (`#answers=…`) waiting for the user. */
function initialState(): AppState {
  const state = readAppState(tabStorage());
  const payload = typeof location === 'undefined' ? null : sharedPayload(location.hash);
  return payload ? { ...state, link: payload, linkRead: false } : state;
}

/** Takes a share link out of the address (it holds someone's answers) once it has been read. */
function clearFragment(): void {
  if (sharedPayload(location.hash) !== null) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** A share link opened while the app is already open (pasted into the address bar). */
function useOpenedLinks(dispatch: (event: AppEvent) => void): void {
  useEffect(() => {
    clearFragment();
    const onHash = () => {
      const payload = sharedPayload(location.hash);
      if (payload === null) return;
      dispatch({ type: 'link.open', payload });
      clearFragment();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [dispatch]);
}

/**
 * The app once a pack is chosen: which pack is active (the bundled one, or one the user loaded and
 * this browser remembers), and the mode: the user's questionnaire, the workshop, or a participant
 * answering in turn. Each pack version gets its own questionnaire machine (keyed), so that a
 * change of pack starts from that pack's saved answers.
 */
export function AppShell({ bundled, stored, tools }: AppShellProps) {
  const { lang, t } = useLanguage();
  const [custom, setCustom] = useState<StoredPack | null>(stored.stored);
  const [aside, setAside] = useState(stored.aside);
  const [packNotice, setPackNotice] = useState<PackNotice | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [state, dispatch] = useReducer(appReducer, undefined, initialState);
  const pack = custom?.pack ?? bundled;
  /** The open workshop, while it is shown. */
  const workshop = useRef<WorkshopHandle>(null);

  useEffect(() => writeAppState(tabStorage(), state), [state]);
  const linkRead = useCallback(() => dispatch({ type: 'link.read' }), []);
  useOpenedLinks(dispatch);

  const forgetTurn = useCallback(() => browserStorage()?.removeItem(turnKey(pack.id)), [pack.id]);
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
  const removeAside = (key: string) => setAside(tools.removeAside(key));
  // An open workshop takes the answers now; otherwise it adds them when it opens.
  const addToWorkshop = useCallback((turn: PendingTurn) => {
    if (workshop.current) {
      workshop.current.addTurn(turn);
      dispatch({ type: 'link.done' });
    } else {
      dispatch({ type: 'link.addToWorkshop', turn });
    }
  }, []);
  const onTurnConsumed = useCallback(() => {
    forgetTurn();
    dispatch({ type: 'turn.consumed' });
  }, [forgetTurn]);

  const bar = (
    <AppBar
      pack={pack}
      custom={custom !== null}
      mode={state.mode}
      onDefaultPack={chooseDefault}
      onChangePack={() => setChoosing(true)}
      onMode={(mode) => dispatch({ type: mode === 'workshop' ? 'workshop.open' : 'workshop.exit' })}
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
  const linkProps = state.link
    ? {
        pack,
        payload: state.link,
        onDone: () => dispatch({ type: 'link.done' }),
        onRead: linkRead,
      }
    : null;

  switch (state.mode) {
    case 'workshop':
      return (
        <WorkshopMode
          pack={pack}
          bar={bar}
          notices={
            <>
              {packNotices}
              {linkProps ? <IncomingLinkForWorkshop {...linkProps} onAddToWorkshop={addToWorkshop} onUseAsMine={() => dispatch({ type: 'link.useAsMine' })} /> : null}
            </>
          }
          pendingTurn={state.pendingTurn}
          workshopRef={workshop}
          onExit={() => dispatch({ type: 'workshop.exit' })}
          onAnswerInTurn={(label) => {
            forgetTurn();
            dispatch({ type: 'turn.start', label });
          }}
          onTurnConsumed={onTurnConsumed}
        />
      );
    case 'turn': {
      const label = state.turnLabel ?? '';
      return (
        <SessionView
          key={`turn:${pack.id}@${pack.version}`}
          pack={pack}
          storageKey={turnKey(pack.id)}
          respondent={{ name: label }}
          bar={bar}
          notices={
            <TurnBanner
              label={label}
              onCancel={() => {
                forgetTurn();
                dispatch({ type: 'turn.cancel' });
              }}
            />
          }
          slots={{ finish: <FinishTurn label={label} onFinish={(answers, respondent) => dispatch({ type: 'turn.finish', answers, respondent })} /> }}
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
                onWorkshop={() => dispatch({ type: 'workshop.open' })}
              />
            ),
            share: <ShareAnswers />,
          }}
        />
      );
  }
}
