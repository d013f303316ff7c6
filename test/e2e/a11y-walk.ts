import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '@/i18n/messages';
import { ANSWERS_FORMAT } from '@/rules/answers/answers-schema';
import { expectNoAxeViolations, openApp, screenshot } from './browser';
import { answerSection, heading1, importFile, openResults, optionCards, PACK, POLL, submitSection, words } from './journey-helpers';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/**
 * Checks a screen with axe at 1280 px (and at 375 px when asked), checks that it reflows at 375 px
 * and saves a full-page screenshot at both widths. Violations are collected so that one walk
 * reports every screen.
 */
function screenChecker(page: Page, lang: string) {
  const violations: string[] = [];
  let count = 0;
  const axe = async (label: string) => {
    try {
      await expectNoAxeViolations(page, label);
    } catch (error) {
      violations.push(error instanceof Error ? error.message : String(error));
    }
  };
  const visit = async (screen: string, options: { phone?: boolean } = {}) => {
    count += 1;
    const name = `${lang}-${String(count).padStart(2, '0')}-${screen}`;
    await axe(`${screen} (${lang}, ${DESKTOP.width} px)`);
    await screenshot(page, `${name}-${DESKTOP.width}`);
    await page.setViewportSize(PHONE);
    if (options.phone) await axe(`${screen} (${lang}, ${PHONE.width} px)`);
    // Reflow (WCAG 1.4.10): nothing scrolls sideways on a phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) violations.push(`${screen} (${lang}) is ${width} px wide at ${PHONE.width} px: it scrolls sideways`);
    await screenshot(page, `${name}-${PHONE.width}`);
    await page.setViewportSize(DESKTOP);
  };
  return { visit, violations };
}

/**
 * Walks every screen in one language: each checked by axe, for reflow at 375 px, and captured.
 * Returns every violation found (none: an empty list). Each language has its own spec file
 * (a11y-en, a11y-ja), so that the two walks, the longest of the end-to-end tests, run side by side.
 */
export async function walkEveryScreen(browser: Browser, lang: Lang): Promise<string[]> {
  const { t, text } = words(lang);
  const { context, page } = await openApp(browser, { lang, ...DESKTOP });
  const { visit, violations } = screenChecker(page, lang);
  const [profile, data] = PACK.sections;
  if (!profile || !data) throw new Error('The pack lost a section');

  await heading1(page, t('questionnaire.start.title')).waitFor();
  await visit('start', { phone: true });

  const partial = { format: ANSWERS_FORMAT, rules: { id: PACK.id, version: PACK.version }, answers: { 'profile.size': 'enormous', 'profile.colour': 'blue', 'data.personal': 'some' } };
  let outcome = await importFile(page, lang, { name: 'partial.json', text: JSON.stringify(partial) });
  await visit('import-problems');
  await outcome.getByRole('button', { name: t('common.cancel'), exact: true }).click();
  outcome = await importFile(page, lang, { name: 'not-json.json', text: '{ "answers": ' });
  await visit('import-not-json');
  await outcome.getByRole('button', { name: t('common.cancel'), exact: true }).click();

  await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
  await heading1(page, text(profile.title)).waitFor();
  await submitSection(page, lang);
  await page.getByRole('alert', { name: t('questionnaire.errors.summaryTitle') }).waitFor();
  await visit('section-errors');
  await answerSection(page);
  await expect.poll(() => page.getByRole('alert', { name: t('questionnaire.errors.summaryTitle') }).count(), POLL).toBe(0);
  await visit(`section-${profile.id}`);
  await submitSection(page, lang);

  // Back twice: the start screen offers to continue.
  await heading1(page, text(data.title)).waitFor();
  await page.getByRole('button', { name: t('questionnaire.section.back'), exact: true }).click();
  await heading1(page, text(profile.title)).waitFor();
  await page.getByRole('button', { name: t('questionnaire.section.back'), exact: true }).click();
  await page.getByRole('heading', { level: 2, name: t('questionnaire.start.resumeTitle') }).waitFor();
  await visit('start-resume');
  await page.getByRole('button', { name: t('questionnaire.start.continue'), exact: true }).click();
  await heading1(page, text(profile.title)).waitFor();
  await submitSection(page, lang);

  for (const section of PACK.sections.slice(1)) {
    await heading1(page, text(section.title)).waitFor();
    await answerSection(page);
    await visit(`section-${section.id}`);
    await submitSection(page, lang);
  }

  await heading1(page, t('questionnaire.review.title')).waitFor();
  await visit('review');
  await page.getByRole('button', { name: t('questionnaire.startOver.button'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('questionnaire.startOver.title') });
  await dialog.waitFor();
  await visit('start-over-dialog');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count(), POLL).toBe(0);

  await openResults(page, lang);
  await optionCards(page, lang).first().getByRole('button', { name: t('results.ranking.showExplanation') }).click();
  await page.getByRole('heading', { level: 4 }).first().waitFor();
  await page.getByRole('region', { name: t('results.ranking.heading'), exact: true }).getByText(t('results.ranking.showData'), { exact: true }).click();
  await page.getByRole('table', { name: t('results.ranking.tableCaption') }).waitFor();
  await visit('results', { phone: true });

  await context.close();
  return violations;
}
