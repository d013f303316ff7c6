import { LanguageProvider, useT } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from './app-frame';
import { ErrorBoundary } from '@/ui/error-boundary';
import { PackGate, type PackGateProps } from './boot/pack-gate';

function CrashScreen() {
  const t = useT();
  return (
    <AppFrame>
      <Alert tone="error" role="alert" title={t('common.error.title')} headingLevel={2}>
        <p>{t('common.error.body')}</p>
        <Button onClick={() => window.location.reload()}>{t('common.error.reload')}</Button>
      </Alert>
    </AppFrame>
  );
}

export type AppProps = PackGateProps & {
  /** The language the page opens in (none: the one remembered in `storage`, else the browser's preference). */
  lang?: Lang | undefined;
};

/** The app, reading and writing this browser's storage only through `storage`: language, a guard against bugs, then the questionnaire of the active pack once it has loaded. */
export function App({ lang, ...props }: AppProps) {
  return (
    <LanguageProvider storage={props.storage} initial={lang}>
      <ErrorBoundary fallback={() => <CrashScreen />}>
        <PackGate {...props} />
      </ErrorBoundary>
    </LanguageProvider>
  );
}
