import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '@/i18n/t';
import { compact, probePdf } from '../support/pdf-probe';
import { expectOnlyOwnOrigin, launchBrowser, openApp } from './browser';
import { answersFileOf, downloadOf, expectedRanking, importAnswers, openResults, PACK, POLL, words } from './journey-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const REPORTS = [
  { lang: 'en', fixture: 'test/fixtures/answers/startup-en.json', fileName: /^aperture-report-\d{4}-\d{2}-\d{2}\.pdf$/ },
  { lang: 'ja', fixture: 'test/fixtures/answers/bank-ja.json', fileName: /^aperture-report-\d{4}-\d{2}-\d{2}-ja\.pdf$/ },
] as const;

describe.each(REPORTS)('the report in $lang', ({ lang, fixture, fileName }) => {
  it('downloads from the results as a named PDF with the ranking and the respondent, everything from the app itself', async () => {
    const { t } = words(lang);
    const file = answersFileOf(fixture);
    const { context, page, requests, pageRequests, errors } = await openApp(browser, { lang });
    await importAnswers(page, lang, file);
    await openResults(page, lang);

    const button = page.getByRole('button', { name: t('results.export.button'), exact: true });
    const pdf = await downloadOf(page, () => button.click());
    expect(pdf.name).toMatch(fileName);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.subarray(-8).toString('latin1')).toContain('%%EOF');

    // Ready for another export, with neither a failure nor characters the font lacked.
    await expect.poll(() => button.getAttribute('aria-disabled'), POLL).not.toBe('true');
    expect(await page.getByText(t('results.export.failed')).count()).toBe(0);
    expect(await page.getByText(t('results.export.replaced', { chars: '' }).trim()).count()).toBe(0);

    const read = probePdf(pdf.bytes);
    expect(read.pages).toBeGreaterThan(1);
    expect(read.text).not.toContain('〓');
    const [top] = expectedRanking(file.answers);
    const topName = localize(PACK.options.find((o) => o.id === top?.option)?.name ?? { en: '?', ja: '?' }, lang);
    expect(read.compact).toContain(compact(topName));
    for (const field of [file.respondent?.name, file.respondent?.company]) expect(read.compact).toContain(compact(field ?? '?'));

    // A Japanese report needs the Japanese font, fetched once from the app's own origin; an English
    // report whose texts are all Latin never downloads it.
    const fonts = pageRequests.filter((url) => /\.ttf(\?|$)/.test(url));
    expect(fonts).toHaveLength(lang === 'ja' ? 1 : 0);
    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
  });
});
