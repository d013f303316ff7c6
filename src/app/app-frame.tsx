import type { ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import { LanguageSwitch, LanguageSwitchFailure } from '@/ui/language-switch';
import { SkipLink } from '@/ui/skip-link';
import { UpdateNotice } from './app-update';
import './app.css';

export type AppFrameProps = {
  /** Under the app's name: the active pack and the mode switch. */
  bar?: ReactNode;
  notices?: ReactNode;
  children: ReactNode;
};

/** The page around every screen: skip link, header with the language switch, notices, footer, and the app's own news (offline, a new version) in a corner of the window. */
export function AppFrame({ bar, notices, children }: AppFrameProps) {
  const t = useT();
  return (
    <>
      <SkipLink target="main">{t('common.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <span className="app-header__name">{t('common.appName')}</span>
            <span className="app-header__tagline">{t('common.tagline')}</span>
          </div>
          <LanguageSwitch />
        </div>
        {bar}
      </header>
      <div className="app-notices stack-tight">
        <LanguageSwitchFailure />
        {notices}
      </div>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('common.privacy')}</p>
      </footer>
      <UpdateNotice />
    </>
  );
}
