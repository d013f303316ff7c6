import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { defaultPack } from '@/packs/load/default-pack';
import { rankOptions } from '@/engine/score/score';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import type { RankedOption } from '@/engine/score/types';
// The results texts are registered by their domain module (loaded lazily in the app).
import '@/i18n/domains/results';
import type { Lang } from '@/i18n/messages';
import { localize, translator, type Translate } from '@/i18n/t';
import { isUnsure, type AnswerValue, type Answers, type AnswersFile } from '@/rules/answers/answers-schema';
import type { LocalizedText, Pack, Question, Section } from '@/rules/pack/pack-schema';
import { answerText } from '@/questionnaire/import/answer-text';
import { formatsFor } from '@/results/format';

/**
 * Steps of the questionnaire journey for the end-to-end specs: every locator is by role, label or
 * text, in the language of the page; every wait is on something the user would see.
 */

export const PACK: Pack = defaultPack;

/** How long a web-first poll waits for the page (the machine is shared: be patient, never sleep). */
export const POLL = { timeout: 10_000 } as const;

export type Words = { t: Translate; text: (text: LocalizedText) => string };

export function words(lang: Lang): Words {
  return { t: translator(lang), text: (text) => localize(text, lang) };
}

/** An answers file of `test/fixtures/answers/` or the answers of a golden case of `test/golden/`. */
export function answersFileOf(path: string): AnswersFile {
  const json = JSON.parse(readFileSync(resolve(path), 'utf8')) as AnswersFile | { answers: AnswersFile };
  return 'format' in json ? json : json.answers;
}

export function question(id: string): Question {
  const found = PACK.sections.flatMap((s) => s.questions).find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id} in the pack`);
  return found;
}

export function heading1(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** Focus is on the element (polled: focus moves after React commits). */
export async function expectFocused(locator: Locator, what: string): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement), { ...POLL, message: `focus is on ${what}` }).toBe(true);
}

/** The fieldset (radios, checkboxes) of a question, named by its legend. */
export function questionGroup(page: Page, q: Question, lang: Lang): Locator {
  return page.getByRole('main').getByRole('group', { name: localize(q.text, lang) });
}

/** Answers one question the way a user would: the radio, the checkboxes or the text box. */
export async function answerQuestion(page: Page, q: Question, value: AnswerValue, lang: Lang): Promise<void> {
  const { t, text } = words(lang);
  if (q.kind === 'text') {
    await page.getByRole('main').getByRole('textbox', { name: text(q.text) }).fill(typeof value === 'string' ? value : '');
    return;
  }
  const group = questionGroup(page, q, lang);
  if (q.kind === 'choice') {
    const label = isUnsure(value) ? t('common.notSure') : text(q.choices.find((c) => c.value === value)?.label ?? { en: String(value), ja: String(value) });
    await group.getByRole('radio', { name: label, exact: true }).check();
    return;
  }
  const ticked = Array.isArray(value) ? value : [];
  for (const choice of q.choices) {
    const box = group.getByRole('checkbox', { name: text(choice.label), exact: true });
    await (ticked.includes(choice.value) ? box.check() : box.uncheck());
  }
}

/** Answers the questions of a section that `answers` holds, in the order of the pack. */
export async function fillSection(page: Page, section: Section, answers: Answers, lang: Lang): Promise<void> {
  for (const q of section.questions) {
    const value = answers[q.id];
    if (value !== undefined) await answerQuestion(page, q, value, lang);
  }
}

/**
 * Answers every shown question of the current section whatever it asks: the first radio of each
 * group, the first checkbox of each list, `text` in each empty text box. Questions that appear
 * because of an answer are answered too.
 */
export async function answerSection(page: Page, text = 'Written in an end-to-end test.'): Promise<void> {
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
      await box.fill(text);
      changed = true;
    }
    if (!changed) return;
  }
  throw new Error('The section kept showing new unanswered questions');
}

export async function submitSection(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: words(lang).t('questionnaire.section.next'), exact: true }).click();
}

/** From the first section to "check your answers", answering each section from `answers`. */
export async function answerEverySection(page: Page, answers: Answers, lang: Lang): Promise<void> {
  const { t, text } = words(lang);
  for (const section of PACK.sections) {
    await heading1(page, text(section.title)).waitFor();
    await fillSection(page, section, answers, lang);
    await submitSection(page, lang);
  }
  await heading1(page, t('questionnaire.review.title')).waitFor();
}

/** Picks a file through the import button's file chooser; resolves with the outcome that names the file. */
export async function importFile(page: Page, lang: Lang, file: { name: string; text: string }): Promise<Locator> {
  const label = words(lang).t('questionnaire.import.button');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label, exact: true }).filter({ hasText: label }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const outcome = page.getByRole('alert').filter({ hasText: file.name });
  await outcome.waitFor();
  return outcome;
}

/** Imports a whole, valid answers file from the start screen: lands on "check your answers". */
export async function importAnswers(page: Page, lang: Lang, file: AnswersFile, name = 'answers.json'): Promise<void> {
  const { t } = words(lang);
  const outcome = await importFile(page, lang, { name, text: JSON.stringify(file) });
  await outcome.getByRole('button', { name: t('questionnaire.import.confirm'), exact: true }).click();
  await heading1(page, t('questionnaire.review.title')).waitFor();
}

/** Runs `trigger` and resolves with the file it downloads. */
export async function downloadOf(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await trigger();
  const download = await event;
  const failure = await download.failure();
  if (failure) throw new Error(`The download of ${download.suggestedFilename()} failed: ${failure}`);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Waits for the results, robustness included. */
export async function resultsReady(page: Page, lang: Lang): Promise<void> {
  const { t } = words(lang);
  await heading1(page, t('results.title')).waitFor();
  const robustness = page.getByRole('region', { name: t('results.robustness.heading'), exact: true });
  await robustness.getByRole('heading', { level: 3, name: t('results.robustness.acceptabilityHeading') }).waitFor();
  await expect.poll(() => robustness.getAttribute('aria-busy'), POLL).toBe('false');
}

/** From "check your answers" to the results. */
export async function openResults(page: Page, lang: Lang): Promise<void> {
  const { t } = words(lang);
  const see = new RegExp(`^(${escapeRegExp(t('questionnaire.review.seeResults'))}|${escapeRegExp(t('questionnaire.review.seeResultsAnyway'))})$`);
  await page.getByRole('button', { name: see }).click();
  await resultsReady(page, lang);
}

/** The option cards of the ranking, in order. */
export function optionCards(page: Page, lang: Lang): Locator {
  return page
    .getByRole('region', { name: words(lang).t('results.ranking.heading'), exact: true })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
}

/** What the ranking shows, card by card (name, verdict, score, summary, guards). */
export async function rankingShown(page: Page, lang: Lang): Promise<string[]> {
  return (await optionCards(page, lang).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

export function expectedRanking(answers: Answers): RankedOption[] {
  return rankOptions(PACK, answers).ranking;
}

/** Each card shows the engine's option, verdict and score, in the engine's order. */
export async function expectRankingOf(page: Page, lang: Lang, answers: Answers): Promise<void> {
  const { t } = words(lang);
  const f = formatsFor(lang);
  const expected = expectedRanking(answers);
  const cards = optionCards(page, lang);
  await expect.poll(() => cards.count(), POLL).toBe(expected.length);
  const index = new Map(PACK.options.map((o) => [o.id, localize(o.name, lang)]));
  for (const [i, ranked] of expected.entries()) {
    const card = cards.nth(i);
    expect(await card.getByRole('heading', { level: 3 }).innerText()).toBe(index.get(ranked.option));
    const text = await card.innerText();
    expect(text).toContain(t(`results.verdict.${ranked.verdict}`));
    expect(text).toContain(t('results.ranking.score', { score: f.score(ranked.score) }));
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Answers as the form stores them: the ticked values of a multi question in the order of its choices. */
export function asEntered(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => {
      const q = PACK.sections.flatMap((s) => s.questions).find((candidate) => candidate.id === id);
      return [id, q?.kind === 'multi' && Array.isArray(value) ? q.choices.map((c) => c.value).filter((v) => value.includes(v)) : value];
    }),
  );
}

/** "Check your answers" lists every shown question with its answer in words, in the order of the pack. */
export async function expectReviewOf(page: Page, answers: Answers, lang: Lang): Promise<void> {
  const { t } = words(lang);
  const shown = PACK.sections.flatMap((s) => s.questions).filter((q) => isQuestionVisible(PACK, answers, q.id));
  const main = page.getByRole('main');
  await expect.poll(() => main.getByRole('term').allInnerTexts(), POLL).toEqual(shown.map((q) => localize(q.text, lang)));
  const definitions = await main.getByRole('definition').allInnerTexts();
  expect(definitions.filter((_, i) => i % 2 === 0).map((d) => d.trim())).toEqual(shown.map((q) => answerText(q, answers[q.id], lang, t)));
}
