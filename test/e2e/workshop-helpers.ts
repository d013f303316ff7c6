import '@/i18n/domains/workshop';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '@/i18n/messages';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { answersFileOf, heading1, POLL, words } from './journey-helpers';

/** What the workshop specs share: five golden participants and the steps into a workshop and a turn. */

const STORIES = ['saas-startup', 'regional-bank', 'research-institute', 'frontier-lab', 'healthcare-high-risk'] as const;
export const FILES: AnswersFile[] = STORIES.map((story) => answersFileOf(`test/golden/${story}.json`));

export function nameOf(file: AnswersFile): string {
  const name = file.respondent?.name;
  if (!name) throw new Error('Every golden case names its respondent');
  return name;
}

/** From the start screen into a new workshop titled `title`: lands on the participants step. */
export async function openWorkshop(page: Page, lang: Lang, title: string): Promise<void> {
  const { t } = words(lang);
  await heading1(page, t('questionnaire.start.title')).waitFor();
  await page.getByRole('button', { name: t('common.workshopEntry.button'), exact: true }).click();
  const setup = page.getByRole('heading', { level: 2, name: t('workshop.setup.heading') });
  await setup.waitFor();
  await expect.poll(() => setup.evaluate((el) => el === document.activeElement), POLL).toBe(true);
  await page.getByLabel(t('workshop.setup.title'), { exact: true }).fill(title);
  await page.getByRole('button', { name: t('workshop.setup.continue'), exact: true }).click();
  await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
}

export async function addFiles(page: Page, lang: Lang, files: AnswersFile[]): Promise<void> {
  const label = words(lang).t('workshop.participants.filesButton');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label, exact: true }).filter({ hasText: label }).click();
  await (await chooser).setFiles(
    files.map((file, i) => ({ name: `${STORIES[i] ?? `p${i}`}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) })),
  );
}

export function participantsTable(page: Page, lang: Lang, count: number) {
  return page.getByRole('table', { name: words(lang).t('workshop.participants.tableCaption', { count }) });
}

/** From a turn, "hand back unfinished" (asked first): the participants step says the turn is unfinished. */
export async function handBackUnfinished(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  await page.getByRole('button', { name: t('common.turn.pause'), exact: true }).click();
  const ask = page.getByRole('dialog', { name: t('common.turn.pauseTitle', { label }) });
  await ask.getByRole('button', { name: t('common.turn.pauseConfirm'), exact: true }).click();
  await page.getByRole('status', { name: t('common.turn.unfinishedTitle', { label }) }).waitFor();
}

/** Discards an unfinished turn (asked first). */
export async function discardTurn(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  const notice = page.getByRole('status', { name: t('common.turn.unfinishedTitle', { label }) });
  await notice.getByRole('button', { name: t('common.turn.discard'), exact: true }).click();
  const ask = page.getByRole('dialog', { name: t('common.turn.discardTitle', { label }) });
  await ask.getByRole('button', { name: t('common.turn.discardConfirm'), exact: true }).click();
  await notice.waitFor({ state: 'detached' });
}

/** From the participants step, a turn on this device for `label`: the start screen, with the name filled in. */
export async function startTurn(page: Page, lang: Lang, label: string): Promise<void> {
  const { t } = words(lang);
  await page.getByLabel(t('workshop.participants.turnLabel'), { exact: true }).fill(label);
  await page.getByRole('button', { name: t('workshop.participants.turnStart'), exact: true }).click();
  await page.getByRole('heading', { name: t('common.turn.bannerTitle', { label }) }).waitFor();
  await heading1(page, t('questionnaire.start.title')).waitFor();
  await page.getByRole('textbox', { name: t('questionnaire.respondent.name'), exact: true }).waitFor();
  expect(await page.getByRole('textbox', { name: t('questionnaire.respondent.name'), exact: true }).inputValue()).toBe(label);
}
