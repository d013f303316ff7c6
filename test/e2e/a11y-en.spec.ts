import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkEveryScreen } from './a11y-walk';
import { axeViolations, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('every screen in English', () => {
  // One walk through every screen, each checked by axe and captured twice: longer than one journey.
  it('has no WCAG 2.2 A/AA violation (start and results at 375 px too), reflows at 375 px and is captured at 375 and 1280 px', async () => {
    const violations = await walkEveryScreen(browser, 'en');
    expect(violations, violations.join('\n\n')).toEqual([]);
  }, 180_000);
});

describe('the accessibility check itself', () => {
  it('finds a violation when a page has one, and again after the page changes', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><title>Probe</title></head><body><main><h1>Probe</h1><p>Fine.</p></main></body></html>');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><label>Name <input type="checkbox" id="a"></label><button></button>'));
    const found = (await axeViolations(page)).map((v) => v.id).sort();
    expect(found).toEqual(['button-name', 'image-alt']);
    await page.close();
  });
});

