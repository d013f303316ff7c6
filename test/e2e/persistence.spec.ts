import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, type Answers, type AnswersFile } from '@/rules/answers/answers-schema';
import { questionLabel } from '@/questionnaire/import/answer-text';
import { launchBrowser, openApp } from './browser';
import {
  answerQuestion,
  answersFileOf,
  asEntered,
  downloadOf,
  escapeRegExp,
  expectReviewOf,
  fillSection,
  heading1,
  importAnswers,
  importFile,
  openResults,
  PACK,
  POLL,
  question,
  questionGroup,
  rankingShown,
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

const [profile, data, community, risk] = PACK.sections;

describe('a reload', () => {
  it('resumes every answer and the section, keeping what was typed in the section before the reload', async () => {
    if (!profile || !data || !community || !risk) throw new Error('The pack lost a section');
    const lang = 'en';
    const { t, text } = words(lang);
    const { answers } = answersFileOf('test/golden/healthcare-high-risk.json');
    const { context, page } = await openApp(browser, { lang });
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    for (const section of [profile, data, community]) {
      await heading1(page, text(section.title)).waitFor();
      await fillSection(page, section, answers, lang);
      await submitSection(page, lang);
    }
    // Half of "risk", not saved with the button: only the autosaved draft keeps it.
    await heading1(page, text(risk.title)).waitFor();
    const typed = Object.fromEntries(risk.questions.slice(0, 3).map((q) => [q.id, answers[q.id]]).filter(([, v]) => v !== undefined)) as Answers;
    expect(Object.keys(typed)).toHaveLength(3);
    await fillSection(page, risk, typed, lang);

    await page.reload();
    await heading1(page, text(risk.title)).waitFor();
    for (const q of risk.questions) {
      if (q.kind === 'text') continue;
      const checked = questionGroup(page, q, lang).getByRole(q.kind === 'multi' ? 'checkbox' : 'radio', { checked: true });
      const labels = await checked.evaluateAll((inputs) => inputs.map((input) => input.closest('label')?.textContent?.trim() ?? ''));
      const value = typed[q.id];
      const expected = value === undefined ? [] : q.choices.filter((c) => (Array.isArray(value) ? value.includes(c.value) : c.value === value)).map((c) => text(c.label));
      expect(labels, `the answer to ${q.id} after the reload`).toEqual(expected);
    }

    // Back to the first section: type a note, reload again; the note and the position are kept.
    await page.getByRole('navigation', { name: t('questionnaire.nav.title') }).getByRole('link', { name: text(profile.title) }).click();
    await heading1(page, text(profile.title)).waitFor();
    const notes = page.getByRole('textbox', { name: text(question('profile.notes').text) });
    const note = 'Our board meets on Thursday; the decision is due in March.';
    await notes.fill(note);
    // Autosave writes under a Web Lock, a moment after the keystroke: reload once it is stored.
    await expect
      .poll(() => page.evaluate((n) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(n)), note))
      .toBe(true);
    await page.reload();
    await heading1(page, text(profile.title)).waitFor();
    expect(await notes.inputValue()).toBe(note);

    await page.getByRole('navigation', { name: t('questionnaire.nav.title') }).getByRole('link', { name: t('questionnaire.nav.review'), exact: true }).click();
    await heading1(page, t('questionnaire.review.title')).waitFor();
    const committed = Object.fromEntries(
      [profile, data, community].flatMap((s) => s.questions).flatMap((q) => (answers[q.id] === undefined ? [] : [[q.id, answers[q.id]]])),
    ) as Answers;
    await expectReviewOf(page, asEntered({ ...committed, ...typed, 'profile.notes': note }), lang);
    await context.close();
  });
});

describe('an exported answers file', () => {
  it('gives the same results after starting over and importing it', async () => {
    const lang = 'en';
    const { t, text } = words(lang);
    const file = answersFileOf('test/fixtures/answers/startup-en.json');
    const { context, page } = await openApp(browser, { lang });
    await importAnswers(page, lang, file);
    // One answer changed by hand, so that the export is not just the imported file again.
    const speed = question('goals.speed');
    await page.getByRole('link', { name: t('questionnaire.review.changeWhat', { question: text(speed.text) }) }).click();
    await answerQuestion(page, speed, '6-12m', lang);
    await page.getByRole('button', { name: t('questionnaire.section.saveToReview'), exact: true }).click();
    await heading1(page, t('questionnaire.review.title')).waitFor();
    const answers = { ...file.answers, 'goals.speed': '6-12m' };

    await openResults(page, lang);
    const before = await rankingShown(page, lang);
    expect(before.length).toBe(PACK.options.length);
    await page.getByRole('button', { name: t('results.review'), exact: true }).click();
    await heading1(page, t('questionnaire.review.title')).waitFor();

    const exported = await downloadOf(page, () => page.getByRole('button', { name: t('questionnaire.exportAnswers.button'), exact: true }).click());
    expect(exported.name).toMatch(/^aperture-answers-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(exported.bytes.toString('utf8')) as AnswersFile;
    expect(json).toMatchObject({ format: ANSWERS_FORMAT, rules: { id: PACK.id, version: PACK.version }, respondent: file.respondent, answers });

    await page.getByRole('button', { name: t('questionnaire.startOver.button'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('questionnaire.startOver.title') });
    await dialog.getByRole('button', { name: t('questionnaire.startOver.confirm'), exact: true }).click();
    await heading1(page, t('questionnaire.start.title')).waitFor();
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: t('questionnaire.start.resumeTitle') }).count(), 'nothing is left to resume').toBe(0);

    await importAnswers(page, lang, json, exported.name);
    await expectReviewOf(page, answers, lang);
    await openResults(page, lang);
    expect(await rankingShown(page, lang)).toEqual(before);
    await context.close();
  });
});

describe('an import that is not all valid', () => {
  // One language each for this test and the next: the same screens in the other language are walked
  // by the accessibility specs, and their words checked in import-answers.test.tsx.
  it('lists each problem in words and imports the valid answers (en)', async () => {
    const lang = 'en';
    const { t } = words(lang);
    const valid = { 'profile.size': '300-999', 'data.personal': 'some', 'risk.markets': ['japan', 'eu'] };
    const file = {
      format: ANSWERS_FORMAT,
      rules: { id: PACK.id, version: PACK.version },
      answers: { ...valid, 'profile.favourite-colour': 'blue', 'goals.speed': 'yesterday' },
    };
    const { context, page } = await openApp(browser, { lang });
    const outcome = await importFile(page, lang, { name: 'colleague.json', text: JSON.stringify(file) });
    await outcome.getByRole('heading', { name: t('questionnaire.import.partialTitle', { file: 'colleague.json' }) }).waitFor();
    const speed = question('goals.speed');
    const problems = await outcome.getByRole('listitem').allInnerTexts();
    expect(problems.sort()).toEqual(
      [
        t('problems.unknownQuestion', { question: 'profile.favourite-colour' }),
        t('problems.notAChoice', {
          question: t('problems.questionText', { text: questionLabel(speed, lang) }),
          value: 'yesterday',
          choices: speed.kind === 'choice' ? speed.choices.map((c) => t('problems.choiceLabel', { label: c.label[lang] })).join(t('problems.listSeparator')) : '',
        }),
      ].sort(),
    );
    await outcome.getByText(t('questionnaire.import.ready', { count: new Intl.NumberFormat(lang).format(3) })).waitFor();
    await outcome.getByRole('button', { name: t('questionnaire.import.confirmValid', { count: new Intl.NumberFormat(lang).format(3) }), exact: true }).click();
    await heading1(page, t('questionnaire.review.title')).waitFor();
    await expectReviewOf(page, valid, lang);
    await context.close();
  });

  it('explains a file that is not JSON and imports nothing (ja)', async () => {
    const lang = 'ja';
    const { t } = words(lang);
    const { context, page } = await openApp(browser, { lang });
    const outcome = await importFile(page, lang, { name: 'notes.json', text: 'Board notes, 3 March:\n- open the small model\n' });
    await outcome.getByRole('heading', { name: t('questionnaire.import.cannotTitle', { file: 'notes.json' }) }).waitFor();
    const template = escapeRegExp(t('problems.notJson', { line: '@', column: '@' })).replaceAll('@', '\\d+');
    await outcome.getByText(new RegExp(`^${template}$`)).waitFor();
    expect(await outcome.getByRole('button').allInnerTexts(), 'nothing to import, only a way out').toEqual([t('common.cancel')]);
    await outcome.getByRole('button', { name: t('common.cancel'), exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'notes.json' }).count(), POLL).toBe(0);
    await page.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).waitFor();
    await context.close();
  });
});

describe('two tabs', () => {
  it('never overwrite each other unseen: the older tab is told and can load the newer answers', async () => {
    if (!profile || !data || !community) throw new Error('The pack lost a section');
    const lang = 'en';
    const { t, text } = words(lang);
    const { answers } = answersFileOf('test/golden/midsize-open-core.json');
    const { context, page: first } = await openApp(browser, { lang });
    await first.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(first, text(profile.title)).waitFor();
    await fillSection(first, profile, answers, lang);
    await submitSection(first, lang);
    await heading1(first, text(data.title)).waitFor();

    // The second tab opens on the same session, where the first one is.
    const second = await context.newPage();
    await second.goto(first.url());
    await heading1(second, text(data.title)).waitFor();

    // The first tab moves on; the second one changes an answer without knowing.
    await first.bringToFront();
    await fillSection(first, data, answers, lang);
    await submitSection(first, lang);
    await heading1(first, text(community.title)).waitFor();
    const stored = () => first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { answers: Answers; position: unknown }, `aperture.session.${PACK.id}@${PACK.version}`);
    const saved = await stored();
    expect(saved.position).toEqual({ screen: 'section', section: community.id });

    const banner = second.getByRole('alert').filter({ has: second.getByRole('heading', { name: t('questionnaire.newer.title') }) });
    await second.bringToFront();
    await banner.waitFor();
    await questionGroup(second, question('data.personal'), lang).getByRole('radio').first().check();
    expect(await stored(), 'the newer answers are not overwritten while the banner waits').toEqual(saved);

    await banner.getByRole('button', { name: t('questionnaire.newer.load'), exact: true }).click();
    await heading1(second, text(community.title)).waitFor();
    await expect.poll(() => banner.count(), POLL).toBe(0);
    await second.getByRole('navigation', { name: t('questionnaire.nav.title') }).getByRole('link', { name: t('questionnaire.nav.review'), exact: true }).click();
    await heading1(second, t('questionnaire.review.title')).waitFor();
    const given = Object.fromEntries([profile, data].flatMap((s) => s.questions).flatMap((q) => (answers[q.id] === undefined ? [] : [[q.id, answers[q.id]]]))) as Answers;
    await expectReviewOf(second, asEntered(given), lang);
    await context.close();
  });

  it('loading the newer answers of another tab replaces what the fields of the same section show', async () => {
    if (!profile) throw new Error('The pack lost a section');
    const lang = 'en';
    const { t, text } = words(lang);
    const [mine, theirs] = profile.questions.filter((q) => q.kind === 'choice');
    if (mine?.kind !== 'choice' || theirs?.kind !== 'choice') throw new Error('The first section lost its choice questions');
    const stored = (page: typeof first) => page.evaluate((key) => localStorage.getItem(key) ?? '', `aperture.session.${PACK.id}@${PACK.version}`);
    const radio = (page: typeof first, q: typeof mine, index: number) => {
      const choice = q.choices[index];
      if (!choice) throw new Error(`${q.id} has no choice ${index}`);
      return questionGroup(page, q, lang).getByRole('radio', { name: text(choice.label), exact: true });
    };
    const { context, page: first } = await openApp(browser, { lang });
    await first.getByRole('button', { name: t('questionnaire.start.start'), exact: true }).click();
    await heading1(first, text(profile.title)).waitFor();
    await radio(first, mine, 0).check();
    await expect.poll(() => stored(first), POLL).toContain(mine.choices[0]?.value ?? '?');

    // A second tab on the same section answers another question; the first keeps its own answers over it.
    const second = await context.newPage();
    await second.goto(first.url());
    await heading1(second, text(profile.title)).waitFor();
    await radio(second, theirs, 1).check();
    const bannerOf = (page: typeof first) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: t('questionnaire.newer.title') }) });
    await first.bringToFront();
    await bannerOf(first).getByRole('button', { name: t('questionnaire.newer.keep'), exact: true }).click();

    // The second tab loads them: its fields show exactly what was loaded.
    await second.bringToFront();
    await bannerOf(second).getByRole('button', { name: t('questionnaire.newer.load'), exact: true }).click();
    await expect.poll(() => bannerOf(second).count(), POLL).toBe(0);
    expect(await radio(second, mine, 0).isChecked()).toBe(true);
    expect(await radio(second, theirs, 1).isChecked(), 'an answer the loaded record does not hold').toBe(false);
    await context.close();
  });
});

