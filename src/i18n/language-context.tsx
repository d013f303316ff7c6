import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { initialLang, LANG_KEY } from './initial-lang';
import { prepareLanguage, type Lang } from './messages';
import { translator, type Translate } from './t';

type LanguageValue = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** The language a switch to could not be made (its texts could not be downloaded), until dismissed or retried. */
  switchFailed: Lang | null;
  dismissSwitchFailure: () => void;
};

const LanguageContext = createContext<LanguageValue | null>(null);

function applyLang(lang: Lang, storage: Storage | undefined) {
  document.documentElement.lang = lang;
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered when storage is unavailable; the switch still works for this visit.
  }
}

/**
 * Holds the UI language; switching it also sets `<html lang>` and remembers the choice in `storage`
 * (the app's injected storage; none: not remembered). A language whose texts have not arrived yet
 * is shown once they have (`prepareLanguage`); when they cannot be downloaded, the page stays in
 * its language and `switchFailed` names the one it could not show.
 */
export function LanguageProvider({ children, initial, storage }: { children: ReactNode; initial?: Lang | undefined; storage?: Storage | undefined }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const start = initial ?? initialLang(storage);
    if (typeof document !== 'undefined') document.documentElement.lang = start;
    return start;
  });
  const [switchFailed, setSwitchFailed] = useState<Lang | null>(null);
  const setLang = useCallback((next: Lang) => {
    const show = () => {
      applyLang(next, storage);
      setLangState(next);
      setSwitchFailed(null);
    };
    const pending = prepareLanguage(next);
    if (pending) pending.then(show, () => setSwitchFailed(next));
    else show();
  }, [storage]);
  const dismissSwitchFailure = useCallback(() => setSwitchFailed(null), []);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang), switchFailed, dismissSwitchFailure }), [lang, setLang, switchFailed, dismissSwitchFailure]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useLanguage().t;
}
