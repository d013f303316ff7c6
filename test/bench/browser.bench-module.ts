import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { prepareAnchor } from './anchor';
import { startPreview, type Preview } from './preview';

type BenchRow = { name: string; value: number; unit: string; target?: string };

/** Interleaved runs of each measurement (Aperture, anchor, Aperture, anchor, …); medians are reported. */
const RUNS = Number(process.env.BENCH_RUNS || 7);
const trace = process.env.BENCH_TRACE ? (line: string) => console.error(`  ${new Date().toISOString().slice(11, 23)} ${line}`) : () => undefined;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Json = Record<string, Record<string, string>>;
const questionnaire = JSON.parse(readFileSync(resolve('src/i18n/locales/en/questionnaire.json'), 'utf8')) as Json;
const results = JSON.parse(readFileSync(resolve('src/i18n/locales/en/results.json'), 'utf8')) as { title: string };
const TEXT = {
  start: questionnaire.start?.start ?? 'Start',
  startTitle: questionnaire.start?.title ?? '',
  next: questionnaire.section?.next ?? '',
  reviewTitle: questionnaire.review?.title ?? '',
  seeResults: questionnaire.review?.seeResults ?? '',
  resultsTitle: results.title,
};

const START_BUTTON = { selector: 'button', text: TEXT.start };
/** The anchor shows its first question as soon as it loads. */
const ANCHOR_FIRST_QUESTION = '.sd-question .sd-question__title';

/**
 * Helpers installed in every page before its scripts run: wait for an element to be laid out and
 * stamp the frame that paints it (the next animation frame, then the task after it), and click
 * then time that paint, all inside the page so that no round trip to the test runner is counted.
 * With `start`, the page clicks that button in the task that stamps its first screen (a user who
 * clicks the instant it appears) and reports when the target of the click was painted.
 */
function installProbe({ first, start }: { first: { selector: string; text?: string; notText?: string }; start?: { button: string; target: { selector: string; text?: string; notText?: string } } }): void {
  type Target = typeof first;
  const shown = ({ selector, text, notText }: Target) =>
    [...document.querySelectorAll(selector)].some((el) => {
      const content = el.textContent?.trim();
      return (text === undefined || content === text) && (notText === undefined || content !== notText) && el.getBoundingClientRect().height > 0;
    });
  const painted = () =>
    new Promise<number>((done) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      });
    });
  const until = (check: () => boolean, timeout = 15_000) =>
    new Promise<void>((done, fail) => {
      if (check()) return done();
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        clearTimeout(timer);
        done();
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        fail(new Error('timed out'));
      }, timeout);
    });
  const button = (text: string) => {
    const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  };
  // Watched from the start of the document, so the stamp is the frame that first painted it.
  const firstPaint = until(() => shown(first), 30_000).then(painted);
  // performance.now() (from navigation start) of the frame that first painted the page's first
  // screen, reported to the bench from the page: asking for it with an evaluation would count as a user
  // gesture in Chromium, and the page would believe the user had acted before its first screen.
  void firstPaint.then((stamp) => (window as unknown as { __benchFirstPaint?: (stamp: number) => void }).__benchFirstPaint?.(stamp));
  if (start)
    void firstPaint.then(async () => {
      const clicked = performance.now();
      button(start.button).click();
      await until(() => shown(start.target));
      const done = await painted();
      (window as unknown as { __benchStarted?: (run: { clicked: number; painted: number }) => void }).__benchStarted?.({ clicked, painted: done });
    });
  Object.assign(window, {
    __bench: {
      /** Clicks the button named `text` and resolves with the time until the target is painted. */
      clickUntil: async (text: string, target: Target) => {
        const started = performance.now();
        button(text).click();
        await until(() => shown(target));
        return (await painted()) - started;
      },
      /**
       * Moves the first weight slider of the what-if panel and times the ranking's repaint. React
       * updates a controlled input within the event's dispatch, so the ranking may have changed
       * before a wait could start: its own observer, set up before the event, tells (a wait for a
       * later mutation of the page would time whatever changes next instead).
       */
      weightUntilRanking: async () => {
        const slider = document.querySelector<HTMLInputElement>('.what-if input[type="range"]');
        const ranking = document.querySelector('.option-list');
        if (!slider || !ranking) throw new Error('no weight slider or ranking');
        let timer: ReturnType<typeof setTimeout> | undefined;
        let observer: MutationObserver | undefined;
        const changed = new Promise<void>((done, fail) => {
          observer = new MutationObserver(() => done());
          observer.observe(ranking, { childList: true, subtree: true, characterData: true });
          timer = setTimeout(() => fail(new Error('timed out')), 15_000);
        });
        const next = slider.value === '0' ? '5' : '0';
        const started = performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, next);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        try {
          await changed;
        } finally {
          observer?.disconnect();
          clearTimeout(timer);
        }
        return (await painted()) - started;
      },
    },
  });
}

type Target = { selector: string; text?: string; notText?: string };
type Probe = {
  clickUntil: (text: string, target: Target) => Promise<number>;
  weightUntilRanking: () => Promise<number>;
};
/** The first paint of each page, as the page reports it (newPage). */
const firstPaints = new WeakMap<Page, Promise<number>>();
/** When the page clicked its start button and when the click's target was painted, as the page reports it (newPage with `start`). */
const starts = new WeakMap<Page, Promise<{ clicked: number; painted: number }>>();

const probe = (page: Page) => ({
  firstPaint: () => firstPaints.get(page) ?? Promise.reject(new Error('the page was not made by newPage')),
  started: () => starts.get(page) ?? Promise.reject(new Error('the page was not made by newPage with a start button')),
  clickUntil: (button: string, target: Target) =>
    page.evaluate(({ button, target }) => (window as unknown as { __bench: Probe }).__bench.clickUntil(button, target), { button, target }),
  weightUntilRanking: () => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.weightUntilRanking()),
});
const heading = (page: Page) => page.evaluate(() => document.querySelector('main h1')?.textContent?.trim() ?? '');

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function newPage(browser: Browser, first: Target, start?: { button: string; target: Target }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('crash', () => trace('page crashed'));
  page.on('close', () => trace('page closed'));
  page.on('pageerror', (error) => trace(`page error ${error.message}`));
  // tsx keeps function names with a `__name` helper that the serialised probe calls in the page.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  let report: (stamp: number) => void = () => undefined;
  firstPaints.set(page, new Promise<number>((done) => (report = done)));
  await page.exposeBinding('__benchFirstPaint', (_source, stamp: number) => report(stamp));
  if (start) {
    let started: (run: { clicked: number; painted: number }) => void = () => undefined;
    starts.set(page, new Promise((done) => (started = done)));
    await page.exposeBinding('__benchStarted', (_source, run: { clicked: number; painted: number }) => started(run));
  }
  await page.addInitScript(installProbe, { first, ...(start ? { start } : {}) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return page;
}

type LoadRun = { firstScreen: number; firstQuestion: number; heap: number };

/**
 * Aperture: navigation → start screen painted; Start clicked by the page in the same task (the
 * instant it appears, with no round trip to the test runner in between) → first question painted;
 * heap there.
 */
async function apertureLoad(browser: Browser, url: string): Promise<LoadRun & { click: number }> {
  const page = await newPage(browser, START_BUTTON, { button: TEXT.start, target: { selector: 'main h1', notText: TEXT.startTitle } });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const p = probe(page);
  const firstScreen = await p.firstPaint();
  trace(`aperture first screen ${firstScreen}`);
  const { clicked, painted } = await p.started();
  const heap = await heapAfterGc(page);
  await page.context().close();
  return { firstScreen, firstQuestion: painted, heap, click: painted - clicked };
}

/** The anchor: its first screen is its first question. */
async function anchorLoad(browser: Browser, url: string): Promise<LoadRun> {
  const page = await newPage(browser, { selector: ANCHOR_FIRST_QUESTION });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const firstScreen = await probe(page).firstPaint();
  const heap = await heapAfterGc(page);
  await page.context().close();
  return { firstScreen, firstQuestion: firstScreen, heap };
}

/** Answers every shown question of the section: first radio, first checkbox, a line of text. */
async function answerSection(page: Page): Promise<void> {
  const main = page.getByRole('main');
  for (let pass = 0; pass < 10; pass += 1) {
    let changed = false;
    for (const group of await main.getByRole('group').filter({ has: page.getByRole('radio') }).all()) {
      if ((await group.getByRole('radio', { checked: true }).count()) > 0) continue;
      await group.getByRole('radio').first().check();
      changed = true;
    }
    for (const group of await main.getByRole('group').filter({ has: page.getByRole('checkbox') }).all()) {
      if ((await group.getByRole('checkbox', { checked: true }).count()) > 0) continue;
      await group.getByRole('checkbox').first().check();
      changed = true;
    }
    for (const box of await main.getByRole('textbox').all()) {
      if ((await box.inputValue()) !== '') continue;
      await box.fill('Written by the bench.');
      changed = true;
    }
    if (!changed) return;
  }
}

type JourneyRun = { start: number; sections: number[]; review: number; results: number; whatIf: number };

/**
 * A user's journey at a user's pace (the page is idle before each click, as after reading or
 * answering): Start → first question, each section → the next, the last → the review, the review
 * → the results with the ranking, then one what-if weight change → the ranking updated.
 */
async function apertureJourney(browser: Browser, url: string): Promise<JourneyRun> {
  const page = await newPage(browser, START_BUTTON);
  await page.goto(url);
  const p = probe(page);
  const idle = () => page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 1000 })));
  await p.firstPaint();
  await idle();
  const start = await p.clickUntil(TEXT.start, { selector: 'main h1', notText: TEXT.startTitle });
  const sections: number[] = [];
  let review = Number.NaN;
  for (let i = 0; i < 20 && Number.isNaN(review); i += 1) {
    const title = await heading(page);
    trace(`section "${title}"`);
    await answerSection(page);
    trace('answered');
    await idle();
    trace('idle');
    // The next screen is painted when its heading differs from this one: the next section or the review.
    const elapsed = await p.clickUntil(TEXT.next, { selector: 'main h1', notText: title });
    if ((await heading(page)) === TEXT.reviewTitle) review = elapsed;
    else sections.push(elapsed);
  }
  trace(`review after ${sections.length} sections`);
  await idle();
  const resultsMs = await p.clickUntil(TEXT.seeResults, { selector: '.option-list li' });
  await idle();
  trace('results');
  const whatIf = await p.weightUntilRanking();
  await page.context().close();
  return { start, sections, review, results: resultsMs, whatIf };
}

const median = (values: readonly number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (value: number) => Math.round(value);
const ratio = (value: number) => Math.round(value * 100) / 100;

/**
 * Aperture's production build (`dist/`) against the SurveyJS anchor, in one Chromium, runs
 * alternated: every step of the user's journey, and the first screen, first question and heap
 * against the anchor's.
 */
export async function bench(): Promise<BenchRow[]> {
  const anchorDir = prepareAnchor((line) => console.error(line));
  const servers: Preview[] = [];
  let browser: Browser | undefined;
  try {
    servers.push(await startPreview({ cwd: process.cwd(), outDir: resolve(process.env.APERTURE_DIST_DIR || 'dist') }));
    servers.push(await startPreview({ cwd: anchorDir, outDir: join(anchorDir, 'dist') }));
    const [aperture, anchor] = servers.map((s) => s.url) as [string, string];
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });

    // Warm-up (disk cache of the servers, Chromium's code cache), discarded.
    await apertureLoad(browser, aperture);
    await anchorLoad(browser, anchor);
    const own: (LoadRun & { click: number })[] = [];
    const theirs: LoadRun[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      own.push(await apertureLoad(browser, aperture));
      theirs.push(await anchorLoad(browser, anchor));
    }
    const journeys: JourneyRun[] = [];
    for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run += 1) journeys.push(await apertureJourney(browser, aperture));

    const of = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
    const anchorFirst = of(theirs, (r) => r.firstScreen);
    const anchorHeap = of(theirs, (r) => r.heap);
    const sectionSteps = journeys.flatMap((j) => j.sections);
    return [
      { name: 'click "Start" → first question painted (page idle)', value: ms(of(journeys, (j) => j.start)), unit: 'ms', target: '≤ 100 ms' },
      { name: 'last section → review painted', value: ms(of(journeys, (j) => j.review)), unit: 'ms', target: '≤ 100 ms' },
      { name: 'review → results painted (ranking visible)', value: ms(of(journeys, (j) => j.results)), unit: 'ms', target: '≤ 100 ms' },
      { name: 'section → next section (median)', value: ms(median(sectionSteps)), unit: 'ms', target: '≤ 50 ms' },
      { name: 'section → next section (slowest)', value: ms(Math.max(...sectionSteps)), unit: 'ms' },
      { name: 'what-if weight change → ranking updated', value: ms(of(journeys, (j) => j.whatIf)), unit: 'ms', target: '≤ 50 ms' },
      { name: 'click "Start" as soon as shown → first question painted', value: ms(of(own, (r) => r.click)), unit: 'ms' },
      { name: 'navigation → first screen (Aperture)', value: ms(of(own, (r) => r.firstScreen)), unit: 'ms' },
      { name: 'navigation → first screen (anchor)', value: ms(anchorFirst), unit: 'ms' },
      { name: 'navigation → first screen, Aperture / anchor', value: ratio(of(own, (r) => r.firstScreen) / anchorFirst), unit: '×', target: '≤ 0.5×' },
      { name: 'navigation → first question via Start (Aperture)', value: ms(of(own, (r) => r.firstQuestion)), unit: 'ms' },
      { name: 'navigation → first question, Aperture / anchor', value: ratio(of(own, (r) => r.firstQuestion) / anchorFirst), unit: '×', target: '≤ 1.0×' },
      { name: 'JS heap after GC on the first question (Aperture)', value: Math.round(of(own, (r) => r.heap) / 1024), unit: 'KB' },
      { name: 'JS heap after GC on the first question (anchor)', value: Math.round(anchorHeap / 1024), unit: 'KB' },
      { name: 'JS heap after GC, Aperture / anchor', value: ratio(of(own, (r) => r.heap) / anchorHeap), unit: '×', target: '≤ 0.6×' },
    ];
  } finally {
    await browser?.close();
    for (const server of servers) server.stop();
  }
}
