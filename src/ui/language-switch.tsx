import { useLanguage } from '@/i18n/language-context';
import { LANGS, type Lang } from '@/i18n/messages';
import { Alert } from './alert';
import { Button } from './button';
import { focusOnMount } from './focus';

const switchButtonId = (code: Lang) => `language-switch-${code}`;

/** English / 日本語 toggle; the choice is remembered and sets `<html lang>`. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('common.language.label')}>
      {LANGS.map((code) => (
        <button key={code} id={switchButtonId(code)} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
          {t(`common.language.${code}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * Said when a switch of language could not be made (the other language's texts could not be
 * downloaded: a first visit that lost its connection): in the page's own language, which keeps
 * working. Focus moves to it; closing it returns focus to the language the user asked for.
 */
export function LanguageSwitchFailure() {
  const { lang, setLang, t, switchFailed, dismissSwitchFailure } = useLanguage();
  if (switchFailed === null) return null;
  const names = { language: t(`common.language.names.${switchFailed}`), current: t(`common.language.names.${lang}`) };
  const close = () => {
    dismissSwitchFailure();
    document.getElementById(switchButtonId(switchFailed))?.focus();
  };
  // Focus goes back to the language asked for while it is tried again; a second failure says so anew.
  const retry = () => {
    close();
    setLang(switchFailed);
  };
  return (
    <div ref={focusOnMount} tabIndex={-1} className="language-switch-failure">
      <Alert tone="error" role="alert" title={t('common.language.failedTitle', names)}>
        <p>{t('common.language.failedBody', names)}</p>
        <div className="actions">
          <Button onClick={retry}>{t('common.language.retry')}</Button>
          <Button variant="secondary" onClick={close}>
            {t('common.close')}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
