import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import axe, { type Result as AxeResult } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Debian's Chromium, headless, with nothing that talks to Google in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** URLs that never leave the browser. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

export type AppSession = {
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its workers) asked for, in order. */
  requests: string[];
  /** The requests the page itself made (the service worker's background caching left out). */
  pageRequests: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  cspViolations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
};

export type OpenAppOptions = {
  /** The browser's preferred language; the app follows it on a first visit. */
  lang?: 'en' | 'ja';
  /** Viewport width in CSS pixels (default 1280; 390 for a phone). */
  width?: number;
  height?: number;
  /** Path under the app's origin (default `/`). */
  path?: string;
  /**
   * Let the app's service worker register (default: blocked). Once registered, it downloads every
   * asset of the app for offline use (about 7 MB with the Japanese font) in the background of the
   * test, which cost a fifth to a quarter of the end-to-end time (257 → 190–202 s); the specs about offline use and about
   * every request staying on the app's origin allow it.
   */
  serviceWorker?: boolean;
  /** Runs on the new context before the page opens (routes that hold or change what the app fetches). */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /**
   * Resolve once an element matching this selector is in the page, watched from inside the page
   * and reported out, instead of waiting with a locator: Chromium counts every evaluation a test
   * makes in the page (a locator's wait included) as a user gesture, so the page sees no user
   * activation until the test acts (a screen takes focus only once the user has acted).
   */
  untouchedUntil?: string;
};

export function baseURL(): string {
  return inject('baseURL');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens the app in a fresh context (no storage shared with other tests) and records every
 * request, CSP violation and console error. Resolves once the app has rendered into `#root`.
 */
export async function openApp(browser: Browser, options: OpenAppOptions = {}): Promise<AppSession> {
  const { lang = 'en', width = 1280, height = 900, path = '/', serviceWorker = false, prepare, untouchedUntil } = options;
  const context = await browser.newContext({
    locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
    viewport: { width, height },
    acceptDownloads: true,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  const session: AppSession = { context, page: await context.newPage(), requests: [], pageRequests: [], cspViolations: [], errors: [] };
  context.on('request', (request) => {
    session.requests.push(request.url());
    if (request.serviceWorker() === null) session.pageRequests.push(request.url());
  });
  await context.exposeBinding('__apertureCspViolation', (_source, line: string) => session.cspViolations.push(line));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __apertureCspViolation: (line: string) => void }).__apertureCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  await prepare?.(context);
  const { page } = session;
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(message.text());
  });
  page.on('pageerror', (error) => session.errors.push(`${error.name}: ${error.message}`));
  if (untouchedUntil !== undefined) {
    let report: () => void = () => undefined;
    const shown = new Promise<void>((done) => (report = done));
    await page.exposeBinding('__apertureShown', () => report());
    await page.addInitScript((selector: string) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        void (window as unknown as { __apertureShown: () => Promise<void> }).__apertureShown();
      });
      observer.observe(document, { subtree: true, childList: true });
    }, untouchedUntil);
    await page.goto(new URL(path, baseURL()).href, { waitUntil: 'commit' });
    await shown;
    return session;
  }
  await page.goto(new URL(path, baseURL()).href);
  await page.locator('#root > *').first().waitFor({ state: 'attached' });
  return session;
}

/**
 * A first visit in its own context, closed afterwards. No service worker: on a first visit it does
 * not control the page, and it must not fetch files behind the test's back.
 */
export async function firstVisit(browser: Browser, locale: string, run: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  try {
    await run(context);
  } finally {
    await context.close();
  }
}

/** Every request went to the app's own origin (or stayed inside the browser: data:, blob:). */
export function expectOnlyOwnOrigin(requests: readonly string[], origin: string = baseURL()): void {
  const own = new URL(origin).origin;
  const elsewhere = requests.filter((url) => !LOCAL_SCHEMES.some((s) => url.startsWith(s)) && new URL(url).origin !== own);
  expect(elsewhere, `requests that left ${own}`).toEqual([]);
}

function describeViolation(violation: AxeResult): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
  return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`;
}

/**
 * The WCAG 2.2 A/AA violations axe-core finds on the page as it is. axe is loaded into the page once
 * and stays while the app changes screens; it is loaded again only after a navigation. The app has
 * no frames, so `axe.run` on the document sees everything (@axe-core/playwright's `analyze` loaded
 * axe three times and opened a second page on every call, which cost most of the accessibility walks).
 */
export async function axeViolations(page: Page): Promise<AxeResult[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe;
    const results = await run.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations;
  }, AXE_TAGS);
}

/** Runs axe (WCAG 2.2 AA) on the page as it is and fails with every violation spelled out. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  const described = violations.map(describeViolation).join('\n\n');
  expect(violations.length, `accessibility violations on ${label}:\n\n${described}\n`).toBe(0);
}

/**
 * Whether the specs save screenshots for people to look at: yes, unless `APERTURE_SCREENSHOTS=off`
 * (CI, where no one opens them; they cost about a tenth of the end-to-end time).
 */
export function screenshotsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.APERTURE_SCREENSHOTS !== 'off';
}

/** Saves a PNG of the whole page, or of one part of it, as test-results/screenshots/<name>.png (unless screenshots are off). */
export async function screenshot(page: Page | Locator, name: string): Promise<void> {
  if (!screenshotsWanted()) return;
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await ('goto' in page ? page.screenshot({ path, fullPage: true }) : page.screenshot({ path }));
}
