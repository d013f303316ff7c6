import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, firstVisit, launchBrowser, screenshot } from './browser';
import { heading1, PACK } from './journey-helpers';

/**
 * The start screen of a first visit comes with the page (drawn when the app was built) and shows
 * before the app's code has arrived; the app then takes it over as it stands. Here the app's code
 * is held back until the test lets it through, so that what the page shows without it can be seen:
 * the screen in the visitor's language, a click on it kept and made once the app runs, no error;
 * and nothing drawn ahead on a returning visit or a share link, which open on something else.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The first screen's code (vite.config.ts puts it in one chunk, `app-<hash>.js`). */
const APP_CODE = /\/assets\/app-[\w-]{8}\.js$/;

type Visit = { context: BrowserContext; page: Page; errors: string[]; letCodeThrough: () => void };

/** A visit in a fresh context whose app code waits for `letCodeThrough`; console errors and uncaught exceptions are collected. */
async function visit(locale: string, run: (visit: Visit) => Promise<void>): Promise<void> {
  await firstVisit(browser, locale, async (context) => {
    let letCodeThrough: () => void = () => undefined;
    let held = new Promise<void>((done) => (letCodeThrough = done));
    await context.route(APP_CODE, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    await run({
      context,
      page,
      errors,
      letCodeThrough: () => {
        letCodeThrough();
        held = Promise.resolve();
      },
    });
  });
}

const startScreen = {
  en: { title: 'Decide how open to make your AI', start: 'Start', pageTitle: 'Decide how open to make your AI – Aperture' },
  ja: { title: '自社のAIをどこまでオープンにするかを決める', start: '始める', pageTitle: '自社のAIをどこまでオープンにするかを決める｜Aperture' },
} as const;

describe('a first visit', () => {
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['ja', 'ja-JP'],
  ] as const) {
    it(`shows the start screen before the app's code has arrived, in the visitor's language, and the app takes it over as it stands (${lang})`, async () => {
      await visit(locale, async ({ page, errors, letCodeThrough }) => {
        const words = startScreen[lang];
        await page.goto(baseURL(), { waitUntil: 'commit' });
        const start = page.getByRole('button', { name: words.start, exact: true });
        await start.waitFor();
        expect(await page.title()).toBe(words.pageTitle);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await heading1(page, words.title).count()).toBe(1);
        // Only what the page draws ahead: what lies below the fold comes with the app.
        expect(await page.getByRole('textbox').count()).toBe(0);
        await expectNoAxeViolations(page, `the start screen before the app's code (${lang})`);
        await screenshot(page, `first-screen-drawn-${lang}`);
        await start.evaluate((button) => Object.assign(window, { __drawnStart: button }));

        letCodeThrough();
        // The app has taken the screen over once its lower part shows: the same button, not a new one.
        await page.getByRole('textbox').first().waitFor();
        expect(await start.evaluate((button) => button === (window as unknown as { __drawnStart: Element }).__drawnStart)).toBe(true);
        await start.click();
        await heading1(page, PACK.sections[0]?.title[lang] ?? '').waitFor();
        expect(errors).toEqual([]);
      });
    });
  }

  it('keeps a click made before the app runs and makes it once the app has taken the screen over', async () => {
    await visit('en-GB', async ({ page, errors, letCodeThrough }) => {
      await page.goto(baseURL(), { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
      expect(await heading1(page, startScreen.en.title).count()).toBe(1);
      letCodeThrough();
      await heading1(page, PACK.sections[0]?.title.en ?? '').waitFor();
      expect(await page.locator('#root').getAttribute('aria-busy')).toBeNull();
      expect(errors).toEqual([]);
    });
  });
});

describe('a first visit by keyboard', () => {
  it('works before the app runs: the skip link leads into the page, Enter on Start is held, and the first section takes focus once the app runs', async () => {
    await visit('en-GB', async ({ page, errors, letCodeThrough }) => {
      await page.goto(baseURL(), { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start');
      await page.keyboard.press('Enter');
      expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
      letCodeThrough();
      const section = heading1(page, PACK.sections[0]?.title.en ?? '');
      await section.waitFor();
      expect(await section.evaluate((heading) => heading === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});

describe('a first visit on a failing connection', () => {
  it('says so on the drawn screen when the app’s code cannot be downloaded, takes no more clicks, and opens the app on "Try again"', async () => {
    await firstVisit(browser, 'en-GB', async (context) => {
      let refuse = true;
      await context.route(APP_CODE, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
      const page = await context.newPage();
      await page.goto(baseURL(), { waitUntil: 'commit' });
      const failed = page.getByRole('alert', { name: 'The questionnaire could not be loaded' });
      await failed.waitFor();
      expect(await heading1(page, startScreen.en.title).count()).toBe(1);
      expect(await page.locator('#root').getAttribute('inert')).toBe('');
      await expectNoAxeViolations(page, 'the drawn screen whose app could not be downloaded');
      await screenshot(page, 'first-screen-code-failed-en');
      refuse = false;
      await failed.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await heading1(page, PACK.sections[0]?.title.en ?? '').waitFor();
    });
  });

  it('lets the app draw its own screen in place of the drawn one when the Japanese texts could not be downloaded', async () => {
    await visit('ja-JP', async ({ context, page, errors, letCodeThrough }) => {
      await context.route(/\/assets\/core-ja-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
      await page.goto(baseURL(), { waitUntil: 'commit' });
      await heading1(page, startScreen.ja.title).waitFor();
      letCodeThrough();
      // The page falls back to the texts every language falls back to, drawn by the app, without a hydration error.
      await heading1(page, startScreen.en.title).waitFor();
      await page.getByRole('textbox').first().waitFor();
      expect(errors.filter((error) => !/core-ja|Failed to load resource/.test(error))).toEqual([]);
    });
  });
});

describe('a visit that opens on something else', () => {
  it('draws nothing ahead when this browser holds answers: the page opens where the user was', async () => {
    await visit('en-GB', async ({ page, letCodeThrough }) => {
      letCodeThrough();
      await page.goto(baseURL());
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      const section = heading1(page, PACK.sections[0]?.title.en ?? '');
      await section.waitFor();
      await page.getByRole('radio').first().check();
      await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('aperture.session.')))).toBe(true);

      await page.context().unroute(APP_CODE);
      let release: () => void = () => undefined;
      const held = new Promise<void>((done) => (release = done));
      await page.context().route(APP_CODE, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
      release();
      await section.waitFor();
      expect(await heading1(page, startScreen.en.title).count()).toBe(0);
    });
  });

  it('draws nothing ahead for a share link, which the app opens', async () => {
    await visit('en-GB', async ({ page, letCodeThrough }) => {
      await page.goto(`${baseURL()}#answers=not-a-real-link`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
      letCodeThrough();
      await page.locator('#root > *').first().waitFor();
    });
  });
});
