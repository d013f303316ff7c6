import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerOfflineSupport } from '@/app/app-update';
import { initialLang } from '@/i18n/language-context';
import { prepareLanguage } from '@/i18n/messages';
import { browserStorage } from '@/lib/storage/browser-storage';
import { loadBundledPack, loadPackBoot } from '@/packs/load/pack-loading';
import { holdsStoredRecords, loadRecordReading } from '@/app/boot/stored-records';
import '@/ui/styles/theme.css';
import '@/ui/styles/print.css';

// The bundled pack (with the texts of the page's language) downloads while React sets up the page;
// the app waits for it with a status. A Japanese page first fetches its Japanese texts.
const storage = browserStorage();
const lang = initialLang(storage);
void loadPackBoot().catch(() => undefined);
void loadBundledPack(lang).catch(() => undefined);
// Stored answers (a returning visit) are read with their schemas, fetched alongside; a first visit has none to read.
if (holdsStoredRecords(storage)) void loadRecordReading().catch(() => undefined);

function render() {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App storage={storage} />
    </StrictMode>,
  );
}
// Without them (a failed download) the page still opens, in English, the texts every language falls back to.
void (prepareLanguage(lang) ?? Promise.resolve()).catch(() => undefined).then(render);

// After the page has loaded: the service worker that keeps the app working offline, and its news.
registerOfflineSupport();
