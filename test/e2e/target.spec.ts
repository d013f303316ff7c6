import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planTarget } from '@/engine/target/target';
import '@/i18n/domains/report';
import '@/i18n/domains/target';
import { localize } from '@/i18n/t';
import { compact, probePdf } from '../support/pdf-probe';
import { describeTarget } from '@/report/phrases/target-phrase';
import { expectNoAxeViolations, expectOnlyOwnOrigin, launchBrowser, openApp, screenshot } from './browser';
import { answersFileOf, downloadOf, expectedRanking, importAnswers, openResults, optionCards, PACK, POLL, words } from './journey-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FIXTURE = 'test/golden/manufacturer-sensor-data.json';

/** The most open option that is not recommended today and that building capabilities can reach. */
function reachableTarget() {
  const { answers } = answersFileOf(FIXTURE);
  const recommended = new Set(expectedRanking(answers).filter((r) => r.verdict === 'recommended').map((r) => r.option));
  for (const option of [...PACK.options].reverse()) {
    if (recommended.has(option.id)) continue;
    const plan = planTarget(PACK, answers, option.id);
    if (plan?.status === 'reachable') return { option, plan };
  }
  throw new Error(`${FIXTURE}: no option is reachable by building capabilities`);
}

// In Japanese, whose report needs the Japanese font and wraps without spaces: the English section
// and path are checked in target-section.test.tsx, target-phrase.test.ts and report-target-path.test.ts.
describe('What would it take? (ja)', () => {
  it('picks a target, shows its stages, applies them as a what-if that recommends it, and puts the path in the PDF', async () => {
    const lang = 'ja';
    const { t } = words(lang);
    const { option, plan } = reachableTarget();
    const view = describeTarget(plan, PACK, lang);
    const name = localize(option.name, lang);
    const { context, page, requests, errors } = await openApp(browser, { lang, width: 1280 });
    await importAnswers(page, lang, answersFileOf(FIXTURE));
    await openResults(page, lang);

    const section = page.getByRole('region', { name: t('target.heading'), exact: true });
    await section.getByRole('combobox', { name: t('target.targetLabel') }).selectOption(option.id);
    await expect.poll(() => section.getByRole('status').first().innerText(), POLL).toBe(view.headline);
    for (const stage of view.stages) {
      await section.getByRole('heading', { level: 3, name: stage.title, exact: true }).waitFor();
      for (const checkpoint of stage.checkpoints) expect(await section.getByText(checkpoint.text, { exact: true }).count()).toBe(1);
    }
    await screenshot(section, `target-${lang}`);
    await expectNoAxeViolations(page, `what would it take (${lang})`);

    const card = optionCards(page, lang).filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    const lines = async () => (await card.innerText()).split('\n').map((line) => line.trim());
    expect(await lines()).not.toContain(t('results.verdict.recommended'));
    await section.getByRole('button', { name: t('target.tryWhatIf') }).click();
    await section.getByText(t('target.whatIfApplied')).waitFor();
    await expect.poll(lines, POLL).toContain(t('results.verdict.recommended'));

    await page.getByRole('button', { name: t('results.scenario.reset') }).click();
    const pdf = await downloadOf(page, () => page.getByRole('button', { name: t('results.export.button'), exact: true }).click());
    const read = probePdf(pdf.bytes);
    expect(read.compact).toContain(compact(t('report.roadmap.path.pathHeading', { option: name })));
    for (const stage of view.stages) {
      expect(read.compact).toContain(compact(stage.title));
      for (const checkpoint of stage.checkpoints) expect(read.compact).toContain(compact(checkpoint.text));
    }
    expectOnlyOwnOrigin(requests);
    expect(errors).toEqual([]);
    await context.close();
  });
});
