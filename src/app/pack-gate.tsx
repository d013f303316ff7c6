import { useEffect, useState } from 'react';
import { useT } from '@/i18n/language-context';
import { browserStorage } from '@/questionnaire/session-storage';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from './app-frame';
import { AppShell } from './app-shell';
import type { PackBoot } from './pack-boot';
import { loadPackBoot, type PackBootModule } from './pack-loading';
import { PackProblems } from './lazy-parts';

type Gate = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; boot: PackBoot };

export type PackGateProps = { load?: () => Promise<PackBootModule> };

/**
 * Waits for the bundled pack and the loader (their own chunk), saying so politely; a failed
 * download is explained with a way to try again. A bundled pack that fails its checks is listed.
 */
export function PackGate({ load = loadPackBoot }: PackGateProps) {
  const t = useT();
  const [attempt, setAttempt] = useState(0);
  const [gate, setGate] = useState<Gate>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setGate({ status: 'ready', boot: m.bootPacks(browserStorage()) }),
      () => live && setGate({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);

  if (gate.status === 'ready') {
    const { bundled, stored, tools } = gate.boot;
    if (bundled.ok) return <AppShell bundled={bundled.pack} stored={stored} tools={tools} />;
    return (
      <AppFrame>
        <PackProblems title={t('common.packError.title')} problems={bundled.problems} details={bundled.details}>
          <p>{t('common.packError.body')}</p>
        </PackProblems>
      </AppFrame>
    );
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
