import { useLanguage } from '@/i18n/language-context';
import { LANGS } from '@/i18n/messages';

/** English / 日本語 toggle; the choice is remembered and sets `<html lang>`. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('common.language.label')}>
      {LANGS.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
          {t(`common.language.${code}`)}
        </button>
      ))}
    </div>
  );
}
