import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// The workshop's texts are registered by their domain module (loaded lazily in the app).
import '@/i18n/domains/workshop';
import '@/i18n/domains/results';
import { startPreview, type Preview } from '../bench/preview';
import { expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser } from './browser';
import { answerEverySection, answerQuestion, answersFileOf, downloadOf, heading1, openResults, PACK, POLL, question, questionGroup, words } from './journey-helpers';

/**
 * The production build copied to a folder of its own and served under a sub-path, the way an
 * intranet hosts static tools: one visit, then the network goes and the whole journey still works
 * (questionnaire, results, the Japanese PDF, a workshop and its PDF); then a new version is
 * announced while someone is answering, and nothing they entered is lost.
 */

const SUB_PATH = '/tools/aperture/';
const STORY = 'test/golden/research-institute.json';
const WORKSHOP_FILES = ['saas-startup', 'regional-bank'].map((story) => answersFileOf(`test/golden/${story}.json`));

let folder: string;
let server: Preview;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'aperture-offline-'));
  cpSync(inject('distDir'), folder, { recursive: true });
  server = await startPreview({ cwd: process.cwd(), outDir: folder, base: SUB_PATH });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

describe('offline after the first visit, under a sub-path', () => {
  it('caches everything on the first visit, then answers, shows results and makes both PDFs with the network off', async () => {
    const en = words('en');
    const ja = words('ja');
    await page.goto(server.url);
    const title = heading1(page, en.t('questionnaire.start.title'));
    await title.waitFor();
    const before = await title.boundingBox();
    // The service worker is scoped to the sub-path and says when every file is cached.
    await page.getByText(en.t('common.update.offlineReady'), { exact: true }).waitFor({ timeout: 60_000 });
    // The notice comes a moment after the page and floats over its corner: nothing on the page moved.
    expect(await title.boundingBox()).toEqual(before);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
    // The other specs block the service worker: its notices are checked for accessibility here.
    await expectNoAxeViolations(page, 'the start screen with the "works offline" notice');

    await context.setOffline(true);
    await page.reload();
    await heading1(page, en.t('questionnaire.start.title')).waitFor();
    await page.getByRole('button', { name: en.t('questionnaire.start.start'), exact: true }).click();
    await answerEverySection(page, answersFileOf(STORY).answers, 'en');
    await openResults(page, 'en');

    await page.getByRole('group', { name: en.t('common.language.label') }).getByRole('button', { name: '日本語' }).click();
    await heading1(page, ja.t('results.title')).waitFor();
    const report = await downloadOf(page, () => page.getByRole('button', { name: ja.t('results.export.button'), exact: true }).click());
    expect(isPdf(report.bytes), 'the Japanese report is a PDF').toBe(true);
    await page.getByRole('group', { name: ja.t('common.language.label') }).getByRole('button', { name: 'English' }).click();

    await page.getByRole('navigation', { name: en.t('common.modes.label') }).getByRole('button', { name: en.t('common.modes.workshop') }).click();
    await page.getByLabel(en.t('workshop.setup.title'), { exact: true }).fill('Offsite without network');
    await page.getByRole('button', { name: en.t('workshop.setup.continue'), exact: true }).click();
    const label = en.t('workshop.participants.filesButton');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: label, exact: true }).filter({ hasText: label }).click();
    await (await chooser).setFiles(WORKSHOP_FILES.map((file, i) => ({ name: `p${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })));
    await page.getByText(en.t('workshop.import.summary', { added: 2, refused: 0 }), { exact: true }).waitFor();
    const workshopPdf = await downloadOf(page, () => page.getByRole('button', { name: en.t('workshop.pdf.download'), exact: true }).click());
    expect(isPdf(workshopPdf.bytes), 'the workshop report is a PDF').toBe(true);
    expectOnlyOwnOrigin(requests, server.url);
  });

  it('announces a new version while someone is answering, never reloads by itself, and keeps the answers', async () => {
    const en = words('en');
    await context.setOffline(false);
    await page.getByRole('navigation', { name: en.t('common.modes.label') }).getByRole('button', { name: en.t('common.modes.questionnaire') }).click();
    await page.getByRole('button', { name: en.t('results.review'), exact: true }).click();
    await heading1(page, en.t('questionnaire.review.title')).waitFor();
    await page.getByRole('button', { name: en.t('questionnaire.section.back'), exact: true }).click();
    const first = PACK.sections.at(-1);
    if (!first) throw new Error('The pack has no section');
    await heading1(page, en.text(first.title)).waitFor();
    // Answering: a choice changed on the form, not yet submitted.
    const q = first.questions.find((item) => item.kind === 'choice' && !item.showIf);
    if (!q || q.kind !== 'choice') throw new Error('The last section has no plain choice question');
    const given = answersFileOf(STORY).answers[q.id];
    const other = q.choices.find((choice) => choice.value !== given);
    if (!other) throw new Error(`${q.id} has no other choice`);
    await answerQuestion(page, question(q.id), other.value, 'en');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    // A new build on the server: its service worker differs by a byte.
    appendFileSync(join(folder, 'sw.js'), '\n// next build\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: en.t('common.update.readyTitle') });
    await notice.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'the page did not reload by itself').toBe(true);
    const chosen = questionGroup(page, q, 'en').getByRole('radio', { name: en.text(other.label), exact: true });
    expect(await chosen.isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'a section with the "new version" notice');

    await notice.getByRole('button', { name: en.t('common.update.reload'), exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument ?? false), POLL).toBe(false);
    await heading1(page, en.text(first.title)).or(heading1(page, en.t('questionnaire.start.title'))).waitFor();
    if (await heading1(page, en.t('questionnaire.start.title')).isVisible()) {
      await page.getByRole('button', { name: en.t('questionnaire.start.continue'), exact: true }).click();
      await heading1(page, en.text(first.title)).waitFor();
    }
    await expect.poll(() => questionGroup(page, q, 'en').getByRole('radio', { name: en.text(other.label), exact: true }).isChecked(), POLL).toBe(true);
  });
});
