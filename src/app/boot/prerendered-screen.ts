import type { Lang } from '@/i18n/messages';
import { prerenderedLang } from './first-visit';

/**
 * The start screen drawn when the app was built (src/app/boot/prerender.tsx, build/first-screen.ts):
 * index.html holds it in each language, in `<template data-first-screen="en|ja">`, and the page's
 * classic script (first-screen.ts) shows the one this visit opens on, so that the page can paint
 * its first screen before the app's code has arrived and run. The app then takes that markup over
 * where it stands (React's hydration) instead of drawing it anew.
 *
 * Until then the screen is only drawn. A click on one of its buttons is held and made again by the
 * app once it has taken the screen over, so nothing the user does meanwhile is lost; the page says
 * it is busy and, when the wait lasts, shows "Loading the questionnaire…" in a corner of the window.
 * When the app's code cannot be downloaded, the screen stops taking clicks and says so, with a way
 * to try again (the notices of `<template data-first-screen-notices>`, drawn with the screen).
 */
export type PrerenderedScreen = {
  lang: Lang;
  /** Stops holding clicks and returns the controls clicked since the screen was shown, in order (a click repeated at once counted once). */
  release: () => HTMLElement[];
  /** For the app drawing a screen of its own in place of this one (a failed download): stops holding clicks, drops them, and gives the page its own title back. */
  withdraw: () => void;
};

/**
 * How long a wait may last before the page says it is loading (a status shown for less time than
 * this would only flash): a click held on the drawn screen, or a blank page (main.tsx).
 */
export const LOADING_STATUS_AFTER_MS = 300;

/** Where first-screen.ts leaves the screen it showed, for main.tsx. */
const SCREEN_GLOBAL = '__apertureFirstScreen';
type WithScreen = { [SCREEN_GLOBAL]?: PrerenderedScreen };

/** Controls whose click is held: buttons, and links that leave the page (an in-page link, the skip link, works by itself). */
const HELD = 'button, a[href]:not([href^="#"])';

/** The drawn notices: `waiting` (a held click waits for the app), `failed` (the app's code could not be downloaded). */
export type DrawnNotice = 'waiting' | 'failed';
const notice = (template: HTMLTemplateElement | undefined, name: DrawnNotice) => template?.content.querySelector<HTMLElement>(`[data-notice="${name}"]`) ?? null;

/**
 * Shows the prerendered start screen of this visit's language in `#root` (with the page's language
 * and title) when the app will open on it (`prerenderedLang`), and starts holding clicks on it.
 * Removes the templates either way. Null when nothing was shown: the app draws its first screen.
 */
export function showPrerenderedScreen(doc: Document, storage: Storage | undefined, hash: string): PrerenderedScreen | null {
  const templates = [...doc.querySelectorAll<HTMLTemplateElement>('template[data-first-screen], template[data-first-screen-notices]')];
  const lang = prerenderedLang(storage, hash);
  const screen = templates.find((t) => t.dataset.firstScreen === lang);
  const notices = templates.find((t) => t.dataset.firstScreenNotices === lang);
  const root = doc.getElementById('root');
  for (const t of templates) t.remove();
  if (!lang || !screen || !root || root.hasChildNodes()) return null;
  const pageTitle = doc.title;
  root.replaceChildren(screen.content);
  doc.documentElement.lang = lang;
  if (screen.dataset.title) doc.title = screen.dataset.title;

  const clicks: HTMLElement[] = [];
  // The loading status is on the page, hidden and empty, from the start: a screen reader announces a
  // live region whose text changes, not always one that arrives with its text.
  const waiting = notice(notices, 'waiting');
  const status = waiting?.querySelector('[role="status"]');
  const loadingText = status ? [...status.childNodes] : [];
  if (waiting && status) {
    status.replaceChildren();
    waiting.classList.add('visually-hidden');
    doc.body.append(waiting);
  }
  const sayLoading = () => {
    waiting?.classList.remove('visually-hidden');
    status?.append(...loadingText);
  };
  const listening = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    listening.abort();
    clearTimeout(timer);
    waiting?.remove();
    root.removeAttribute('aria-busy');
    return clicks.splice(0);
  };
  const hold = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
    if (!control || !root.contains(control)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (clicks.at(-1) !== control) clicks.push(control);
    root.setAttribute('aria-busy', 'true');
    timer ??= setTimeout(sayLoading, LOADING_STATUS_AFTER_MS);
  };
  // The app's code (the page's module script and what it imports) could not be downloaded: the app
  // will not come, so the drawn screen takes no more clicks and the page says what happened.
  const codeFailed = (event: Event) => {
    if (!(event.target instanceof HTMLScriptElement) || event.target.type !== 'module') return;
    release();
    root.setAttribute('inert', '');
    const failed = notice(notices, 'failed');
    if (!failed) return;
    failed.querySelector('button')?.addEventListener('click', () => doc.defaultView?.location.reload());
    doc.body.append(failed);
  };
  doc.addEventListener('click', hold, { capture: true, signal: listening.signal });
  // A script's error event does not bubble: it is seen on its way down.
  doc.addEventListener('error', codeFailed, { capture: true, signal: listening.signal });
  return {
    lang,
    release,
    withdraw: () => {
      release();
      doc.title = pageTitle;
    },
  };
}

/** Called by first-screen.ts: the screen it showed, kept for main.tsx. */
export function keepPrerenderedScreen(win: Window, screen: PrerenderedScreen | null): void {
  if (screen) (win as WithScreen)[SCREEN_GLOBAL] = screen;
}

/** The prerendered screen on the page, if first-screen.ts showed one; taken once. */
export function takePrerenderedScreen(win: Window): PrerenderedScreen | null {
  const screen = (win as WithScreen)[SCREEN_GLOBAL] ?? null;
  delete (win as WithScreen)[SCREEN_GLOBAL];
  return screen;
}
