import { useSelector } from '@xstate/react';
import { useState, type ReactNode } from 'react';
import type { ActorRefFrom } from 'xstate';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { AppBar } from './app-bar';
import { AsidePackNotice, PackChangeNotice, PackPicker, StartExtras } from './lazy-parts';
import { OptionalPart } from '@/ui/optional-part';
import type { appMachine } from './machine/app-machine';
import type { PackNotice } from '@/packs/screens/pack-notices';
import type { LoadedPack } from '@/packs/screens/pack-picker';
import type { PackTools } from '@/packs/load/pack-boot';
import type { AsidePack } from '@/packs/storage/pack-store';

export type AppActor = ActorRefFrom<typeof appMachine>;

export type PackChoice = {
  /** The app bar: the active pack, the pack control, the mode switch. */
  bar: ReactNode;
  /** The pack dialog, what the last change did, packs set aside. */
  notices: ReactNode;
  /** Under the start screen: run a workshop, or use another pack. */
  start: ReactNode;
};

/**
 * Choosing the rules pack: the app machine holds the active pack (a change restarts the mode's
 * child with it); this keeps what is on screen around the choice (the dialog, the notice of the last
 * change, packs set aside) and remembers a loaded pack through `tools`.
 */
export function usePackChoice(app: AppActor, bundled: Pack, initialAside: AsidePack[], tools: PackTools): PackChoice {
  const { lang, t } = useLanguage();
  const pack = useSelector(app, (snapshot) => snapshot.context.pack);
  const file = useSelector(app, (snapshot) => snapshot.context.packFile);
  const mode = useSelector(app, (snapshot) => snapshot.context.mode);
  const [aside, setAside] = useState(initialAside);
  const [notice, setNotice] = useState<PackNotice | null>(null);
  const [choosing, setChoosing] = useState(false);

  const choosePack = ({ pack: loaded, text, fileName }: LoadedPack) => {
    const remembered = tools.save(fileName, text);
    app.send({ type: 'pack.use', pack: loaded, file: fileName });
    setChoosing(false);
    setNotice({ kind: 'loaded', title: localize(loaded.title, lang), version: loaded.version, remembered });
  };
  const chooseDefault = () => {
    tools.forget();
    app.send({ type: 'pack.use', pack: bundled, file: null });
    setChoosing(false);
    setNotice({ kind: 'default' });
  };
  const picker = { active: pack, customFile: file ?? undefined, tools, onUse: choosePack, onDefault: chooseDefault };

  return {
    bar: (
      <AppBar
        pack={pack}
        custom={file !== null}
        mode={mode}
        onDefaultPack={chooseDefault}
        // The dialog opens with its picker: once the picker's code is here (fetched under the start screen already, as a rule).
        onChangePack={() => void PackPicker.preload().then(() => setChoosing(true))}
        onMode={(to) => app.send({ type: to === 'workshop' ? 'workshop.open' : 'workshop.exit' })}
      />
    ),
    notices: (
      <>
        {choosing ? (
          <Dialog title={t('common.pack.title')} onClose={() => setChoosing(false)}>
            <OptionalPart part={PackPicker} name={t('common.pack.title')} card={false}>
              <PackPicker {...picker} variant="plain" />
            </OptionalPart>
            <div className="actions">
              <Button variant="secondary" onClick={() => setChoosing(false)}>
                {t('common.close')}
              </Button>
            </div>
          </Dialog>
        ) : null}
        {notice ? <PackChangeNotice notice={notice} onDismiss={() => setNotice(null)} /> : null}
        <AsidePackNotice packs={aside} onRemove={(key) => void tools.removeAside(key).then(setAside)} />
      </>
    ),
    start: (
      <OptionalPart part={StartExtras} name={t('common.workshopEntry.withPacks')}>
        <StartExtras {...picker} onWorkshop={() => app.send({ type: 'workshop.open' })} />
      </OptionalPart>
    ),
  };
}
