// First: it asks for what the first screen needs before the rest of the app's code has run.
import { firstScreen, lang, languageReady, storage } from '@/app/boot/first-downloads';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { registerOfflineSupport } from '@/app/app-update';
import type { FirstPacks } from '@/app/boot/pack-gate';
import { LOADING_STATUS_AFTER_MS, takePrerenderedScreen, type PrerenderedScreen } from '@/app/boot/prerendered-screen';
import { prerenderedLang } from '@/app/boot/first-visit';
import { hasCoreTexts } from '@/i18n/messages';
import { TakeOver } from '@/app/boot/take-over';
import { holdFocusWhileTakingOver } from '@/ui/focus';
import '@/ui/styles/theme.css';
import '@/ui/styles/print.css';

/** The start screen drawn at build time, when first-screen.js has shown it (a first visit): painted already. */
const prerendered = takePrerenderedScreen(window);

/**
 * Whether the app's first render is still the drawn screen: the same language, its texts here (a
 * Japanese page whose texts could not be downloaded opens in English), and still a first visit (no
 * record written by another tab, no share link pasted in the meantime).
 */
function stillDrawable(drawn: PrerenderedScreen): boolean {
  return drawn.lang === lang && hasCoreTexts(lang) && prerenderedLang(storage, location.hash) === lang;
}

function render(first: FirstPacks) {
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <App storage={storage} lang={lang} first={first} />
    </StrictMode>
  );
  if (prerendered && 'ready' in first && stillDrawable(prerendered)) {
    // The app takes the screen on the page over as it stands: the same markup, drawn from the same packs and texts.
    holdFocusWhileTakingOver(true);
    hydrateRoot(root, <TakeOver screen={prerendered}>{app}</TakeOver>);
    return;
  }
  // No drawn screen, or the app draws another in its place: a failed download explained, or what changed meanwhile.
  prerendered?.withdraw();
  root.replaceChildren();
  createRoot(root).render(app);
}

// A failed download is explained at once; packs still on their way after the wait are waited for, not asked for again.
const arrived = firstScreen.then((ready): FirstPacks => (ready ? { ready } : { pending: firstScreen }));
// A drawn start screen stays until the packs have arrived (a click on it is held meanwhile). Otherwise
// the page stays blank while the first screen's files arrive, so that the first thing it paints is
// the start screen itself, and says it is loading when they take longer.
const slowConnection = prerendered
  ? new Promise<never>(() => undefined)
  : Promise.all([languageReady, new Promise((done) => setTimeout(done, LOADING_STATUS_AFTER_MS))]).then((): FirstPacks => ({ pending: firstScreen }));
void Promise.race([arrived, slowConnection]).then(render);

// After the page has loaded: the service worker that keeps the app working offline, and its news.
registerOfflineSupport();
