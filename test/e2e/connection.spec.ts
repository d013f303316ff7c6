import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, firstVisit, launchBrowser, screenshot } from './browser';
import { heading1, PACK, POLL } from './journey-helpers';

/**
 * A first visit on a poor connection. The bundled pack's questions come slowly, then not at all: the
 * start screen drawn at build time shows at once, a click on Start waits and the page says it is
 * loading, then that the questionnaire could not be loaded (on a Japanese page in Japanese, though
 * its texts come after the failure), and "Try again" opens it. The connection is
 * lost before the Japanese texts have arrived (the page's idle fetch fails too): the switch to
 * Japanese says it cannot be made, the English page keeps working, and once the texts can be
 * downloaded again "Try again" switches.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const JAPANESE_TEXTS = /\/assets\/(?:texts-ja|core-ja)-[^/]+\.(?:js|json)$/;
const ENGLISH_QUESTIONS = /\/assets\/questions-en-[^/]+\.json$/;

describe('a first visit whose questions come slowly, then fail', () => {
  it('shows the start screen drawn at build time, says it is loading when Start waits, then that the questionnaire could not be loaded, and opens it on "Try again"', async () => {
    await firstVisit(browser, 'en-GB', async (context) => {
      let refuse = true;
      await context.route(ENGLISH_QUESTIONS, async (route) => {
        if (!refuse) return route.continue();
        // Long enough for the loading status to show first (300 ms after the click), even on a slow machine.
        await new Promise((done) => setTimeout(done, 2500));
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      await page.goto(baseURL(), { waitUntil: 'commit' });
      // The start screen comes with the page; Start, clicked before the app can start, waits for it and says so.
      await page.getByRole('heading', { level: 1, name: 'Decide how open to make your AI' }).waitFor();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
      await page.getByRole('status').filter({ hasText: 'Loading the questionnaire…' }).waitFor();
      await screenshot(page, 'first-screen-waiting-en');
      const failed = page.getByRole('alert', { name: 'The questionnaire could not be loaded' });
      await failed.waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Loading the questionnaire…' }).count()).toBe(0);
      expect(await page.locator('#root').getAttribute('aria-busy')).toBeNull();
      await expectNoAxeViolations(page, 'the questionnaire that could not be loaded');
      refuse = false;
      await failed.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Decide how open to make your AI' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  });
});

describe('a Japanese first visit whose questions fail while its texts are still on their way', () => {
  it('explains the failure in Japanese, and opens the questionnaire on "Try again"', async () => {
    await firstVisit(browser, 'ja-JP', async (context) => {
      let refuse = true;
      await context.route(/\/assets\/core-ja-[^/]+\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, 800));
        return route.continue();
      });
      await context.route(/\/assets\/questions-ja-[^/]+\.json$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
      const page = await context.newPage();
      await page.goto(baseURL());
      const failed = page.getByRole('alert', { name: '質問票を読み込めませんでした' });
      await failed.waitFor();
      refuse = false;
      await failed.getByRole('button', { name: 'もう一度試す' }).click();
      await page.getByRole('heading', { level: 1, name: '自社のAIをどこまでオープンにするかを決める' }).waitFor();
    });
  });
});

describe('a part of the start screen whose code cannot be downloaded', () => {
  it('says so in its place while the rest of the screen works, and shows it once "Try again" can fetch it', async () => {
    await firstVisit(browser, 'en-GB', async (context) => {
      let offline = true;
      await context.route(/\/assets\/import-answers-[\w-]{8}\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      const page = await context.newPage();
      await page.goto(baseURL());
      const missing = page.getByRole('status', { name: 'Import answers' }).filter({ hasText: 'The data needed to show this part did not arrive' });
      await missing.waitFor();
      // The rest of the start screen is there and works: the workshop card, the fields about you.
      await page.getByRole('button', { name: 'Run a workshop' }).waitFor();
      await page.getByRole('textbox', { name: 'Name' }).fill('Aiko');
      await expectNoAxeViolations(page, 'a part of the start screen that could not be downloaded');
      offline = false;
      await missing.getByRole('button', { name: 'Try again' }).click();
      await page.getByText('Drag an answers file here, or').waitFor();
      expect(await missing.count()).toBe(0);
      expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Aiko');
    });
  });
});

describe('a switch of language whose texts cannot be downloaded', () => {
  it('says so in an alert that takes focus, keeps the page in English and working, and switches once the texts arrive', async () => {
    await firstVisit(browser, 'en-GB', async (context) => {
      let offline = true;
      await context.route(JAPANESE_TEXTS, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
      const page = await context.newPage();
      await page.goto(baseURL());
      await page.getByRole('heading', { level: 1, name: 'Decide how open to make your AI' }).waitFor();

      await page.getByRole('button', { name: '日本語' }).click();
      const alert = page.getByRole('alert', { name: 'Could not switch to Japanese' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Aperture stays in English, and nothing you entered is lost.');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('language-switch-failure');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations(page, 'the failed switch of language');
      await screenshot(page, 'language-switch-failed-en');

      // The English page keeps working: the questionnaire starts.
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await heading1(page, PACK.sections[0]?.title.en ?? '').waitFor();

      offline = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('ja');
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  });
});
