import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { encodeShareLink } from '@/lib/share/share-link';
import { baseURL, expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { answerSection, downloadOf, heading1, PACK, POLL, words } from './journey-helpers';
import { addFiles, discardTurn, FILES, handBackUnfinished, nameOf, openWorkshop, participantsTable, startTurn } from './workshop-helpers';

/**
 * Workshop mode from the app: five participants' files at once, the group view and the agenda,
 * presenter mode with a reveal, agreed answers and the workshop PDF; a share link opened with the
 * app and added to the workshop; a participant answering in turn on this device and handing back.
 * The room's harder cases (a tie, a question that matters only with another) are in workshop-room.spec.ts.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('workshop mode', () => {
  it('imports five participants, walks the agenda in presenter mode, records agreed answers and exports the workshop PDF', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const { page, context, requests, errors } = await openApp(browser, { lang });
    await openWorkshop(page, lang, 'Board offsite');
    await screenshot(page, 'workshop-participants-en-1280');

    await addFiles(page, lang, FILES);
    const report = page.getByRole('status', { name: t('workshop.import.title') });
    await report.getByText(t('workshop.import.summary', { added: 5, refused: 0 }), { exact: true }).waitFor();
    const table = participantsTable(page, lang, 5);
    for (const file of FILES) await table.getByRole('rowheader', { name: nameOf(file) }).waitFor();
    await expectNoAxeViolations(page, 'the participants');

    await page.getByRole('button', { name: t('workshop.participants.continue'), exact: true }).click();
    await page.getByRole('heading', { name: t('workshop.overview.groupHeading') }).waitFor();
    await page.getByRole('table', { name: t('workshop.group.caption') }).waitFor();
    await page.getByText(/^Agreement \(Kendall's W\): /).waitFor();
    await expectNoAxeViolations(page, 'the workshop overview');

    await page.getByRole('button', { name: t('workshop.overview.toAgenda'), exact: true }).click();
    await page.getByRole('heading', { level: 2, name: t('workshop.agenda.heading') }).waitFor();
    await expectNoAxeViolations(page, 'the agenda');

    await page.getByRole('button', { name: t('workshop.agenda.startPresenter'), exact: true }).click();
    const presenter = page.getByRole('dialog');
    await presenter.waitFor();
    const question = presenter.getByRole('heading', { level: 1 });
    const first = await question.innerText();
    await presenter.getByText(/^Item 1 of \d+$/).waitFor();
    await presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).click();
    await expect.poll(() => presenter.getByRole('button', { name: t('workshop.presenter.reveal'), exact: true }).count(), POLL).toBe(0);
    await expectNoAxeViolations(page, 'presenter mode, answers revealed');
    const choice = presenter.getByRole('group', { name: t('workshop.record.legend') }).getByRole('radio').first();
    const agreed = (await choice.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
    await choice.check();
    await presenter.getByRole('button', { name: t('workshop.record.save'), exact: true }).click();
    await presenter.getByText(t('workshop.agenda.agreed', { answer: agreed }), { exact: true }).waitFor();
    await screenshot(page, 'workshop-presenter-en-1280');
    // The agreed item now sorts after the open ones: the previous item is an open one again.
    await presenter.getByRole('button', { name: t('workshop.presenter.previous'), exact: true }).click();
    await expect.poll(() => question.innerText(), POLL).not.toBe(first);
    await presenter.getByRole('button', { name: t('workshop.presenter.exit'), exact: true }).click();
    await presenter.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: new RegExp(t('workshop.steps.agreed')) }).click();
    await page.getByRole('heading', { name: t('workshop.consensus.heading') }).waitFor();
    await page.getByText(/^Recommended: .+ \(score \d+(\.\d)?\)$/).waitFor();
    await expectNoAxeViolations(page, 'the agreed answers');

    const pdf = await downloadOf(page, () => page.getByRole('button', { name: t('workshop.pdf.download'), exact: true }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The workshop is kept: back to the questionnaire and into the workshop again, nothing lost.
    await page.getByRole('button', { name: t('workshop.exit'), exact: true }).click();
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await page.reload();
    await page.getByRole('button', { name: t('common.modes.workshop'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Board offsite' }).waitFor();

    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
    // The longest journey: five files, the whole agenda and a PDF, sharing the machine with another spec.
  }, 120_000);

  it('opens a share link built by the real encoder and adds it to the workshop; a damaged link is explained', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const file = FILES[1] as AnswersFile;
    const link = encodeShareLink(`${baseURL()}/`, file);
    const { page, context, errors } = await openApp(browser, { lang, path: `/${link.slice(link.indexOf('#'))}` });
    const outcome = page.getByRole('alert', { name: t('questionnaire.import.link.readyTitle') });
    await outcome.getByText(t('common.link.sharedBy', { name: nameOf(file) }), { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe('');
    await outcome.getByRole('button', { name: t('common.link.addToWorkshop'), exact: true }).click();

    await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
    await page.getByText(`${nameOf(file)}: ${t('workshop.import.added', { label: nameOf(file) })}`, { exact: true }).waitFor();
    await participantsTable(page, lang, 1).getByRole('rowheader', { name: nameOf(file) }).waitFor();

    // A link cut short when it was copied.
    await page.goto(`${baseURL()}/#answers=${link.slice(link.indexOf('=') + 1, link.indexOf('=') + 40)}`);
    const damaged = page.getByRole('alert', { name: t('common.link.cannotTitle') });
    await damaged.getByText(t('common.link.unchecked')).waitFor();
    await damaged.getByRole('button', { name: t('common.link.dismiss'), exact: true }).click();
    await damaged.waitFor({ state: 'detached' });

    // One character changed inside the payload: refused by its checksum, never read as other answers.
    const at = link.indexOf('=') + 120;
    const changed = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await page.goto(changed);
    await damaged.getByText(t('common.link.notDecodable')).waitFor();
    await damaged.getByRole('button', { name: t('common.link.dismiss'), exact: true }).click();
    await damaged.waitFor({ state: 'detached' });

    // Answers for another questionnaire.
    const foreign = encodeShareLink(`${baseURL()}/`, { ...file, rules: { id: 'another-pack', version: '1.0.0' } });
    await page.goto(foreign);
    const refused = page.getByRole('alert', { name: t('questionnaire.import.link.cannotTitle') });
    await refused.getByText(/another-pack/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a participant answer in turn on this device, apart from the facilitator, and hand back', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const { page, context, errors } = await openApp(browser, { lang });
    await openWorkshop(page, lang, 'Pass the laptop');

    // Started, handed back unfinished (asked first), then discarded (asked first): nothing is added.
    await startTurn(page, lang, 'Kenji');
    await handBackUnfinished(page, lang, 'Kenji');
    await discardTurn(page, lang, 'Kenji');
    await page.getByText(t('workshop.participants.none'), { exact: true }).waitFor();

    await startTurn(page, lang, 'Dee');
    await expectNoAxeViolations(page, 'a turn on this device');
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(page, PACK.sections[0]?.title.en ?? '').waitFor();
    await answerSection(page);
    await page.getByRole('button', { name: t('questionnaire.section.next'), exact: true }).click();
    await heading1(page, PACK.sections[1]?.title.en ?? '').waitFor();

    // A second tab (the same storage) opens on the turn, with no way into the workshop.
    const second = await context.newPage();
    await second.goto(page.url());
    await second.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    expect(await second.getByRole('navigation', { name: t('common.modes.label') }).count()).toBe(0);
    await second.close();

    // A browser restart (a new context on the same storage) finds the turn and what was answered.
    const restarted = await browser.newContext({ storageState: await context.storageState(), viewport: { width: 1280, height: 900 } });
    const again = await restarted.newPage();
    await again.goto(page.url());
    await again.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    await heading1(again, PACK.sections[1]?.title.en ?? '').waitFor();
    await restarted.close();

    // A reload keeps the turn and what was answered.
    await page.reload();
    await page.getByRole('heading', { name: t('common.turn.bannerTitle', { label: 'Dee' }) }).waitFor();
    await heading1(page, PACK.sections[1]?.title.en ?? '').waitFor();
    for (const section of PACK.sections.slice(1)) {
      await heading1(page, section.title.en).waitFor();
      await answerSection(page);
      await page.getByRole('button', { name: t('questionnaire.section.next'), exact: true }).click();
    }
    await heading1(page, t('questionnaire.review.title')).waitFor();
    await screenshot(page, 'turn-review-en-1280');
    await page.getByRole('button', { name: t('common.turn.finish'), exact: true }).click();

    await page.getByRole('heading', { level: 2, name: t('workshop.participants.heading') }).waitFor();
    await participantsTable(page, lang, 1).getByRole('rowheader', { name: 'Dee' }).waitFor();
    // The facilitator's own answers were never touched, and the turn's are gone from this device.
    const stored = await page.evaluate(({ id, version }) => [localStorage.getItem(`aperture.session.${id}@${version}`), localStorage.getItem(`aperture.turn.${id}`)], { id: PACK.id, version: PACK.version });
    expect(stored).toEqual([null, null]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
