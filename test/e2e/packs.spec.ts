import { countedQuestions } from '@/engine/express/open-questions';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n/messages';
import type { Pack } from '@/rules/pack/pack-schema';
import { hiddenQuestionCount, progressOf } from '@/questionnaire/machine/navigation';
import { expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { answerSection, heading1, PACK, POLL, resultsReady, words } from './journey-helpers';

/**
 * Custom rules packs in the browser: the shorter example pack replaces the questionnaire with no
 * code change, stays across a reload, and the default pack is one click away; a broken pack is
 * explained line by line and changes nothing; a newer version of a pack carries over the answers
 * to unchanged questions and names the changed one.
 */

const QUICK_TEXT = readFileSync('rules/examples/quick-check.json', 'utf8');
const QUICK = JSON.parse(QUICK_TEXT) as Pack;
const BROKEN_TEXT = readFileSync('test/fixtures/packs/bad-not-a-choice.json', 'utf8');

/** Version 1.1.0 of the quick check: "How much harm could misuse do?" gains a fourth choice. */
function quickCheckNext(): { pack: Pack; changed: string } {
  const pack = structuredClone(QUICK) as Pack & { version: string };
  pack.version = '1.1.0';
  const misuse = pack.sections.flatMap((s) => s.questions).find((q) => q.id === 'risk.misuse');
  if (!misuse || misuse.kind !== 'choice') throw new Error('The quick check has no choice question risk.misuse');
  misuse.choices.push({ value: 'extreme', label: { en: 'Extreme', ja: '極めて大きい' } });
  return { pack, changed: misuse.text.en };
}

/** "N questions in M sections" as the start screen says it for a pack with no answers yet. */
function startCounts(pack: Pack, lang: Lang): string {
  const { sections } = progressOf(pack, {});
  return words(lang).t(hiddenQuestionCount(pack, {}) > 0 ? 'questionnaire.start.questionsMore' : 'questionnaire.start.questions', { questions: countedQuestions(pack, {}).length, sections });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function choosePack(page: Page, lang: Lang, name: string, text: string): Promise<void> {
  const label = words(lang).t('common.pack.button');
  const chooser = page.waitForEvent('filechooser');
  // The visible button (the file input it opens carries the same name).
  await page.getByRole('button', { name: label, exact: true }).filter({ hasText: label }).last().click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

function packBar(page: Page, lang: Lang, pack: Pick<Pack, 'title' | 'version'>) {
  return page.getByText(words(lang).t('common.pack.active', { title: pack.title[lang], version: pack.version }), { exact: true });
}

/** Answers every section of the active pack generically and opens the results. */
async function answerAll(page: Page, lang: Lang, pack: Pack): Promise<void> {
  const { t } = words(lang);
  await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
  for (const section of pack.sections) {
    await heading1(page, section.title[lang]).waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: t('questionnaire.section.next'), exact: true }).click();
  }
  await heading1(page, t('questionnaire.review.title')).waitFor();
  await page.getByRole('button', { name: t('questionnaire.review.seeResults'), exact: true }).click();
  await resultsReady(page, lang);
}

describe('custom rules packs', () => {
  it('loads the example pack: its questions replace the questionnaire, it survives a reload, and the default is one click away', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const { page, requests, errors, context } = await openApp(browser, { lang });
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await packBar(page, lang, PACK).waitFor();

    await choosePack(page, lang, 'quick-check.json', QUICK_TEXT);
    await page.getByRole('status').filter({ hasText: t('common.pack.loadedTitle', { title: QUICK.title.en, version: QUICK.version }) }).waitFor();
    await packBar(page, lang, QUICK).waitFor();
    await page.getByText(startCounts(QUICK, lang), { exact: true }).waitFor();
    await screenshot(page, 'packs-loaded-en-1280');

    // Questions only the quick check asks; then its own results.
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, QUICK.sections[0]?.title.en ?? '').waitFor();
    await page.getByRole('main').getByRole('group', { name: 'Do you have people who can run and adapt models?' }).waitFor();
    await page.getByRole('button', { name: t('questionnaire.section.back'), exact: true }).click();
    await answerAll(page, lang, QUICK);
    await page.getByRole('button', { name: t('results.review') }).first().click();
    await heading1(page, t('questionnaire.review.title')).waitFor();
    await page.getByText('How do you view imitation by competitors?', { exact: true }).waitFor();

    await page.reload();
    await heading1(page, t('questionnaire.review.title')).waitFor();
    await packBar(page, lang, QUICK).waitFor();

    await page.getByRole('button', { name: t('common.pack.backToDefault'), exact: true }).click();
    await packBar(page, lang, PACK).waitFor();
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await page.getByText(startCounts(PACK, lang), { exact: true }).waitFor();
    await page.reload();
    await packBar(page, lang, PACK).waitFor();

    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['en', 'ja'] as const)('explains every problem of a broken pack with its place in the file, and keeps the pack in use (%s)', async (lang) => {
    const { t } = words(lang);
    for (const width of [375, 1280]) {
      const { page, context } = await openApp(browser, { lang, width });
      await heading1(page, t('questionnaire.start.title')).waitFor();
      await choosePack(page, lang, 'bad-not-a-choice.json', BROKEN_TEXT);
      const problems = page.getByRole('alert', { name: t('common.pack.cannotTitle', { file: 'bad-not-a-choice.json' }) });
      await problems.waitFor();
      await expect.poll(() => problems.getByRole('listitem').allInnerTexts(), POLL).toEqual([
        lang === 'en'
          ? 'rules[0].when.all[0].atLeast: "hgh" is not a choice of data.uniqueness (none, low, medium, high, unique); did you mean high?'
          : 'rules[0].when.all[0].atLeast：「hgh」は data.uniqueness の選択肢（none、low、medium、high、unique）にありません。high のことですか。',
      ]);
      expect(await problems.locator('code').innerText()).toBe('rules[0].when.all[0].atLeast');
      await problems.getByText(t('common.pack.unchanged')).waitFor();
      await packBar(page, lang, PACK).waitFor();
      await problems.scrollIntoViewIfNeeded();
      await screenshot(page, `packs-broken-${lang}-${width}`);
      if (width === 1280) await expectNoAxeViolations(page, `the problems of a broken pack (${lang})`);
      await context.close();
    }
  });

  it('carries answers over to a newer version of the pack and names the question that changed', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const next = quickCheckNext();
    const { page, context, errors } = await openApp(browser, { lang });
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await choosePack(page, lang, 'quick-check.json', QUICK_TEXT);
    await packBar(page, lang, QUICK).waitFor();
    await answerAll(page, lang, QUICK);

    // From the results, through the header: no need to go back to the start.
    await page.getByRole('button', { name: t('common.pack.change'), exact: true }).click();
    await page.getByRole('dialog', { name: t('common.pack.title') }).waitFor();
    await choosePack(page, lang, 'quick-check-1.1.json', JSON.stringify(next.pack));
    await packBar(page, lang, next.pack).waitFor();
    const notice = page.getByRole('status', { name: t('questionnaire.migration.title') });
    await notice.waitFor();
    await notice.getByText(t('questionnaire.migration.versions', { from: '1.0.0', to: '1.1.0' }), { exact: false }).waitFor();
    // Nine questions were answered (one is hidden by the first answer); the one that changed is not carried.
    await notice.getByText(t('questionnaire.migration.carried', { count: 8 }), { exact: false }).waitFor();
    const changed = notice.getByRole('list').first();
    expect(await changed.getByRole('listitem').allInnerTexts()).toEqual([next.changed]);
    // Only the changed question waits for an answer; the others were kept.
    await heading1(page, t('results.title')).waitFor();
    await screenshot(page, 'packs-migrated-en-1280');
    await expectNoAxeViolations(page, 'the migration notice');
    expect(errors).toEqual([]);
    await context.close();
  });
});
