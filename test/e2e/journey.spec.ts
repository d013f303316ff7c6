import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationInSentence, localize, localizeEither } from '@/i18n/t';
import { compact, probePdf } from '../support/pdf-probe';
import { expectOnlyOwnOrigin, launchBrowser, openApp } from './browser';
import {
  answerQuestion,
  answersFileOf,
  asEntered,
  downloadOf,
  expectedRanking,
  expectFocused,
  expectRankingOf,
  expectReviewOf,
  fillSection,
  heading1,
  importAnswers,
  openResults,
  optionCards,
  PACK,
  POLL,
  question,
  questionGroup,
  submitSection,
  words,
} from './journey-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/**
 * One journey per language. The English answers and respondent are written in Latin letters only,
 * so that the English report must not need the Japanese font; the Japanese ones in kanji and kana,
 * so that the Japanese report must.
 */
const JOURNEYS = [
  { lang: 'en', story: 'test/fixtures/answers/startup-en.json', fileName: /^aperture-report-\d{4}-\d{2}-\d{2}\.pdf$/ },
  { lang: 'ja', story: 'test/golden/regional-bank.json', fileName: /^aperture-report-\d{4}-\d{2}-\d{2}-ja\.pdf$/ },
] as const;

describe.each(JOURNEYS)('the whole journey in $lang', ({ lang, story, fileName }) => {
  it('goes from the start through every section and the review to explained results and a named PDF with the ranking and the respondent, talking only to its own origin', async () => {
    const { t, text } = words(lang);
    const file = answersFileOf(story);
    const { answers, respondent } = file;
    if (!respondent?.name || !respondent.company) throw new Error(`${story} names no respondent and company: the report check needs both`);
    const { context, page, requests, pageRequests, errors } = await openApp(browser, { lang });

    await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe(lang);
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await page.getByRole('textbox', { name: t('questionnaire.respondent.name'), exact: true }).fill(respondent.name);
    await page.getByRole('textbox', { name: t('questionnaire.respondent.company'), exact: true }).fill(respondent.company);
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();

    // Every section in turn: its number, its heading (with focus on it), then the answers.
    const number = new Intl.NumberFormat(lang);
    for (const [i, section] of PACK.sections.entries()) {
      const title = heading1(page, text(section.title));
      await title.waitFor();
      await expectFocused(title, `the heading of section ${section.id}`);
      await page.getByText(t('questionnaire.progress.section', { current: number.format(i + 1), total: number.format(PACK.sections.length) }), { exact: true }).waitFor();
      await fillSection(page, section, answers, lang);
      await submitSection(page, lang);
    }

    await heading1(page, t('questionnaire.review.title')).waitFor();
    await page.getByText(t('questionnaire.review.allAnswered'), { exact: true }).waitFor();
    await expectReviewOf(page, asEntered(answers), lang);

    await openResults(page, lang);
    await expectRankingOf(page, lang, answers);
    const [top] = expectedRanking(answers);
    if (!top) throw new Error('The engine ranked no option');
    const topName = localize(PACK.options.find((o) => o.id === top.option)?.name ?? { en: top.option, ja: top.option }, lang);
    const topCard = optionCards(page, lang).first();
    expect(await topCard.getByRole('heading', { level: 3 }).innerText()).toBe(topName);
    // Japanese names a person as company then name (an ideographic space between), English as "name, company".
    const who = lang === 'ja' ? [respondent.company, respondent.name].join('\u3000') : [respondent.name, respondent.company].join(', ');
    await page.getByText(t('results.preparedFor', { who })).waitFor();

    // The explanation of the top option: how its score is made, each reason with its source.
    const toggle = topCard.getByRole('button', { name: t('results.ranking.showExplanation') });
    // Named with its option, read out with a space between the two parts ("Why this score? — Fully open").
    expect(await toggle.ariaSnapshot()).toBe(`- button "${t('results.ranking.showExplanation')} ${t('results.ranking.explanationOf', { option: topName })}"`);
    await toggle.click();
    await expect.poll(() => topCard.getByRole('button', { name: t('results.ranking.hideExplanation') }).getAttribute('aria-expanded'), POLL).toBe('true');
    await topCard.getByRole('heading', { level: 4, name: t('results.explain.heading', { option: topName }) }).waitFor();
    expect(top.contributions.length, 'the top option has reasons to show').toBeGreaterThan(0);
    const rules = new Map(PACK.rules.map((r) => [r.id, r]));
    const sources = new Map(PACK.sources.map((s) => [s.id, s]));
    for (const contribution of top.contributions) {
      const rule = rules.get(contribution.rule);
      const source = rule ? sources.get(rule.source) : undefined;
      if (!rule || !source) throw new Error(`Rule ${contribution.rule} or its source is not in the pack`);
      await topCard.getByText(localize(rule.because, lang)).first().waitFor();
      const citation = citationInSentence(localizeEither(source.citation, lang));
      if (source.url) {
        const link = topCard.getByRole('link', { name: citation, exact: true }).first();
        expect(await link.getAttribute('href')).toBe(source.url);
      } else {
        await topCard.getByText(t('results.explain.source', { citation })).first().waitFor();
      }
    }

    // The report: a named PDF with the ranking and the respondent, in the page's language.
    const exportButton = page.getByRole('button', { name: t('results.export.button'), exact: true });
    const pdf = await downloadOf(page, () => exportButton.click());
    expect(pdf.name).toMatch(fileName);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    // Ready for another export, with neither a failure nor characters the font lacked.
    await expect.poll(() => exportButton.getAttribute('aria-disabled'), POLL).not.toBe('true');
    expect(await page.getByText(t('results.export.failed')).count()).toBe(0);
    expect(await page.getByText(t('results.export.replaced', { chars: '' }).trim()).count()).toBe(0);
    const read = probePdf(pdf.bytes);
    expect(read.pages).toBeGreaterThan(1);
    expect(read.text).not.toContain('〓');
    expect(read.compact).toContain(compact(topName));
    for (const field of [respondent.name, respondent.company]) expect(read.compact).toContain(compact(field));
    // A Japanese report needs the Japanese font, fetched once from the app's own origin; an English
    // report whose texts are all Latin never downloads it.
    expect(pageRequests.filter((url) => /\.ttf(\?|$)/.test(url))).toHaveLength(lang === 'ja' ? 1 : 0);

    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('check your answers', () => {
  it('changes an answer and comes back to the review, with focus on the question and then on the review', async () => {
    const lang = 'en';
    const { t, text } = words(lang);
    const file = answersFileOf('test/fixtures/answers/startup-en.json');
    const { context, page } = await openApp(browser, { lang });
    await importAnswers(page, lang, file);

    const misuse = question('risk.misuse');
    if (misuse.kind !== 'choice') throw new Error('risk.misuse is a choice question');
    const before = misuse.choices.find((c) => c.value === file.answers['risk.misuse']);
    const after = misuse.choices.find((c) => c.value === 'significant');
    if (!before || !after) throw new Error('risk.misuse lacks the choices this test uses');

    await page.getByRole('link', { name: t('questionnaire.review.changeWhat', { question: text(misuse.text) }) }).click();
    const section = PACK.sections.find((s) => s.questions.includes(misuse));
    await heading1(page, text(section?.title ?? { en: '', ja: '' })).waitFor();
    const group = questionGroup(page, misuse, lang);
    await expectFocused(group.getByRole('radio', { name: text(before.label), exact: true }), 'the radio of the current answer');
    expect(await group.getByRole('radio', { name: text(before.label), exact: true }).isChecked()).toBe(true);

    await answerQuestion(page, misuse, after.value, lang);
    await page.getByRole('button', { name: t('questionnaire.section.saveToReview'), exact: true }).click();
    const review = heading1(page, t('questionnaire.review.title'));
    await review.waitFor();
    await expectFocused(review, 'the heading of the review');
    await expectReviewOf(page, { ...file.answers, 'risk.misuse': after.value }, lang);
    await context.close();
  });
});
