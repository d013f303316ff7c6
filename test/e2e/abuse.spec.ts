import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '@/rules/answers/answers-schema';
import { launchBrowser, openApp } from './browser';
import { downloadOf, heading1, PACK, POLL, question, questionGroup, words } from './journey-helpers';

/**
 * The app under abuse: a saved record too large to copy aside (or any damaged record while storage
 * is full) never stops the app from starting; a very long paste never costs the other answers; two
 * tabs changing answers at the same moment lose nothing unseen.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const KEY = `aperture.session.${PACK.id}@${PACK.version}`;
const lang = 'en';
const { t, text } = words(lang);
const [profile] = PACK.sections;

/** Fills localStorage until it refuses more, leaving the record under `key` as `value`. */
async function fillStorage(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
      const chunk = 'f'.repeat(256 * 1024);
      for (let i = 0; i < 100; i += 1) {
        try {
          localStorage.setItem(`filler.${i}`, chunk);
        } catch {
          let size = chunk.length;
          while (size > 16) {
            size = Math.floor(size / 2);
            try {
              localStorage.setItem(`filler.${i}.${size}`, chunk.slice(0, size));
            } catch {
              // Try a smaller piece.
            }
          }
          return;
        }
      }
    },
    [key, value] as const,
  );
}

async function expectUnreadableOffered(page: Page, length: number): Promise<void> {
  await page.getByRole('heading', { name: t('questionnaire.unreadable.title') }).waitFor();
  const file = await downloadOf(page, () => page.getByRole('button', { name: t('questionnaire.unreadable.download'), exact: true }).click());
  expect(file.bytes.toString('utf8').length).toBe(length);
}

describe('a saved record that cannot be read', () => {
  it('too large to copy aside: the app starts, offers the download, and removes it only when asked', async () => {
    const { context, page, errors } = await openApp(browser, { lang });
    const damaged = `{${'x'.repeat(3_000_000)}`;
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, damaged] as const);
    await page.reload();
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).waitFor();
    await expectUnreadableOffered(page, damaged.length);
    expect(await page.evaluate((key) => localStorage.getItem(key)?.length, KEY)).toBe(damaged.length);
    await page.getByRole('button', { name: t('questionnaire.unreadable.remove'), exact: true }).click();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY), POLL).toBeNull();
    expect(errors.filter((e) => /Quota|Something went wrong/.test(e))).toEqual([]);
    await context.close();
  });

  it('damaged while storage is full: the app starts and offers the download', async () => {
    const { context, page } = await openApp(browser, { lang });
    await fillStorage(page, KEY, '{broken');
    await page.reload();
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).waitFor();
    await expectUnreadableOffered(page, '{broken'.length);
    await context.close();
  });
});

describe('a very long paste', () => {
  it('stays in its box, never costs the other answers, and the draft stored stays within limits', async () => {
    if (!profile) throw new Error('The pack lost a section');
    const { context, page } = await openApp(browser, { lang });
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, text(profile.title)).waitFor();
    const size = question('profile.size');
    if (size.kind !== 'choice') throw new Error('profile.size is not a choice question');
    await questionGroup(page, size, lang).getByRole('radio').first().check();
    const notes = question('profile.notes');
    const box = page.getByRole('main').getByRole('textbox', { name: text(notes.text) });
    const pasted = 'w'.repeat(25_000);
    await box.fill(pasted);
    await expect.poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { draft?: { answers: Record<string, AnswerValue> } }).draft?.answers['profile.notes'], KEY), POLL).toBe(pasted.slice(0, 20_000));
    await page.reload();
    await heading1(page, text(profile.title)).waitFor();
    await expect.poll(() => box.inputValue(), POLL).toBe(pasted.slice(0, 20_000));
    expect(await questionGroup(page, size, lang).getByRole('radio').first().isChecked()).toBe(true);
    expect(await page.getByText(t('questionnaire.unreadable.title')).count()).toBe(0);
    await context.close();
  });
});

describe('two tabs editing at the same moment', () => {
  it('lose nothing unseen: every change is saved, or its tab says newer answers are waiting', async () => {
    if (!profile) throw new Error('The pack lost a section');
    const { context, page: first } = await openApp(browser, { lang });
    await first.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(first, text(profile.title)).waitFor();
    await questionGroup(first, question('profile.size'), lang).getByRole('radio').first().check();
    await expect.poll(() => first.evaluate((key) => localStorage.getItem(key) !== null, KEY), POLL).toBe(true);
    const second = await context.newPage();
    await second.goto(first.url());
    await heading1(second, text(profile.title)).waitFor();
    const bannerIn = (page: Page) => page.getByRole('heading', { name: t('questionnaire.newer.title') });
    // Merely opening the second tab raises nothing in the first.
    await first.waitForTimeout(300);
    expect(await bannerIn(first).count()).toBe(0);

    const pairs: [Page, string][] = [
      [first, 'profile.ml-capability'],
      [second, 'profile.compute'],
    ];
    for (const round of [1, 2, 3]) {
      await Promise.all(pairs.map(([page, id]) => questionGroup(page, question(id), lang).getByRole('radio').nth(round).check()));
      await first.waitForTimeout(400);
      const stored = await first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { answers: Record<string, AnswerValue>; draft?: { answers: Record<string, AnswerValue> } }, KEY);
      for (const [page, id] of pairs) {
        const q = question(id);
        if (q.kind !== 'choice') throw new Error(`${id} is not a choice question`);
        const value = q.choices[round]?.value;
        const saved = stored.draft?.answers[id] === value || stored.answers[id] === value;
        const told = (await bannerIn(page).count()) > 0;
        expect(saved || told, `round ${round}: the change to ${id} is saved or its tab is told`).toBe(true);
      }
    }
    await context.close();
  });
});
