import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/browser';
import { bigWorkshopFile, largeValidPack, linkPayload, multiAnswersFile, unknownReferencesPack } from '../hostile/worst-cases';
import en from '../../src/i18n/locales/en/common.json';
import questionnaire from '../../src/i18n/locales/en/questionnaire.json';
import workshopWords from '../../src/i18n/locales/en/workshop.json';
import { linkChecksum, MAX_DECOMPRESSED } from '../../src/lib/share/share-link';
import { MAX_FILE_BYTES, MAX_WORKSHOP_BYTES } from '../../src/rules/limits';
import { startPreview } from './preview';

type BenchRow = { name: string; value: number; unit: string; target?: string };

/** The browser's import caps, in bytes: a pack or an answers file, and a workshop file. */
const FILE_CAP = MAX_FILE_BYTES;
const WORKSHOP_CAP = MAX_WORKSHOP_BYTES;

/** Records every long task (PerformanceObserver 'longtask') from the start of the document. */
function installLongTaskObserver(): void {
  const tasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  Object.assign(window, { __longTasks: tasks });
}

/** The longest main-thread task since `since` (performance.now() in the page), in ms; 0 when none passed 50 ms. */
async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.round(Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration)));
  }, since);
}

/** The largest text under the cap (in UTF-8 bytes, as a file's size) that `build(n)` makes, n found by shrinking from `start`. */
function largestUnder(cap: number, start: number, build: (n: number) => string): { n: number; text: string } {
  let n = start;
  let text = build(n);
  while (Buffer.byteLength(text) > cap && n > 1) {
    n = Math.floor(n * 0.9);
    text = build(n);
  }
  return { n, text };
}

/**
 * Chooses a file as a user does, from disk: given as a buffer, playwright would decode it with a
 * script in the page, a main-thread task of its own as long as the app's (hundreds of ms for 2 MB).
 * Resolves with the moment it was given (performance.now() in the page), once `outcome` (by default an alert naming the file) shows.
 */
async function chooseFile(page: Page, button: string, path: string, outcome?: Locator): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).filter({ hasText: button }).last().click();
  const started = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(path);
  const name = path.replace(/^.*\//, '');
  await (outcome ?? page.getByRole('alert').filter({ hasText: name })).first().waitFor({ timeout: 60_000 });
  return started;
}

/**
 * Main-thread blocking in the browser on the worst inputs up to the caps: a pack file with
 * thousands of unknown references, an answers file with a huge multi answer, and the longest share
 * link the app unfolds. Each is the longest task (PerformanceObserver 'longtask') from the moment
 * the input is given until its outcome is shown and the page has settled.
 */
export async function mainThreadRows(): Promise<BenchRow[]> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath) || !existsSync(resolve('dist/index.html'))) return [];
  const preview = await startPreview({ cwd: resolve('.'), outDir: 'dist' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const dir = mkdtempSync(join(tmpdir(), 'aperture-main-thread-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  try {
    const open = async (hash = '') => {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(installLongTaskObserver);
      await page.goto(`${preview.url}${hash}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
      return page;
    };
    const settle = (page: Page) => page.waitForTimeout(1000);

    const pack = largestUnder(FILE_CAP, 6_000, (rules) => JSON.stringify(unknownReferencesPack(1_000, rules)));
    const packPage = await open();
    const packStart = await chooseFile(packPage, en.pack.button, file('unknown-refs.json', pack.text));
    await settle(packPage);
    const packBlock = await longestSince(packPage, packStart);
    await packPage.context().close();

    // A pack that passes every check, at the cap: chosen (checked, stored, its questionnaire shown), then the page reloaded with it stored.
    const valid = largestUnder(FILE_CAP, 1_000, (reason) => JSON.stringify(largeValidPack(reason)));
    const validPage = await open();
    const validStart = await chooseFile(validPage, en.pack.button, file('large-valid.json', valid.text), validPage.getByRole('status').filter({ hasText: 'Tiny pack' }));
    await settle(validPage);
    const validBlock = await longestSince(validPage, validStart);
    await validPage.reload();
    await validPage.getByText('loaded from large-valid.json').first().waitFor({ timeout: 60_000 });
    await settle(validPage);
    const reloadBlock = await longestSince(validPage, 0);
    await validPage.context().close();

    const answers = largestUnder(FILE_CAP, 160_000, (n) => JSON.stringify(multiAnswersFile(n, n)));
    const answersPage = await open();
    const answersStart = await chooseFile(answersPage, questionnaire.import.button, file('huge-answers.json', answers.text));
    await settle(answersPage);
    const answersBlock = await longestSince(answersPage, answersStart);
    await answersPage.context().close();

    // A workshop file at the cap: 200 participants, each with a long multi answer of wrong and repeated values.
    const room = largestUnder(WORKSHOP_CAP, 4_000, (n) => JSON.stringify(bigWorkshopFile(200, n)));
    const roomPage = await open();
    await roomPage.getByRole('button', { name: en.workshopEntry.button, exact: true }).click();
    await roomPage.getByRole('heading', { level: 2, name: workshopWords.setup.heading }).waitFor({ timeout: 60_000 });
    const roomStart = await roomPage.evaluate(() => performance.now());
    await roomPage.locator('.workshop-file-button input[type=file]').setInputFiles(file('big-workshop.json', room.text));
    await roomPage.getByRole('heading', { level: 2, name: workshopWords.participants.heading }).waitFor({ timeout: 60_000 });
    await settle(roomPage);
    const roomBlock = await longestSince(roomPage, roomStart);
    await roomPage.context().close();

    const duplicates = Math.floor((MAX_DECOMPRESSED - JSON.stringify(multiAnswersFile(99_000, 0)).length) / 5) - 10;
    const link = linkPayload(multiAnswersFile(99_000, duplicates));
    const linkPage = await open(`#answers=${link}.${linkChecksum(link)}`);
    await linkPage.getByRole('alert').first().waitFor({ timeout: 60_000 });
    await settle(linkPage);
    const linkBlock = await longestSince(linkPage, 0);
    await linkPage.context().close();

    const plainPage = await open();
    await settle(plainPage);
    const plainBlock = await longestSince(plainPage, 0);
    await plainPage.context().close();

    const kb = (text: string) => Math.round(Buffer.byteLength(text) / 1024);
    return [
      { name: `browser main thread, longest task: ${kb(pack.text)} KB pack, ${pack.n.toLocaleString('en')} unknown 80-char sources, chosen and checked`, value: packBlock, unit: 'ms', target: '< 200' },
      { name: `browser main thread, longest task: ${kb(valid.text)} KB valid pack (2,000 rules, 500 sources), chosen, checked and stored`, value: validBlock, unit: 'ms', target: '< 200' },
      { name: `browser main thread, longest task: the page reloaded with that pack stored (page load included)`, value: reloadBlock, unit: 'ms', target: '< 200' },
      { name: `browser main thread, longest task: ${kb(answers.text)} KB answers file, ${(2 * answers.n + 1).toLocaleString('en')}-value multi answer, imported`, value: answersBlock, unit: 'ms', target: '< 200' },
      { name: `browser main thread, longest task: ${kb(room.text)} KB workshop file, 200 participants with a ${(2 * room.n + 1).toLocaleString('en')}-value multi answer each, opened`, value: roomBlock, unit: 'ms', target: '< 200' },
      { name: 'browser main thread, longest task: the start page alone (baseline for the link, page load included)', value: plainBlock, unit: 'ms' },
      { name: `browser main thread, longest task: ${kb(link)} KB share link unfolding to just under the cap, opened (page load included)`, value: linkBlock, unit: 'ms', target: '< 200' },
    ];
  } finally {
    await browser.close();
    preview.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
