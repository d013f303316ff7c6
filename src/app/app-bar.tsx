import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import type { AppMode } from './machine/app-record';
import { isolate } from '@/ui/isolate';

export type AppBarProps = {
  pack: Pack;
  /** True when the pack is one the user loaded (then "back to the default pack" is offered). */
  custom: boolean;
  mode: AppMode;
  onDefaultPack: () => void;
  /** Opens the pack control (a dialog), wherever the user is. */
  onChangePack: () => void;
  onMode: (mode: 'questionnaire' | 'workshop') => void;
};

/** Which pack is active, one click back to the bundled one, and the switch between questionnaire and workshop. */
export function AppBar({ pack, custom, mode, onDefaultPack, onChangePack, onMode }: AppBarProps) {
  const { lang, t } = useLanguage();
  const modes = ['questionnaire', 'workshop'] as const;
  return (
    <div className="app-bar">
      <div className="app-bar__inner">
        <p className="app-bar__pack">
          <span>{isolate(t('common.pack.active'), { title: localize(pack.title, lang), version: pack.version })}</span>
          {mode !== 'turn' ? (
            <Button variant="link" className="app-bar__link" onClick={onChangePack}>
              {t('common.pack.change')}
            </Button>
          ) : null}
          {custom && mode !== 'turn' ? (
            <Button variant="link" className="app-bar__link" onClick={onDefaultPack}>
              {t('common.pack.backToDefault')}
            </Button>
          ) : null}
        </p>
        {mode !== 'turn' ? (
          <nav aria-label={t('common.modes.label')}>
            <ul className="app-bar__modes">
              {modes.map((m) => (
                <li key={m}>
                  <button type="button" className="app-bar__mode" aria-current={mode === m ? 'page' : undefined} onClick={() => mode !== m && onMode(m)}>
                    {t(`common.modes.${m}`)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </div>
  );
}
