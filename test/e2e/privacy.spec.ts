import '@/i18n/domains/results';
import '@/i18n/domains/report';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator } from '@/i18n/t';
import { baseURL, expectOnlyOwnOrigin, launchBrowser, openApp } from './browser';
import { externalFetches } from './external-urls';

const distDir = inject('distDir');
const indexHtml = () => readFileSync(join(distDir, 'index.html'), 'utf8');

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };
const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name ?? ''] ?? whole),
  );

function policyOf(html: string): Map<string, string[]> {
  const content = decodeEntities(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '');
  const directives = content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
  return new Map(directives.map(([name = '', ...values]) => [name, values]));
}

/**
 * Reviewed exceptions: code in a dependency that the app never runs. jsPDF's `pdfobjectnewwindow`
 * output mode writes a viewer script from a CDN into a new window; Aperture only saves PDFs (and
 * the policy would refuse the script anyway).
 */
const UNUSED_DEPENDENCY_URLS = ['https://cdnjs.cloudflare.com/ajax/libs/pdfobject/'];

describe('the built page', () => {
  it('declares a Content-Security-Policy that allows only its own origin, no inline script, no eval', () => {
    const policy = policyOf(indexHtml());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const all = [...policy.values()].flat();
    expect(all.filter((value) => /unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/.test(value))).toEqual([]);
  });

  it('has no inline script or inline event handler', () => {
    const html = indexHtml();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs = '', body = '']) => !/\ssrc=/i.test(attrs) || body.trim() !== '');
    expect(inline.map(([tag]) => tag)).toEqual([]);
    expect(html.match(/\son[a-z]+\s*=/gi) ?? []).toEqual([]);
  });

  it('ships no code that fetches from another host', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => ['.js', '.css', '.html'].includes(extname(f)));
    expect(files.length).toBeGreaterThan(1);
    const fetches = files.flatMap((file) => externalFetches(readFileSync(join(distDir, file), 'utf8')).map((f) => ({ file, ...f })));
    expect(fetches.filter((f) => !UNUSED_DEPENDENCY_URLS.some((url) => f.url.startsWith(url)))).toEqual([]);
  });
});

describe('the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  // One visit, in Japanese: the service worker fetches every file of the build whatever the language,
  // and the Japanese report adds the font. The English journey checks its own requests too.
  it('talks to nobody but its own origin and breaks no rule of its policy, from the start to the Japanese PDF', async () => {
    const lang = 'ja';
    const t = translator(lang);
    // With the service worker, whose background download of every asset is checked too.
    const { context, page, requests, pageRequests, cspViolations, errors } = await openApp(browser, { lang, serviceWorker: true });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await page.getByRole('link', { name: t('questionnaire.nav.review') }).click();
    await page.getByRole('heading', { level: 1, name: t('questionnaire.review.title') }).waitFor();
    await page.getByRole('button', { name: t('questionnaire.review.seeResultsAnyway') }).click();
    await page.getByRole('heading', { level: 1, name: t('results.title') }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('results.export.button') }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    expect(requests).toContain(`${baseURL()}/`);
    expectOnlyOwnOrigin(requests);
    // A Japanese report needs the Japanese font: it too comes from the app itself.
    expect(pageRequests.filter((url) => /\.ttf$/.test(url))).toHaveLength(1);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has its policy enforced: a request to another host is refused, reported and caught', async () => {
    const { context, page, requests, cspViolations } = await openApp(browser);
    const refused = page.waitForEvent('requestfailed', (request) => request.url().startsWith('https://192.0.2.1/'));
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://192.0.2.1/pixel.png';
      image.alt = '';
      document.body.append(image);
    });
    expect((await refused).failure()?.errorText).toBe('csp');
    await expect.poll(() => cspViolations).toContainEqual(expect.stringContaining('img-src blocked https://192.0.2.1/pixel.png'));
    expect(() => expectOnlyOwnOrigin(requests)).toThrow(/192\.0\.2\.1/);
    await context.close();
  });
});
