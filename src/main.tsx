import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerOfflineSupport } from './app/app-update';
import { loadPackBoot } from './packs/load/pack-loading';
import './ui/styles/theme.css';
import './ui/styles/print.css';

// The bundled pack downloads while React sets up the page; the app waits for it with a status.
void loadPackBoot().catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// After the page has loaded: the service worker that keeps the app working offline, and its news.
registerOfflineSupport();
