import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpress } from '@/engine/express/express-path';
import { assess } from '@/engine/express/assess';
import { settledness } from '@/engine/express/settledness';
import { sessionKey } from '@/questionnaire/storage/session-storage';
import { expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { answerQuestion, answerSection, answersFileOf, heading1, optionCards, PACK, POLL, question, resultsReady, submitSection, words } from './journey-helpers';

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

describe('the full questionnaire', () => {
  it('says on a section when the answers so far settle the recommendation, and leads to the results from there', async () => {
    const { t } = words('en');
    const full = answersFileOf('test/golden/saas-startup.json').answers;
    // The first section before which the answers of the earlier sections already settle it (the engine says so).
    const sections = PACK.sections;
    const settledAt = sections.findIndex((_, k) => {
      const earlier = new Set(sections.slice(0, k).flatMap((s) => s.questions.map((q) => q.id)));
      const state = settledness(PACK, Object.fromEntries(Object.entries(full).filter(([id]) => earlier.has(id))));
      return k > 0 && state.settled && state.remaining.length > 0;
    });
    const section = sections[settledAt];
    if (!section) throw new Error('The story never settles before its last section');
    const earlier = new Set(sections.slice(0, settledAt).flatMap((s) => s.questions.map((q) => q.id)));
    const answers = Object.fromEntries(Object.entries(full).filter(([id]) => earlier.has(id)));
    const remaining = settledness(PACK, answers).remaining.length;
    const { page, requests } = await openApp(browser);
    const record = { version: 1, pack: { id: PACK.id, version: PACK.version }, answers, position: { screen: 'section', section: section.id }, revision: 1, savedAt: '2026-12-01T00:00:00.000Z' };
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [sessionKey(PACK), JSON.stringify(record)] as const);
    await page.reload();
    await heading1(page, section.title.en).waitFor();
    // The notice has a chunk of its own, fetched after the section's: it follows the section.
    const notice = page.getByRole('status').filter({ hasText: t('questionnaire.express.settledTitle') });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(t('questionnaire.express.settledOther', { count: String(remaining) }));
    await notice.getByRole('button', { name: t('questionnaire.express.seeResultsNow'), exact: true }).click();
    await resultsReady(page, 'en');
    expectOnlyOwnOrigin(requests);
  });
});

describe('the bundled pack, questions first', () => {
  /** Opens the app with the download of the bundled pack's rules held until `release` is called. */
  async function openWithRulesHeld() {
    const held: Route[] = [];
    let released = false;
    const session = await openApp(browser, {
      prepare: (context) =>
        context.route(/\/assets\/rules-en-[^/]+\.json$/, (route) => {
          if (released) return route.continue();
          held.push(route);
          return undefined;
        }),
    });
    const release = async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    };
    return { ...session, held, release };
  }

  it('shows the questionnaire before the rules have arrived; what scores waits for them and then works', async () => {
    const { t } = words('en');
    const first = PACK.sections[0];
    const second = PACK.sections[1];
    if (!first || !second) throw new Error('The pack has fewer than two sections');

    // The start screen and two sections, with the rules still on their way.
    const sections = await openWithRulesHeld();
    await heading1(sections.page, t('questionnaire.start.title')).waitFor();
    await expect.poll(() => sections.held.length, POLL).toBe(1);
    await sections.page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(sections.page, first.title.en).waitFor();
    await answerSection(sections.page);
    await submitSection(sections.page, 'en');
    await heading1(sections.page, second.title.en).waitFor();
    expect(sections.errors).toEqual([]);
    await sections.context.close();

    // The express path weighs answers against the rules: it waits for them, then asks.
    const express = await openWithRulesHeld();
    await express.page.getByRole('button', { name: t('questionnaire.express.start'), exact: true }).click();
    await expect.poll(() => express.held.length, POLL).toBe(1);
    await express.page.getByRole('status').filter({ hasText: t('common.loading') }).waitFor();
    expect(await heading1(express.page, t('questionnaire.express.title')).count()).toBe(0);
    await express.release();
    await heading1(express.page, t('questionnaire.express.title')).waitFor();
    await express.page.getByRole('main').getByRole('radio').first().waitFor();
    expect(express.errors).toEqual([]);
    await express.context.close();
  });
});
