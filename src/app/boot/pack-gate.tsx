import { useEffect, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { AppFrame } from '../app-frame';
import { AppShell } from '../app-shell';
import * as packBoot from '@/packs/load/pack-boot';
import type { PackBoot } from '@/packs/load/pack-boot';
import type { PackBootModule } from '@/packs/load/pack-loading';
import { afterPaint } from '@/lib/after-paint';
import { holdsStoredRecords } from './first-visit';
import { loadRecordReading } from './stored-records';

/** The packs of this build: the bundled pack and the storage of a pack the user loaded (tests give a small pack instead). */
const bundledBoot = (): Promise<PackBootModule> => Promise.resolve(packBoot);

type Gate = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; boot: PackBoot };

/**
 * The packs as main.tsx asked for them before the page first rendered (src/app/boot/first-downloads.ts),
 * with the reading of stored records if this browser holds any: `ready` when they had arrived (the
 * first screen then shows at once, without a loading status), else `pending` (undefined: a download
 * failed).
 */
export type FirstPacks = { ready: PackBoot } | { pending: Promise<PackBoot | undefined> };

export type PackGateProps = {
  load?: () => Promise<PackBootModule>;
  loadReading?: () => Promise<void>;
  /** This browser's storage (`browserStorage()` in main.tsx, jsdom's localStorage in component tests): the packs, the answers and the workshop are kept there. */
  storage: Storage | undefined;
  /** What main.tsx has asked for already: waited for, not asked for again (none: the gate asks). */
  first?: FirstPacks | undefined;
};

/**
 * Waits for the bundled pack (its own files; checked when the app was built), and for the reading
 * of stored records when this browser holds any, saying so politely; a failed download is
 * explained with a way to try again. With nothing stored, the reading is fetched once the first
 * screen has been painted, so that it never delays it (the autosave holds a change made before it
 * has arrived: src/questionnaire/storage/autosave.ts).
 */
export function PackGate({ load = bundledBoot, loadReading = loadRecordReading, storage, first }: PackGateProps) {
  const { lang, t } = useLanguage();
  // The pack starts with the texts of the language the page opened in; a later switch completes it.
  const [firstLang] = useState(lang);
  const [gate, setGate] = useState<Gate>(() => (first && 'ready' in first ? { status: 'ready', boot: first.ready } : { status: 'loading' }));
  // 0 until the user asks to try again: the first attempt waits for what main.tsx asked for, if anything.
  const [retries, setRetries] = useState(0);
  const loading = gate.status === 'loading';
  const pending = retries === 0 && first && 'pending' in first ? first.pending : undefined;
  useEffect(() => {
    if (!loading) return undefined;
    let live = true;
    const stored = holdsStoredRecords(storage);
    const packs = pending
      ? pending.then((boot) => boot ?? Promise.reject(new Error('The first downloads failed.')))
      : Promise.all([load().then((m) => m.bootPacks(storage, firstLang)), stored ? loadReading() : undefined]).then(([boot]) => boot);
    packs.then(
      (boot) => live && setGate({ status: 'ready', boot }),
      () => live && setGate({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [loading, pending, load, loadReading, firstLang, storage]);
  // Fetched once (a returning visit has it already): after the first screen has been painted.
  const ready = gate.status === 'ready';
  useEffect(() => (ready ? afterPaint(() => void loadReading().catch(() => undefined)) : undefined), [ready, loadReading]);

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
                setRetries((n) => n + 1);
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
