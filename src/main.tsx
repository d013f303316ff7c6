// First: it asks for what the first screen needs before the rest of the app's code has run.
import { firstScreen, languageReady, storage } from '@/app/boot/first-downloads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerOfflineSupport } from '@/app/app-update';
import type { FirstPacks } from '@/app/boot/pack-gate';
import '@/ui/styles/theme.css';
import '@/ui/styles/print.css';

/**
 * How long the page may stay blank while the first screen's files arrive. Once they have, the first
 * thing painted is the start screen itself; on a slow connection the page shows its loading status
 * after this wait (a status shown for less time than this would only flash).
 */
const LOADING_STATUS_AFTER_MS = 300;

function render(first: FirstPacks) {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App storage={storage} first={first} />
    </StrictMode>,
  );
}

// A failed download is explained at once; packs still on their way after the wait are waited for, not asked for again.
const arrived = firstScreen.then((ready): FirstPacks => (ready ? { ready } : { pending: firstScreen }));
const slowConnection = Promise.all([languageReady, new Promise((done) => setTimeout(done, LOADING_STATUS_AFTER_MS))]).then((): FirstPacks => ({ pending: firstScreen }));
void Promise.race([arrived, slowConnection]).then(render);

// After the page has loaded: the service worker that keeps the app working offline, and its news.
registerOfflineSupport();
