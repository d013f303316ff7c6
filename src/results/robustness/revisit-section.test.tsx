import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rankOptions } from '@/engine/score/score';
import { translator } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { packTextFor } from '../pack-text';
import { RevisitSection } from './revisit-section';
import { strategyAnswers, strategyPack } from '@test/support/strategy-pack';
import { renderIn } from '@test/support/render-with-language';

/** The test pack as it is: goals.horizon is its required question, profile.notes its optional free-text note. */
const pack: Pack = strategyPack;

/** The test answers without the note (strategyAnswers answer it) and without the required question. */
const { 'profile.notes': _notes, 'goals.horizon': _horizon, ...open } = strategyAnswers;

describe('questions to revisit', () => {
  it.each(['en', 'ja'] as const)('lists a required unanswered question and "not sure" ones, never the optional free-text note (%s)', (lang) => {
    const own = rankOptions(pack, open);
    expect(own.unanswered).toContain('profile.notes');
    renderIn(<RevisitSection own={own} notNeeded={[]} text={packTextFor(pack, lang, translator(lang))} onChangeAnswer={() => undefined} />, lang);
    const section = screen.getByRole('region');
    const buttons = within(section).getAllByRole('button').map((b) => b.textContent);
    const question = (id: string) => pack.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text[lang];
    expect(buttons).toEqual([question('goals.horizon'), question('profile.size')]);
    expect(section.textContent).not.toContain(question('profile.notes'));
  });

  it('says everything is answered when only the optional note is open', () => {
    const own = rankOptions(pack, { ...open, 'goals.horizon': 'soon', 'profile.size': 'small' });
    renderIn(<RevisitSection own={own} notNeeded={[]} text={packTextFor(pack, 'ja', translator('ja'))} onChangeAnswer={() => undefined} />, 'ja');
    expect(screen.getByText('必須の質問にはすべて回答済みで、「わからない」と答えた質問もありません。')).toBeInTheDocument();
  });

  it.each(['en', 'ja'] as const)('lists the open questions of a settled recommendation as not needed, not as unanswered (%s)', (lang) => {
    const own = rankOptions(pack, { ...open, 'profile.size': 'small' });
    const t = translator(lang);
    renderIn(<RevisitSection own={own} notNeeded={['goals.horizon', 'profile.notes']} text={packTextFor(pack, lang, t)} onChangeAnswer={() => undefined} />, lang);
    const section = screen.getByRole('region');
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(t('results.revisit.notNeeded'));
    expect(within(section).queryByText(t('results.revisit.unanswered'))).toBeNull();
    const question = pack.sections.flatMap((s) => s.questions).find((q) => q.id === 'goals.horizon')?.text[lang] ?? '';
    expect(within(section).getAllByRole('button').map((b) => b.textContent)).toEqual([question]);
  });
});
