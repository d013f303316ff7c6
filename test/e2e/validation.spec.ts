import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/pack/pack-schema';
import { questionLabel } from '@/questionnaire/import/answer-text';
import { launchBrowser, openApp } from './browser';
import { answersFileOf, expectFocused, fillSection, heading1, PACK, POLL, question, questionGroup, submitSection, words } from './journey-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The texts of the elements an element's `aria-describedby` points to. */
function descriptionOf(locator: Locator): Promise<string[]> {
  return locator.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`),
  );
}

const [profile, data] = PACK.sections;

// In Japanese, whose messages and numbers are the harder case: the English words of the same screen
// are checked in section-form.test.tsx and the screen is walked in both languages by the accessibility specs.
describe('a section saved with a problem (ja)', () => {
  it('is not saved: an error summary takes focus, its links lead to each field, which is marked invalid with its message', async () => {
    if (!profile || !data) throw new Error('The pack lost a section');
    const lang = 'ja';
    const { t, text } = words(lang);
    const { answers } = answersFileOf('test/golden/manufacturer-sensor-data.json');
    const size = question('profile.size');
    const notes = question('profile.notes');
    const max = notes.kind === 'text' ? (notes.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) : 0;
    const { context, page } = await openApp(browser, { lang });
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, text(profile.title)).waitFor();

    // Everything but the size (required), and a note one character too long.
    const { 'profile.size': _size, ...rest } = answers;
    await fillSection(page, profile, { ...rest, 'profile.notes': 'x'.repeat(max + 1) }, lang);
    await submitSection(page, lang);

    const summary = page.getByRole('alert', { name: t('questionnaire.errors.summaryTitle') });
    await summary.waitFor();
    await expectFocused(summary, 'the error summary');
    expect(await heading1(page, text(profile.title)).count(), 'still on the same section').toBe(1);
    const chooseOne = t('questionnaire.errors.chooseOne');
    const tooLong = t('questionnaire.errors.tooLong', { max: new Intl.NumberFormat(lang).format(max) });
    const sizeLink = summary.getByRole('link', { name: t('questionnaire.errors.inSummary', { question: questionLabel(size, lang), message: chooseOne }), exact: true });
    const notesLink = summary.getByRole('link', { name: t('questionnaire.errors.inSummary', { question: questionLabel(notes, lang), message: tooLong }), exact: true });
    expect(await summary.getByRole('link').count(), 'one link per problem').toBe(2);

    // The required choice: its first radio takes focus, marked invalid, the message read with the group.
    await sizeLink.click();
    const group = questionGroup(page, size, lang);
    const firstRadio = group.getByRole('radio').first();
    await expectFocused(firstRadio, 'the first choice of the unanswered question');
    expect(await firstRadio.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(group)).toContain(chooseOne);
    await group.getByText(chooseOne, { exact: true }).waitFor();

    // The text box: focused by its link, invalid, its message and the counter in its description.
    await notesLink.click();
    const box = page.getByRole('textbox', { name: text(notes.text) });
    await expectFocused(box, 'the note');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    const described = await descriptionOf(box);
    expect(described).toContain(tooLong);
    expect(described).toContain(t('questionnaire.field.counterOver', { count: new Intl.NumberFormat(lang).format(1) }));

    // Corrected: the marks go, and the section is saved.
    await group.getByRole('radio').first().check();
    await expect.poll(() => firstRadio.getAttribute('aria-invalid'), POLL).toBe(null);
    await box.fill('x'.repeat(max));
    await submitSection(page, lang);
    await heading1(page, text(data.title)).waitFor();
    expect(await page.getByRole('alert', { name: t('questionnaire.errors.summaryTitle') }).count()).toBe(0);
    await context.close();
  });
});

describe('a section whose checks could not be downloaded', () => {
  it('saves nothing, says so, keeps what was entered, and checks it on the next try', async () => {
    if (!profile || !data) throw new Error('The pack lost a section');
    const { t, text } = words('en');
    const { answers } = answersFileOf('test/golden/manufacturer-sensor-data.json');
    const { context, page, errors } = await openApp(browser);
    // The section's checks are a chunk of their own, fetched while the first question is read: here the network refuses it.
    let refuse = true;
    await page.route(/\/section-validation-[\w-]+\.js$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, text(profile.title)).waitFor();
    await fillSection(page, profile, answers, 'en');
    await submitSection(page, 'en');

    const summary = page.getByRole('alert', { name: t('questionnaire.errors.summaryTitle') });
    await summary.getByText(t('questionnaire.errors.checksUnavailable'), { exact: true }).waitFor();
    await expectFocused(summary, 'the error summary');
    expect(await heading1(page, text(profile.title)).count(), 'still on the same section').toBe(1);
    const size = questionGroup(page, question('profile.size'), 'en');
    expect(await size.getByRole('radio', { checked: true }).count(), 'the answer is still chosen').toBe(1);

    // The network is back: the next submit fetches the checks (the browser does not keep the failure) and saves.
    refuse = false;
    await submitSection(page, 'en');
    await heading1(page, text(data.title)).waitFor();
    expect(errors.filter((error) => !/section-validation|Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });
});
