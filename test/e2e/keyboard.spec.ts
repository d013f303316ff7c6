import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import { downloadOf, expectFocused, heading1, PACK, resultsReady, words } from './journey-helpers';

/** What has focus, and whether the user can see it (`:focus-visible` with an outline or a ring). */
type Focus = {
  kind: 'radio' | 'checkbox' | 'text' | 'button' | 'link' | 'summary' | 'other';
  label: string;
  checked: boolean;
  /** For a radio or checkbox: whether any input of its group is checked. */
  groupChecked: boolean;
  visible: boolean;
};

function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { kind: 'other', label: 'nothing', checked: false, groupChecked: false, visible: false } as const;
    const input = el instanceof HTMLInputElement ? el : null;
    const kind =
      input?.type === 'radio' ? 'radio'
      : input?.type === 'checkbox' ? 'checkbox'
      : input || el instanceof HTMLTextAreaElement ? 'text'
      : el instanceof HTMLButtonElement ? 'button'
      : el instanceof HTMLAnchorElement ? 'link'
      : el.tagName === 'SUMMARY' ? 'summary'
      : 'other';
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const group = input?.name ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(input.name)}"]`)] : [];
    return {
      kind,
      label: (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim().slice(0, 80),
      checked: input?.checked ?? false,
      groupChecked: group.some((i) => i.checked),
      visible: el.matches(':focus-visible') && ring,
    } as const;
  });
}

/** Presses Tab until `done` holds for the focused element; every stop must show its focus. */
async function tabUntil(page: Page, done: (focus: Focus) => boolean, limit = 200): Promise<Focus> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await focusOf(page);
    expect(focus.visible, `focus is visible on ${focus.kind} "${focus.label}"`).toBe(true);
    if (done(focus)) return focus;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

/**
 * Answers the section with the keyboard only: Space picks a radio (every other group then moves
 * on with an arrow key), Space ticks the first checkbox, text is typed; Enter on the save button.
 */
async function answerSectionByKeyboard(page: Page, next: string, back: string): Promise<void> {
  let groups = 0;
  for (;;) {
    // "See the results now" appears once the answers settle the recommendation: Tab moves past it.
    const focus = await tabUntil(
      page,
      (f) => f.kind !== 'summary' && f.kind !== 'link' && !(f.kind === 'button' && (f.label === back || f.label === 'See the results now')),
    );
    if (focus.kind === 'radio' && !focus.groupChecked) {
      await page.keyboard.press('Space');
      groups += 1;
      if (groups % 2 === 0) await page.keyboard.press('ArrowDown');
      const now = await focusOf(page);
      expect([now.kind, now.checked], `the radio "${now.label}" is chosen`).toEqual(['radio', true]);
    } else if (focus.kind === 'checkbox' && !focus.groupChecked) {
      await page.keyboard.press('Space');
      expect((await focusOf(page)).checked, `the checkbox "${focus.label}" is ticked`).toBe(true);
    } else if (focus.kind === 'text') {
      await page.keyboard.type('Typed with the keyboard only.');
    } else if (focus.kind === 'button' && focus.label === next) {
      // Shift+Tab goes back to "Back", Tab returns to the save button.
      await page.keyboard.press('Shift+Tab');
      expect(await focusOf(page)).toMatchObject({ kind: 'button', label: back, visible: true });
      await page.keyboard.press('Tab');
      expect(await focusOf(page)).toMatchObject({ kind: 'button', label: next, visible: true });
      await page.keyboard.press('Enter');
      return;
    } else if (focus.kind === 'other' || focus.kind === 'button') {
      throw new Error(`Unexpected stop in the section: ${focus.kind} "${focus.label}"`);
    }
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the keyboard alone', () => {
  it('goes from the start screen to the results and the PDF, focus moving to each new heading and always visible', async () => {
    const lang = 'en';
    const { t, text } = words(lang);
    // Opened as a user opens it: nothing touches the page before its first screen is there.
    const { context, page } = await openApp(browser, { lang, untouchedUntil: 'main h1' });

    // The page has just opened: focus stays at its top, and the first Tab reaches the skip link,
    // which leads into the main content.
    expect(await heading1(page, t('questionnaire.start.title')).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatchObject({ kind: 'link', label: t('common.skipLink'), visible: true });
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('main'), 'the main content');
    const first = await tabUntil(page, () => true);
    expect(first).toMatchObject({ kind: 'button', label: t('questionnaire.start.start') });
    await page.keyboard.press('Enter');

    const next = t('questionnaire.section.next');
    const back = t('questionnaire.section.back');
    for (const section of PACK.sections) {
      const title = heading1(page, text(section.title));
      await title.waitFor();
      await expectFocused(title, `the heading of section ${section.id}`);
      await answerSectionByKeyboard(page, next, back);
    }

    const review = heading1(page, t('questionnaire.review.title'));
    await review.waitFor();
    await expectFocused(review, 'the heading of the review');
    await page.getByText(t('questionnaire.review.allAnswered'), { exact: true }).waitFor();
    await tabUntil(page, (f) => f.kind === 'button' && f.label === t('questionnaire.review.seeResults'));
    await page.keyboard.press('Enter');

    await resultsReady(page, lang);
    // Checked without stopping the journey: the download below still needs testing when it fails.
    const resultsFocus = await expectFocused(heading1(page, t('results.title')), 'the heading of the results').then(
      () => 'on the heading',
      async () => `on ${JSON.stringify(await focusOf(page))}`,
    );
    const pdf = await downloadOf(page, async () => {
      await tabUntil(page, (f) => f.kind === 'button' && f.label === t('results.export.button'));
      await page.keyboard.press('Enter');
    });
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(resultsFocus, 'focus after opening the results').toBe('on the heading');
    await context.close();
  });
});
