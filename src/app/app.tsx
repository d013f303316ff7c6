import { useState } from 'react';
import { LanguageProvider, useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from './app-frame';
import { loadDefaultPack } from './default-pack';
import { ErrorBoundary } from './error-boundary';
import { SessionView } from './session-view';

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

function PackProblems({ problems }: { problems: string[] }) {
  const t = useT();
  return (
    <AppFrame>
      <Alert tone="error" role="alert" title={t('common.packError.title')}>
        <p>{t('common.packError.body')}</p>
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </Alert>
    </AppFrame>
  );
}

function Questionnaire() {
  const [loaded] = useState(loadDefaultPack);
  return loaded.ok ? <SessionView pack={loaded.pack} /> : <PackProblems problems={loaded.problems} />;
}

/** The app: language, a guard against bugs, then the questionnaire of the bundled pack. */
export function App() {
  return (
    <LanguageProvider>
      <ErrorBoundary fallback={() => <CrashScreen />}>
        <Questionnaire />
      </ErrorBoundary>
    </LanguageProvider>
  );
}
