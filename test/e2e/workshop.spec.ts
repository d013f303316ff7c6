import '@/i18n/domains/workshop';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n/messages';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { decodeShareLink, encodeShareLink } from '@/lib/share/share-link';
import { baseURL, expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { compact, probePdf } from '../support/pdf-probe';
import { workshopWords } from '@/report/phrases/workshop-words';
import { quotedInSentence } from '@/i18n/t';
import { answerSection, answersFileOf, downloadOf, heading1, importAnswers, PACK, POLL, words } from './journey-helpers';

/**
 * Workshop mode from the app: five participants' files at once, the group view and the agenda,
 * presenter mode with a reveal, agreed answers, the group's recommendation and the workshop PDF;
 * a share link opened with the app and added to the workshop; a participant answering in turn on
 * this device and handing back.
 */

const STORIES = ['saas-startup', 'regional-bank', 'research-institute', 'frontier-lab', 'healthcare-high-risk'] as const;
const FILES: AnswersFile[] = STORIES.map((story) => answersFileOf(`test/golden/${story}.json`));

/** Two changes to a golden case that tie three options exactly (60.4545 each): the consensus a room agrees on. */
const TIED = ['api', 'open-weights', 'staged'] as const;
const TIE_BASE = answersFileOf('test/golden/financial-data-domain-model.json');
const TIE_ANSWERS = { ...TIE_BASE.answers, 'profile.ai-role': 'ecosystem', 'risk.misuse': 'moderate' };
const TIE_WORKSHOP = {
  format: 'aperture-workshop/2',
  title: 'Tie',
  date: '2026-12-02',
  rules: TIE_BASE.rules,
  participants: [
    { id: 'p1', label: 'Base case', answers: { ...TIE_BASE, respondent: { name: 'Base case' } } },
    { id: 'p2', label: 'Tie maker', answers: { ...TIE_BASE, respondent: { name: 'Tie maker' }, answers: TIE_ANSWERS } },
  ],
  agreed: { answers: TIE_ANSWERS },
};

/**
 * Three executives of one social platform group (test/fixtures/answers/workshop-interaction, found
 * among seeded random rooms under the default pack; test/workshop-interaction.test.ts checks it in
 * engine terms): misuse alone cannot change the first option (Open weights), but can together with
 * a "moderate" industry standard, whose middle answer in the room is "critical".
 */
const INTERACTION: AnswersFile[] = ['legal', 'cfo', 'platform'].map((name) => answersFileOf(`test/fixtures/answers/workshop-interaction/${name}.json`));
const MISUSE = 'risk.misuse';
const STANDARD = 'goals.standard';

function nameOf(file: AnswersFile): string {
  const name = file.respondent?.name;
  if (!name) throw new Error('Every golden case names its respondent');
  return name;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** From the start screen into a new workshop titled `title`: lands on the participants step. */
async function openWorkshop(page: Page, lang: Lang, title: string): Promise<void> {
  const { t } = words(lang);
  await heading1(page, t('questionnaire.start.title')).waitFor();
  await page.getByRole('button', { name: t('common.workshopEntry.button'), exact: true }).click();
  const setup = page.getByRole('heading', { level: 2, name: t('workshop.setup.heading') });
  await setup.waitFor();
  await expect.poll(() => setup.evaluate((el) => el === document.activeElement), POLL).toBe(true);
  await page.getByLabel(t('workshop.setup.title'), { exact: true }).fill(title);
  await page.getByRole('button', { name: t('workshop.setup.continue'), exact: true }).click();
  await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
}

async function addFiles(page: Page, lang: Lang, files: AnswersFile[]): Promise<void> {
  const label = words(lang).t('workshop.participants.filesButton');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label, exact: true }).filter({ hasText: label }).click();
  await (await chooser).setFiles(
    files.map((file, i) => ({ name: `${STORIES[i] ?? `p${i}`}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })),
  );
}

function participantsTable(page: Page, lang: Lang, count: number) {
  return page.getByRole('table', { name: words(lang).t('workshop.participants.tableCaption', { count }) });
}

describe('workshop mode', () => {
  it('imports five participants, walks the agenda in presenter mode, records agreed answers and exports the workshop PDF', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const { page, context, requests, errors } = await openApp(browser, { lang });
    await openWorkshop(page, lang, 'Board offsite');
    await screenshot(page, 'workshop-participants-en-1280');

    await addFiles(page, lang, FILES);
    const report = page.getByRole('status', { name: t('workshop.import.title') });
    await report.getByText(t('workshop.import.summary', { added: 5, refused: 0 }), { exact: true }).waitFor();
    const table = participantsTable(page, lang, 5);
    for (const file of FILES) await table.getByRole('rowheader', { name: nameOf(file) }).waitFor();
    await expectNoAxeViolations(page, 'the participants');

    await page.getByRole('button', { name: t('workshop.participants.continue'), exact: true }).click();
    await page.getByRole('heading', { name: t('workshop.overview.groupHeading') }).waitFor();
    await page.getByRole('table', { name: t('workshop.group.caption') }).waitFor();
    await page.getByText(/^Agreement \(Kendall's W\): /).waitFor();
    await expectNoAxeViolations(page, 'the workshop overview');

    await page.getByRole('button', { name: t('workshop.overview.toAgenda'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t('workshop.agenda.heading') }).waitFor();
    await expectNoAxeViolations(page, 'the agenda');

    await page.getByRole('button', { name: t('workshop.agenda.startPresenter'), exact: true }).click();
    const presenter = page.getByRole('dialog');
    await presenter.waitFor();
    const question = presenter.getByRole('heading', { level: 1 });
    const first = await question.innerText();
    await presenter.getByText(/^Item 1 of \d+$/).waitFor();
    await presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).click();
    await expect.poll(() => presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).count(), POLL).toBe(0);
    await expectNoAxeViolations(page, 'presenter mode, answers revealed');
    const choice = presenter.getByRole('group', { name: t('workshop.record.legend') }).getByRole('radio').first();
    const agreed = (await choice.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
    await choice.check();
    await presenter.getByRole('button', { name: t('workshop.record.save'), exact: true }).click();
    await presenter.getByText(t('workshop.agenda.agreed', { answer: agreed }), { exact: true }).waitFor();
    await screenshot(page, 'workshop-presenter-en-1280');
    // The agreed item now sorts after the open ones: the previous item is an open one again.
    await presenter.getByRole('button', { name: t('workshop.presenter.previous'), exact: true }).click();
    await expect.poll(() => question.innerText(), POLL).not.toBe(first);
    await presenter.getByRole('button', { name: t('workshop.presenter.exit'), exact: true }).click();
    await presenter.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: new RegExp(t('workshop.steps.agreed')) }).click();
    await page.getByRole('heading', { name: t('workshop.consensus.heading') }).waitFor();
    await page.getByText(/^Recommended: .+ \(score \d+(\.\d)?\)$/).waitFor();
    await expectNoAxeViolations(page, 'the agreed answers');

    const pdf = await downloadOf(page, () => page.getByRole('button', { name: t('workshop.pdf.download'), exact: true }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The workshop is kept: back to the questionnaire and into the workshop again, nothing lost.
    await page.getByRole('button', { name: t('workshop.exit'), exact: true }).click();
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await page.reload();
    await page.getByRole('button', { name: t('common.modes.workshop'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Board offsite' }).waitFor();

    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
    // The longest journey: five files, the whole agenda and a PDF, sharing the machine with another spec.
  }, 120_000);

  it('opens a share link built by the real encoder and adds it to the workshop; a damaged link is explained', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const file = FILES[1] as AnswersFile;
    const link = encodeShareLink(`${baseURL()}/`, file);
    const { page, context, errors } = await openApp(browser, { lang, path: `/${link.slice(link.indexOf('#'))}` });
    const outcome = page.getByRole('alert', { name: t('questionnaire.import.link.readyTitle') });
    await outcome.getByText(t('common.link.sharedBy', { name: nameOf(file) }), { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe('');
    await outcome.getByRole('button', { name: t('common.link.addToWorkshop'), exact: true }).click();

    await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
    await page.getByText(`${nameOf(file)}: ${t('workshop.import.added', { label: nameOf(file) })}`, { exact: true }).waitFor();
    await participantsTable(page, lang, 1).getByRole('rowheader', { name: nameOf(file) }).waitFor();

    // A link cut short when it was copied.
    await page.goto(`${baseURL()}/#answers=${link.slice(link.indexOf('=') + 1, link.indexOf('=') + 40)}`);
    const damaged = page.getByRole('alert', { name: t('common.link.cannotTitle') });
    await damaged.getByText(t('common.link.unchecked')).waitFor();
    await damaged.getByRole('button', { name: t('common.link.dismiss'), exact: true }).click();
    await damaged.waitFor({ state: 'detached' });

    // One character changed inside the payload: refused by its checksum, never read as other answers.
    const at = link.indexOf('=') + 120;
    const changed = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await page.goto(changed);
    await damaged.getByText(t('common.link.notDecodable')).waitFor();
    await damaged.getByRole('button', { name: t('common.link.dismiss'), exact: true }).click();
    await damaged.waitFor({ state: 'detached' });

    // Answers for another questionnaire.
    const foreign = encodeShareLink(`${baseURL()}/`, { ...file, rules: { id: 'another-pack', version: '1.0.0' } });
    await page.goto(foreign);
    const refused = page.getByRole('alert', { name: t('questionnaire.import.link.cannotTitle') });
    await refused.getByText(/another-pack/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['en', 'ja'] as const)('shares answers from the review as a link with a QR code that opens them (%s)', async (lang) => {
    const { t } = words(lang);
    // One page, the dialog opened at a phone's width and again at a laptop's.
    const { page, context } = await openApp(browser, { lang, width: 375 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await importAnswers(page, lang, FILES[0] as AnswersFile);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole('button', { name: t('common.share.button'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t('common.share.title') });
      await dialog.getByRole('img', { name: t('common.share.qrAlt') }).waitFor();
      const link = await dialog.getByRole('textbox', { name: t('common.share.linkLabel') }).inputValue();
      expect(link.startsWith(`${baseURL()}/#answers=`)).toBe(true);
      const decoded = decodeShareLink(link);
      expect(decoded.ok && (decoded.value as AnswersFile).answers).toEqual(FILES[0]?.answers);
      await dialog.getByRole('button', { name: t('common.share.copy'), exact: true }).click();
      await dialog.getByText(t('common.share.copied'), { exact: true }).waitFor();
      await screenshot(page, `share-dialog-${lang}-${width}`);
      if (width === 1280) await expectNoAxeViolations(page, `the share dialog (${lang})`);
      await dialog.getByRole('button', { name: t('common.close'), exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await context.close();
  });

  it('lets a participant answer in turn on this device, apart from the facilitator, and hand back', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const { page, context, errors } = await openApp(browser, { lang });
    await openWorkshop(page, lang, 'Pass the laptop');

    // Started, handed back unfinished (asked first), then discarded (asked first): nothing is added.
    await startTurn(page, lang, 'Kenji');
    await handBackUnfinished(page, lang, 'Kenji');
    await discardTurn(page, lang, 'Kenji');
    await page.getByText(t('workshop.participants.none'), { exact: true }).waitFor();

    await startTurn(page, lang, 'Dee');
    await expectNoAxeViolations(page, 'a turn on this device');
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, PACK.sections[0]?.title.en ?? '').waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: t('questionnaire.section.next'), exact: true }).click();
    await heading1(page, PACK.sections[1]?.title.en ?? '').waitFor();

    // A second tab (the same storage) opens on the turn, with no way into the workshop.
    const second = await context.newPage();
    await second.goto(page.url());
    await second.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    expect(await second.getByRole('navigation', { name: t('common.modes.label') }).count()).toBe(0);
    await second.close();

    // A browser restart (a new context on the same storage) finds the turn and what was answered.
    const restarted = await browser.newContext({ storageState: await context.storageState(), viewport: { width: 1280, height: 900 } });
    const again = await restarted.newPage();
    await again.goto(page.url());
    await again.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    await heading1(again, PACK.sections[1]?.title.en ?? '').waitFor();
    await restarted.close();

    // A reload keeps the turn and what was answered.
    await page.reload();
    await page.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    await heading1(page, PACK.sections[1]?.title.en ?? '').waitFor();
    for (const section of PACK.sections.slice(1)) {
      await heading1(page, section.title.en).waitFor();
      await answerSection(page);
      await page.getByRole('button', { name: t('questionnaire.section.next'), exact: true }).click();
    }
    await heading1(page, t('questionnaire.review.title')).waitFor();
    await screenshot(page, 'turn-review-en-1280');
    await page.getByRole('button', { name: t('common.turn.finish'), exact: true }).click();

    await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
    await participantsTable(page, lang, 1).getByRole('rowheader', { name: 'Dee' }).waitFor();
    // The facilitator's own answers were never touched, and the turn's are gone from this device.
    const stored = await page.evaluate(({ id, version }) => [localStorage.getItem(`aperture.session.${id}@${version}`), localStorage.getItem(`aperture.turn.${id}`)], { id: PACK.id, version: PACK.version });
    expect(stored).toEqual([null, null]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['en', 'ja'] as const)(
    'shows a three-way tie as a tie on the card and in the board summary, prints content not buttons, and presents at 1024×768 without scrolling (%s)',
    async (lang) => {
      const { t, text } = words(lang);
      const { page, context, errors } = await openApp(browser, { lang, width: 1024, height: 768 });
      await heading1(page, t('questionnaire.start.title')).waitFor();
      await page.getByRole('button', { name: t('common.workshopEntry.button'), exact: true }).click();
      await page.getByRole('heading', { level: 2, name: t('workshop.setup.heading') }).waitFor();
      await page.locator('.workshop-file-button input[type=file]').setInputFiles({ name: 'tie.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TIE_WORKSHOP)) });
      await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
      // The preview runs on 127.0.0.1: the invitation's QR code says phones cannot reach it.
      await page.getByText(t('workshop.participants.loopback', { address: new URL(baseURL()).host }), { exact: true }).first().waitFor();

      // A participant's full result, from the participants table.
      await page.getByRole('button', { name: t('workshop.participants.detailsFor', { name: 'Tie maker' }), exact: true }).click();
      const detail = page.getByRole('dialog', { name: t('workshop.participants.detailsTitle', { name: 'Tie maker' }) });
      await detail.getByRole('table', { name: t('workshop.participants.detailsRanking', { name: 'Tie maker' }) }).waitFor();
      await detail.getByRole('button', { name: t('workshop.participants.close'), exact: true }).click();
      await detail.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: new RegExp(t('workshop.steps.agreed')) }).click();
      await page.getByRole('heading', { name: t('workshop.consensus.heading') }).waitFor();
      const tiedNames = TIED.map((id) => text(PACK.options.find((o) => o.id === id)?.name ?? { en: id, ja: id }));
      const verdict = page.locator('.workshop-consensus .workshop-verdict');
      await expect.poll(() => verdict.innerText(), POLL).toMatch(lang === 'ja' ? /^同点で第一候補：/ : /^Tied first: /);
      for (const name of tiedNames) expect(await verdict.innerText()).toContain(name);
      expect(await verdict.innerText()).toContain('60.5');

      // Printing the agreed answers gives their content, not the app's bars, buttons or forms.
      await page.emulateMedia({ media: 'print' });
      const visibleButtons = () => page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')].filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(await visibleButtons()).toBe(0);
      expect(await verdict.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      const pdf = await downloadOf(page, () => page.getByRole('button', { name: t('workshop.pdf.download'), exact: true }).click());
      const probe = probePdf(pdf.bytes);
      const board = compact(probe.text.split(t('workshop.record.heading'))[0] ?? '');
      expect(board).toContain(compact(t('workshop.board.heading')));
      for (const name of tiedNames) expect(board).toContain(compact(name));
      expect(board).toContain(compact(t('workshop.board.actionsAfterTie')));
      expect(probe.compact).not.toContain(compact(t('workshop.agreed.intro')));

      await page.getByRole('button', { name: new RegExp(t('workshop.steps.agenda')) }).click();
      await page.getByRole('button', { name: t('workshop.agenda.startPresenter'), exact: true }).click();
      const presenter = page.getByRole('dialog');
      await presenter.getByRole('timer').waitFor();
      await presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).click();
      await presenter.getByRole('textbox', { name: t('workshop.presenter.notes'), exact: true }).fill(lang === 'ja' ? '法務が確認します' : 'Legal to confirm');
      await screenshot(page, `workshop-presenter-${lang}-1024`);
      const fits = await presenter.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(fits.scroll, 'presenter mode fits a 1024×768 projector').toBeLessThanOrEqual(fits.client + 1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(['en', 'ja'] as const)(
    'marks a question that changes the outcome only together with another, and follows the room when that other answer is agreed (%s)',
    async (lang) => {
      const { t } = words(lang);
      const w = workshopWords(PACK, lang, t);
      const { page, context, errors } = await openApp(browser, { lang });
      await openWorkshop(page, lang, lang === 'ja' ? '経営会議' : 'Platform board');
      await addFiles(page, lang, INTERACTION);
      await page.getByRole('status', { name: t('workshop.import.title') }).getByText(t('workshop.import.summary', { added: 3, refused: 0 }), { exact: true }).waitFor();
      await page.getByRole('button', { name: t('workshop.participants.continue'), exact: true }).click();
      await page.getByRole('button', { name: t('workshop.overview.toAgenda'), exact: true }).click();
      await page.getByRole('heading', { level: 2, name: t('workshop.agenda.heading') }).waitFor();

      const item = (question: string) => page.locator('.workshop-agenda__item').filter({ has: page.getByRole('heading', { level: 3, name: w.question(question), exact: true }) });
      const misuse = item(MISUSE);
      const lead = misuse.locator('.workshop-note p').first();
      const lines = () => misuse.locator('.workshop-note li').allInnerTexts();
      const noScore = (value: string, option: string) => t('workshop.agenda.outcomeNoScore', { answer: w.answer(MISUSE, value), options: w.options([option]) });

      // Nothing agreed: misuse alone keeps Open weights first, so the item names the other question it needs.
      await page.getByText(t('workshop.agenda.basis', { count: 0, options: w.options(['open-weights']) }), { exact: true }).waitFor();
      const withStandard = t('workshop.agenda.canChangeWith', { question: quotedInSentence(w.question(STANDARD)), given: w.answer(STANDARD, 'moderate') });
      await expect.poll(() => lead.innerText(), POLL).toBe(withStandard);
      expect(await lines()).toEqual([noScore('moderate', 'open-weights'), noScore('significant', 'staged')]);
      await expectNoAxeViolations(page, `the agenda with a pair (${lang})`);

      // The room agrees on a moderate standard in presenter mode.
      await page.getByRole('button', { name: t('workshop.agenda.presentItem', { question: w.question(STANDARD) }), exact: true }).click();
      const presenter = page.getByRole('dialog');
      await presenter.getByRole('heading', { level: 1, name: w.question(STANDARD), exact: true }).waitFor();
      await presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).click();
      await presenter.getByRole('group', { name: t('workshop.record.legend') }).getByRole('radio', { name: w.answer(STANDARD, 'moderate'), exact: true }).check();
      await presenter.getByRole('button', { name: t('workshop.record.save'), exact: true }).click();
      await presenter.getByText(t('workshop.agenda.agreed', { answer: w.answer(STANDARD, 'moderate') }), { exact: true }).waitFor();
      await presenter.getByRole('button', { name: t('workshop.presenter.exit'), exact: true }).click();
      await presenter.waitFor({ state: 'detached' });

      // Now misuse changes the outcome by itself: "significant" puts Staged release first (67.4, as the CLI scores it).
      await page.getByText(t('workshop.agenda.basis', { count: 1, options: w.options(['open-weights']) }), { exact: true }).waitFor();
      await expect.poll(() => lead.innerText(), POLL).toBe(t('workshop.agenda.canChange'));
      const significant = t('workshop.agenda.outcome', { answer: w.answer(MISUSE, 'significant'), options: w.options(['staged']), score: w.score(67.4) });
      expect(await lines()).toContain(significant);
      await screenshot(page, `workshop-agenda-interaction-${lang}-1280`);

      // The room then agrees on the standard's middle answer, "critical" (asked first): misuse can no longer change the outcome.
      const steps = page.getByRole('navigation', { name: t('workshop.steps.label') });
      await steps.getByRole('button', { name: t('workshop.steps.agreed'), exact: true }).click();
      await page.getByRole('heading', { name: t('workshop.consensus.heading') }).waitFor();
      await page.getByRole('button', { name: t('workshop.agreed.useMedianFor', { question: w.question(STANDARD) }), exact: true }).click();
      await page.getByRole('button', { name: t('workshop.agreed.replaceConfirm', { median: w.answer(STANDARD, 'critical') }), exact: true }).click();
      await page.getByText(t('workshop.agenda.agreed', { answer: w.answer(STANDARD, 'critical') }), { exact: true }).waitFor();
      await steps.getByRole('button', { name: t('workshop.steps.agenda'), exact: true }).click();
      await page.getByText(t('workshop.agenda.noneCanChange'), { exact: true }).waitFor();
      await page.getByText(t('workshop.agenda.foldedSummary', { count: 3 }), { exact: true }).click();
      await expect.poll(() => misuse.locator('.workshop-note').innerText(), POLL).toBe(t('workshop.agenda.cannotChange', { options: w.options(['open-weights']) }));
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(['en', 'ja'] as const)('looks right at phone and laptop widths: workshop entry and the turn banner (%s)', async (lang) => {
    for (const width of [375, 1280]) {
      const { page, context } = await openApp(browser, { lang, width });
      await openWorkshop(page, lang, lang === 'ja' ? '取締役会オフサイト' : 'Board offsite');
      await screenshot(page, `workshop-entry-${lang}-${width}`);
      await startTurn(page, lang, lang === 'ja' ? '佐藤' : 'Dee');
      await screenshot(page, `turn-banner-${lang}-${width}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), POLL).toBe(true);
      await handBackUnfinished(page, lang, lang === 'ja' ? '佐藤' : 'Dee');
      await screenshot(page, `turn-unfinished-${lang}-${width}`);
      await context.close();
    }
  });
});

async function handBackUnfinished(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  await page.getByRole('button', { name: t('common.turn.pause'), exact: true }).click();
  const ask = page.getByRole('dialog', { name: t('common.turn.pauseTitle', { label }) });
  await ask.getByRole('button', { name: t('common.turn.pauseConfirm'), exact: true }).click();
  await page.getByRole('status', { name: t('common.turn.unfinishedTitle', { label }) }).waitFor();
}

async function discardTurn(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  const notice = page.getByRole('status', { name: t('common.turn.unfinishedTitle', { label }) });
  await notice.getByRole('button', { name: t('common.turn.discard'), exact: true }).click();
  const ask = page.getByRole('dialog', { name: t('common.turn.discardTitle', { label }) });
  await ask.getByRole('button', { name: t('common.turn.discardConfirm'), exact: true }).click();
  await notice.waitFor({ state: 'detached' });
}

async function startTurn(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  await page.getByLabel(t('workshop.participants.turnLabel'), { exact: true }).fill(label);
  await page.getByRole('button', { name: t('workshop.participants.turnStart'), exact: true }).click();
  await page.getByRole('heading', { name: t('common.turn.bannerTitle', { label }) }).waitFor();
  await heading1(page, t('questionnaire.start.title')).waitFor();
  await page.getByRole('textbox', { name: t('questionnaire.respondent.name'), exact: true }).waitFor();
  expect(await page.getByRole('textbox', { name: t('questionnaire.respondent.name'), exact: true }).inputValue()).toBe(label);
}
