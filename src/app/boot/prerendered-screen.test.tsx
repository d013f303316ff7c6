import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Lang } from '@/i18n/messages';
import { bootPacks } from '@/packs/load/pack-boot';
import { sessionKey } from '@/questionnaire/storage/session-storage';
import { App } from '../app';
import { drawStartScreen, type DrawnScreen } from './prerender';
import { LOADING_STATUS_AFTER_MS, showPrerenderedScreen, type PrerenderedScreen } from './prerendered-screen';
import { TakeOver } from './take-over';
import { holdFocusWhileTakingOver } from '@/ui/focus';

/**
 * The start screen drawn at build time (prerender.tsx), shown by the page's script
 * (showPrerenderedScreen) and taken over by the app as main.tsx does it: the same markup, so React
 * keeps every element (no hydration error, no warning), and a click held meanwhile is made then.
 */

const drawn = new Map<Lang, Promise<DrawnScreen>>();
const draw = (lang: Lang) => drawn.get(lang) ?? drawn.set(lang, drawStartScreen(lang)).get(lang)!;

/** index.html as the build writes it: an empty root, then each language's screen and notices in templates. */
async function writePage(): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.replaceChildren(root);
  for (const lang of ['en', 'ja'] as const) {
    const { title, html, notices } = await draw(lang);
    const screenTemplate = document.createElement('template');
    screenTemplate.dataset.firstScreen = lang;
    screenTemplate.dataset.title = title;
    screenTemplate.innerHTML = html;
    const noticesTemplate = document.createElement('template');
    noticesTemplate.dataset.firstScreenNotices = lang;
    noticesTemplate.innerHTML = notices;
    document.body.append(screenTemplate, noticesTemplate);
  }
  return root;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** main.tsx's take-over: the app hydrates the drawn screen with the packs of `lang`. */
async function takeOver(container: HTMLElement, shown: PrerenderedScreen, lang: Lang, recoverable: (error: unknown) => void): Promise<void> {
  const boot = await bootPacks(localStorage, lang);
  holdFocusWhileTakingOver(true);
  await act(async () => {
    root = hydrateRoot(
      container,
      <TakeOver screen={shown}>
        <StrictMode>
          <App storage={localStorage} lang={lang} first={{ ready: boot }} />
        </StrictMode>
      </TakeOver>,
      { onRecoverableError: recoverable },
    );
  });
}

describe('the start screen drawn at build time', () => {
  it.each([
    ['en', 'Decide how open to make your AI', 'Start'],
    ['ja', '自社のAIをどこまでオープンにするかを決める', '始める'],
  ] as const)('is shown in %s before the app runs, with the page title and language, and the app takes it over without redrawing it', async (lang, title, start) => {
    localStorage.setItem('aperture.lang', lang);
    const container = await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '');
    expect(shown?.lang).toBe(lang);
    expect(document.querySelectorAll('template')).toHaveLength(0);
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe((await draw(lang)).title);
    const drawnStart = screen.getByRole('button', { name: start });
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();

    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    await takeOver(container, shown!, lang, recoverable);
    // Below the fold, once the app runs: the ways to begin with something in hand.
    await screen.findByRole('textbox', { name: lang === 'en' ? 'Name' : '氏名' });
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: start })).toBe(drawnStart);
  });

  it('holds a click made before the app runs, says the page is busy, shows the loading status when the wait lasts, and makes the click once the app has taken over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const container = await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '')!;
    screen.getByRole('button', { name: 'Start' }).click();
    expect(container).toHaveAttribute('aria-busy', 'true');
    // On the page from the start, empty and hidden, so that a screen reader announces its text when it comes.
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(status.closest('.app-toast')).toHaveClass('visually-hidden');
    vi.advanceTimersByTime(LOADING_STATUS_AFTER_MS);
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Loading the questionnaire…');
    expect(status.closest('.app-toast')).not.toHaveClass('visually-hidden');
    vi.useRealTimers();

    const recoverable = vi.fn();
    await takeOver(container, shown, 'en', recoverable);
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation profile' })).toBeInTheDocument();
    expect(container).not.toHaveAttribute('aria-busy');
    expect(screen.queryByRole('status')).toBeNull();
    expect(recoverable).not.toHaveBeenCalled();
  });

  it('makes held clicks one at a time, skipping a control the click before took off the page', async () => {
    const container = await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '')!;
    const made: string[] = [];
    const counting = new AbortController();
    onTestFinished(() => counting.abort());
    document.addEventListener('click', (event) => made.push((event.target as Element).textContent ?? ''), { signal: counting.signal });
    // The express path, then Start: the express path opens, and Start is no longer on the page.
    screen.getByRole('button', { name: 'Start the express path' }).click();
    screen.getByRole('button', { name: 'Start' }).click();
    expect(made).toEqual([]);
    await takeOver(container, shown, 'en', vi.fn());
    await waitFor(() => expect(made).toEqual(['Start the express path']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Express' })).toBeInTheDocument();
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(made).toEqual(['Start the express path']);
  });

  it('counts a click repeated at once as one, and stops holding clicks once released', async () => {
    const container = await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '')!;
    const start = screen.getByRole('button', { name: 'Start' });
    const japanese = screen.getByRole('button', { name: '日本語' });
    start.click();
    start.click();
    japanese.click();
    start.click();
    expect(shown.release()).toEqual([start, japanese, start]);
    expect(container).not.toHaveAttribute('aria-busy');
    const onClick = vi.fn();
    container.addEventListener('click', onClick);
    start.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(shown.release()).toEqual([]);
  });

  it('gives the page its title back when the app draws a screen of its own in its place (a failed download)', async () => {
    document.title = 'Aperture';
    await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '')!;
    expect(document.title).toBe('Decide how open to make your AI – Aperture');
    screen.getByRole('button', { name: 'Start' }).click();
    shown.withdraw();
    expect(document.title).toBe('Aperture');
    expect(shown.release()).toEqual([]);
  });

  it.each([
    ['en', 'The questionnaire could not be loaded', 'Try again'],
    ['ja', '質問票を読み込めませんでした', 'もう一度試す'],
  ] as const)('says so when the app’s code cannot be downloaded, takes no more clicks and offers to try again (%s)', async (lang, title, retry) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    localStorage.setItem('aperture.lang', lang);
    const container = await writePage();
    showPrerenderedScreen(document, localStorage, '');
    container.querySelector('button')?.click();
    vi.advanceTimersByTime(LOADING_STATUS_AFTER_MS);
    expect(screen.getByRole('status')).toBeInTheDocument();
    // Another script's failure is not the app's.
    const classic = document.createElement('script');
    document.head.append(classic);
    classic.dispatchEvent(new Event('error'));
    expect(screen.queryByRole('alert')).toBeNull();

    const app = document.createElement('script');
    app.type = 'module';
    document.head.append(app);
    app.dispatchEvent(new Event('error'));
    const failed = screen.getByRole('alert', { name: title });
    expect(failed).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(container).toHaveAttribute('inert');
    expect(container).not.toHaveAttribute('aria-busy');
    expect(within(failed).getByRole('button', { name: retry })).toBeInTheDocument();
    classic.remove();
    app.remove();
  });

  it.each([
    ['at the top of the page', null],
    ['where the user moved it before the app ran', '日本語'],
  ] as const)('leaves the focus %s: the page has not changed screen, so its heading takes none', async (_where, button) => {
    const container = await writePage();
    const shown = showPrerenderedScreen(document, localStorage, '')!;
    if (button) screen.getByRole('button', { name: button }).focus();
    const focused = document.activeElement;
    await takeOver(container, shown, 'en', vi.fn());
    await screen.findByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(focused);
    // Once taken over, a change of screen moves focus to the new heading as ever.
    await act(async () => screen.getByRole('button', { name: 'Start' }).click());
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation profile' })).toHaveFocus();
  });

  it('is not shown when the app opens on something else: stored answers, a share link, no storage; the templates go either way', async () => {
    localStorage.setItem(sessionKey({ id: 'ai-openness', version: '2.0.0' }), '{}');
    let container = await writePage();
    expect(showPrerenderedScreen(document, localStorage, '')).toBeNull();
    expect(container.childNodes).toHaveLength(0);
    expect(document.querySelectorAll('template')).toHaveLength(0);
    localStorage.clear();

    container = await writePage();
    expect(showPrerenderedScreen(document, localStorage, '#answers=abc')).toBeNull();
    expect(container.childNodes).toHaveLength(0);

    container = await writePage();
    expect(showPrerenderedScreen(document, undefined, '')).toBeNull();
    expect(container.childNodes).toHaveLength(0);
  });

});
