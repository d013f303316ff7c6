import { useEffect, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from '../app-frame';
import { AppShell } from '../app-shell';
import type { PackBoot } from '@/packs/load/pack-boot';
import { loadPackBoot, type PackBootModule } from '@/packs/load/pack-loading';
import { holdsStoredRecords, loadRecordReading } from './stored-records';

type Gate = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; boot: PackBoot };

export type PackGateProps = {
  load?: () => Promise<PackBootModule>;
  loadReading?: () => Promise<void>;
  /** This browser's storage (`browserStorage()` in main.tsx, jsdom's localStorage in component tests): the packs, the answers and the workshop are kept there. */
  storage: Storage | undefined;
};

/**
 * Waits for the bundled pack (its own chunk; checked when the app was built), and for the reading
 * of stored records when this browser holds any, saying so politely; a failed download is
 * explained with a way to try again. With nothing stored, the reading follows once the page is ready.
 */
export function PackGate({ load = loadPackBoot, loadReading = loadRecordReading, storage }: PackGateProps) {
  const { lang, t } = useLanguage();
  // The pack starts with the texts of the language the page opened in; a later switch completes it.
  const [firstLang] = useState(lang);
  const [attempt, setAttempt] = useState(0);
  const [gate, setGate] = useState<Gate>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const stored = holdsStoredRecords(storage);
    Promise.all([load().then((m) => m.bootPacks(storage, firstLang)), stored ? loadReading() : undefined]).then(
      ([boot]) => {
        if (!live) return;
        setGate({ status: 'ready', boot });
        // The autosave reads back what it writes from the second change on: the reading follows at once
        // (a change made before it has arrived waits for it: src/questionnaire/storage/autosave.ts).
        if (!stored) void loadReading().catch(() => undefined);
      },
      () => live && setGate({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [load, loadReading, attempt, firstLang, storage]);

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
