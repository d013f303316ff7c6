import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { viewQuestion } from '@/engine/aggregate/aggregate-spread';
import { LanguageProvider } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { AnswerSummary } from '@/questionnaire/screens/answer-summary';
import { ImportOutcome } from '@/questionnaire/import/import-outcome';
import { smallPack } from '@test/support/questionnaire-pack';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import { isolate, isolateFilled } from '@/ui/isolate';
import { SpreadView } from '@/workshop/panels/spread-view';
import { workshopTextFor } from '@/workshop/workshop-text';
import { PackProblems } from '@/packs/screens/pack-problems';
import { TurnBanner } from '../turn/turn-banner';

/**
 * D15: user text holding bidi controls (a right-to-left override, U+202E, that is never closed) is
 * isolated wherever it is shown, so it cannot reorder the app's own words around it: each such text
 * sits in its own <bdi>, and the words after it are outside that <bdi>.
 */

const RLO = '\u202E';
const EVIL = `${RLO}evil.exe`;

/** Every text node holding the override sits inside a <bdi> that holds nothing of the app's own words. */
function expectIsolated(container: HTMLElement, appWords: readonly string[] = []): void {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let found = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(RLO)) continue;
    found += 1;
    const bdi = node.parentElement?.closest('bdi');
    expect(bdi, `not isolated: ${node.textContent}`).not.toBeNull();
    for (const word of appWords) expect(bdi?.textContent ?? '').not.toContain(word);
  }
  expect(found).toBeGreaterThan(0);
}

const renderIn = (lang: Lang, ui: ReactElement) => render(<LanguageProvider initial={lang}>{ui}</LanguageProvider>);

describe.each(['en', 'ja'] as const)('user text with a right-to-left override is isolated (%s)', (lang) => {
  const t = translator(lang);

  it('in a sentence built by isolate, each value in its own <bdi>, braces in values kept as data', () => {
    const { container } = render(<p>{isolate('{who} added {file}.', { who: EVIL, file: '{who}' })}</p>);
    expect(container.textContent).toBe(`${EVIL} added {who}.`);
    expect(container.querySelectorAll('bdi')).toHaveLength(2);
    expectIsolated(container, ['added']);
  });

  it('in the banner of a participant\'s turn (their name)', () => {
    expectIsolated(renderIn(lang, <TurnBanner label={EVIL} onPause={() => {}} />).container);
  });

  it('in the review of answers (a note typed by the user)', () => {
    const { container } = renderIn(lang, <AnswerSummary pack={smallPack} answers={{ 'profile.notes': `${EVIL} is our plan` }} onChange={() => {}} />);
    expectIsolated(container, [t('questionnaire.review.change')]);
  });

  it('in an import outcome: the file name and a quoted answer in the problem', () => {
    const check = checkAnswersFile(smallPack, {
      format: 'aperture-answers/1',
      rules: { id: 'ui-small', version: '1.0.0' },
      answers: { 'profile.builds': EVIL, 'goals.trust': 'some' },
    });
    const { container } = renderIn(
      lang,
      <ImportOutcome pack={smallPack} source={{ kind: 'file', name: `${EVIL}.json` }} check={check} replaces={false} onImport={() => {}} onCancel={() => {}} />,
    );
    expectIsolated(container);
    const problem = [...container.querySelectorAll('li')].find((li) => li.textContent?.includes(RLO));
    expect([...(problem?.querySelectorAll('bdi') ?? [])].map((b) => b.textContent)).toContain(EVIL);
  });

  it('in the problems of an uploaded pack (a file name and a quoted id)', () => {
    const checked = loadPack({ ...JSON.parse(JSON.stringify(smallPack)), guards: [{ id: 'g', options: [EVIL], severity: 'block', when: { q: 'profile.size', is: 'small' }, because: { en: 'x', ja: 'x' }, source: 'x' }] }, { file: `${EVIL}.json` });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const { container } = renderIn(lang, <PackProblems title={isolate(t('common.pack.cannotTitle'), { file: `${EVIL}.json` })} problems={checked.problems} />);
    expectIsolated(container);
  });

  it('in the workshop spread: each participant name on its own', () => {
    const question = smallPack.sections[0]?.questions[0];
    if (!question) throw new Error('the small pack lost its first question');
    const participants = [
      { id: 'p1', answers: {} },
      { id: 'p2', answers: {} },
    ];
    const shown = participants.map(() => Uint8Array.from(smallPack.sections.flatMap((s) => s.questions).map(() => 1)));
    const { spread } = viewQuestion(question, 0, participants, shown);
    const names = new Map([
      ['p1', EVIL],
      ['p2', 'Hana Mori'],
    ]);
    const { container } = renderIn(lang, <SpreadView question={question} spread={spread} names={names} text={workshopTextFor(smallPack, lang, t)} />);
    expectIsolated(container, ['Hana Mori']);
  });

  it('in a message filled in parts: nested values are isolated too', () => {
    const { container } = render(<p>{isolateFilled(t, (fill) => fill('workshop.spread.unanswered', { count: 1, names: fill('workshop.spread.count', { count: EVIL }) }))}</p>);
    expectIsolated(container);
  });
});
