import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpress } from '@/engine/express/express-path';
import { assess } from '@/engine/express/assess';
import { expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { answerQuestion, answersFileOf, heading1, optionCards, PACK, question, resultsReady, words } from './journey-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

// What the results show: questions proven not needed never hold the verdict back.
const recommendedOf = (answers: Parameters<typeof assess>[1]) =>
  assess(PACK, answers)
    .ranking.filter((r) => r.verdict === 'recommended')
    .map((r) => r.option);

describe.each([
  { lang: 'en', story: 'test/golden/saas-startup.json' },
  { lang: 'ja', story: 'test/golden/regional-bank.json' },
] as const)('the express path in $lang', ({ lang, story }) => {
  it('asks only what can change the answer, stops early and recommends what the full questionnaire does', async () => {
    const { t } = words(lang);
    const full = answersFileOf(story).answers;
    const run = runExpress(PACK, full);
    const total = PACK.sections.flatMap((s) => s.questions).length;
    expect(run.asked.length).toBeLessThan(total);
    const { page, requests } = await openApp(browser, { lang });
    await page.getByRole('button', { name: t('questionnaire.express.start'), exact: true }).click();
    for (const [i, id] of run.asked.entries()) {
      const q = question(id);
      await heading1(page, t('questionnaire.express.title')).waitFor();
      const value = full[id];
      if (value !== undefined) await answerQuestion(page, q, value, lang);
      if (i === 0 && typeof value === 'string') {
        // The answer being given is a draft: a reload keeps it on the same question.
        await expect
          .poll(() => page.evaluate((v) => Object.keys(localStorage).some((k) => /"draft":/.test(localStorage.getItem(k) ?? '') && (localStorage.getItem(k) ?? '').includes(v)), value))
          .toBe(true);
        await page.reload();
        await heading1(page, t('questionnaire.express.title')).waitFor();
        const label = q.kind === 'choice' ? q.choices.find((c) => c.value === value)?.label[lang] : undefined;
        if (label) expect(await page.getByRole('main').getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
      }
      await page.getByRole('button', { name: t('questionnaire.express.next'), exact: true }).click();
    }
    const notice = page.getByRole('status').filter({ hasText: t('questionnaire.express.settledTitle') });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(t('questionnaire.express.settledOther', { count: new Intl.NumberFormat(lang).format(run.remaining.length) }));
    await expectNoAxeViolations(page, `express settled (${lang})`);
    await screenshot(page, `express-settled-${lang}`);
    await page.getByRole('button', { name: t('questionnaire.express.seeResults'), exact: true }).click();
    await resultsReady(page, lang);
    const recommended = recommendedOf(full);
    expect(recommendedOf(run.answers)).toEqual(recommended);
    const cards = optionCards(page, lang);
    const first = PACK.options.find((o) => o.id === recommended[0]);
    expect(await cards.nth(0).getByRole('heading', { level: 3 }).innerText()).toBe(first?.name[lang]);
    await page.getByRole('heading', { level: 3, name: t('results.revisit.notNeeded') }).waitFor();
    expectOnlyOwnOrigin(requests);
  }, 120_000);
});
