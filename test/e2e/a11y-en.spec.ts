import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkEveryScreen } from './a11y-walk';
import { launchBrowser } from './browser';

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
