import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { decodeShareLink } from '@/lib/share/share-link';
import { workshopWords } from '@/report/phrases/workshop-words';
import { quotedInSentence } from '@/i18n/t';
import { compact, probePdf } from '../support/pdf-probe';
import { baseURL, expectNoAxeViolations, launchBrowser, openApp, screenshot } from './browser';
import { answersFileOf, downloadOf, heading1, importAnswers, PACK, POLL, words } from './journey-helpers';
import { addFiles, FILES, handBackUnfinished, openWorkshop, startTurn } from './workshop-helpers';

/**
 * The workshop room's harder cases: a share dialog with its QR code, a three-way tie shown as a tie
 * on screen, in print and in the PDF, a question that changes the outcome only together with another,
 * and the workshop's look at phone and laptop widths.
 */

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

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the workshop room', () => {
  // In Japanese: the English dialog is checked in app-turn.test.tsx.
  it('shares answers from the review as a link with a QR code that opens them (ja)', async () => {
    const lang = 'ja';
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

  // In Japanese: the logic does not depend on the language, and the English notes come from the same
  // keys, whose placeholders messages.test.ts keeps the same in both languages.
  it(
    'marks a question that changes the outcome only together with another, and follows the room when that other answer is agreed (ja)',
    async () => {
      const lang = 'ja';
      const { t } = words(lang);
      const w = workshopWords(PACK, lang, t);
      const { page, context, errors } = await openApp(browser, { lang });
      await openWorkshop(page, lang, '経営会議');
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
