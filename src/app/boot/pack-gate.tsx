import { useEffect, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from '../app-frame';
import { AppShell } from '../app-shell';
import type { PackBoot } from '@/packs/load/pack-boot';
import { loadPackBoot, type PackBootModule } from '@/packs/load/pack-loading';

type Gate = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; boot: PackBoot };

export type PackGateProps = {
  load?: () => Promise<PackBootModule>;
  /** This browser's storage (`browserStorage()` in main.tsx, jsdom's localStorage in component tests): the packs, the answers and the workshop are kept there. */
  storage: Storage | undefined;
};

/**
 * Waits for the bundled pack (its own chunk; checked when the app was built), saying so politely;
 * a failed download is explained with a way to try again.
 */
export function PackGate({ load = loadPackBoot, storage }: PackGateProps) {
  const { lang, t } = useLanguage();
  // The pack starts with the texts of the language the page opened in; a later switch completes it.
  const [firstLang] = useState(lang);
  const [attempt, setAttempt] = useState(0);
  const [gate, setGate] = useState<Gate>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load()
      .then((m) => m.bootPacks(storage, firstLang))
      .then(
        (boot) => live && setGate({ status: 'ready', boot }),
        () => live && setGate({ status: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [load, attempt, firstLang, storage]);

  if (gate.status === 'ready') {
    const { bundled, stored, tools } = gate.boot;
    return <AppShell bundled={bundled} stored={stored} tools={tools} storage={storage} />;
  }
  return (
    <AppFrame>
      {gate.status === 'loading' ? (
        <p className="loading" role="status">
          {t('common.packLoading')}
        </p>
      ) : (
        <Alert tone="error" role="alert" title={t('common.packFailed.title')}>
          <p>{t('common.packFailed.body')}</p>
          <div className="actions">
            <Button
              onClick={() => {
                setGate({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              {t('common.packFailed.retry')}
            </Button>
          </div>
        </Alert>
      )}
    </AppFrame>
  );
}
