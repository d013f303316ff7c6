import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rankOptions } from '@/engine/score/score';
import { translator } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { packTextFor } from '../pack-text';
import { RevisitSection } from './revisit-section';
import { testAnswers, testPack } from '@test/support/results-pack';
import { renderIn } from '@test/support/render-with-language';

/** The test pack with the trust question required; the free-text note stays optional. */
const pack: Pack = {
  ...testPack,
  sections: testPack.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === 'goals.trust' ? { ...q, required: true } : q)) })),
};

describe('questions to revisit', () => {
  it.each(['en', 'ja'] as const)('lists a required unanswered question and "not sure" ones, never the optional free-text note (%s)', (lang) => {
    const { 'goals.trust': _trust, ...answers } = testAnswers;
    const own = rankOptions(pack, answers);
    expect(own.unanswered).toContain('profile.notes');
    renderIn(<RevisitSection own={own} notNeeded={[]} text={packTextFor(pack, lang, translator(lang))} onChangeAnswer={() => undefined} />, lang);
    const section = screen.getByRole('region');
    const buttons = within(section).getAllByRole('button').map((b) => b.textContent);
    const question = (id: string) => pack.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[lang];
    expect(buttons).toEqual([question('goals.trust'), question('profile.size')]);
    expect(section.textContent).not.toContain(question('profile.notes'));
  });

  it('says everything is answered when only the optional note is open', () => {
    const own = rankOptions(pack, { ...testAnswers, 'profile.size': 'small' });
    renderIn(<RevisitSection own={own} notNeeded={[]} text={packTextFor(pack, 'ja', translator('ja'))} onChangeAnswer={() => undefined} />, 'ja');
    expect(screen.getByText('必須の質問にはすべて回答済みで、「わからない」と答えた質問もありません。')).toBeInTheDocument();
  });

  it.each(['en', 'ja'] as const)('lists the open questions of a settled recommendation as not needed, not as unanswered (%s)', (lang) => {
    const { 'goals.trust': _trust, ...answers } = testAnswers;
    const own = rankOptions(pack, { ...answers, 'profile.size': 'small' });
    const t = translator(lang);
    renderIn(<RevisitSection own={own} notNeeded={['goals.trust', 'profile.notes']} text={packTextFor(pack, lang, t)} onChangeAnswer={() => undefined} />, lang);
    const section = screen.getByRole('region');
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(t('results.revisit.notNeeded'));
    expect(within(section).queryByText(t('results.revisit.unanswered'))).toBeNull();
    const question = pack.sections.flatMap((s) => s.questions).find((q) => q.id === 'goals.trust')?.text[lang] ?? '';
    expect(within(section).getAllByRole('button').map((b) => b.textContent)).toEqual([question]);
  });
});
