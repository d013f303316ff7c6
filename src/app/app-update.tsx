import { useSyncExternalStore } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { whenIdle } from '@/lib/lazy-part';

/**
 * The service worker's news for the page: the app now works offline, or a new version is waiting.
 * A new version never takes over by itself (someone may be answering): the user reloads when it
 * suits them, and their answers, saved on every change, are there after the reload.
 */
type UpdateState = { offlineReady: boolean; updateReady: boolean; dismissed: boolean };

let state: UpdateState = { offlineReady: false, updateReady: false, dismissed: false };
const listeners = new Set<() => void>();
let applyUpdate: (() => Promise<void>) | undefined;

function set(change: Partial<UpdateState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => state;

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only) when the browser is next idle after the
 * page has loaded (on a good connection, after the first screen has been painted), so that caching
 * the app (a few megabytes, the Japanese font included) does not compete with the first screen's
 * files. Looks for a new version when the page is shown again and every hour while it stays open.
 */
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => set({ updateReady: true, dismissed: false }),
        onOfflineReady: () => set({ offlineReady: true }),
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          const check = () => void registration.update().catch(() => undefined);
          document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
          setInterval(check, CHECK_EVERY_MS);
        },
      });
      applyUpdate = () => update(true);
    });
  };
  const afterLoad = () => void whenIdle(start);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/**
 * "A new version is ready — reload", and once "Aperture now works offline"; each can be put away.
 * They float in a corner of the window: coming a moment after the page, they never push its
 * content down under the user's pointer.
 */
export function UpdateNotice() {
  const t = useT();
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (current.updateReady && !current.dismissed) {
    return (
      <div className="app-toast">
        <Alert tone="info" role="status" title={t('common.update.readyTitle')}>
          <p>{t('common.update.readyBody')}</p>
          <div className="actions">
            <Button onClick={() => void applyUpdate?.()}>{t('common.update.reload')}</Button>
            <Button variant="secondary" onClick={() => set({ dismissed: true })}>
              {t('common.update.later')}
            </Button>
          </div>
        </Alert>
      </div>
    );
  }
  if (current.offlineReady && !current.dismissed) {
    return (
      <div className="app-toast">
        <Alert tone="success" role="status">
          <p>{t('common.update.offlineReady')}</p>
          <div className="actions">
            <Button variant="secondary" onClick={() => set({ dismissed: true })}>
              {t('common.update.dismiss')}
            </Button>
          </div>
        </Alert>
      </div>
    );
  }
  return null;
}
