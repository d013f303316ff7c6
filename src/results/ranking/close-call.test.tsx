import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/rules/pack/pack-schema';
import { ResultsScreen } from '../results-screen';
import { strategyPack } from '@test/support/strategy-pack';
import { renderIn, screenProps } from '@test/support/render-with-language';

/** The test pack with every option on the same profile and no rules or guards: a four-way tie. */
const tiedPack: Pack = {
  ...strategyPack,
  rules: [],
  guards: [],
  options: strategyPack.options.map((o) => ({ ...o, baseline: strategyPack.options[0]?.baseline ?? o.baseline })),
};

describe('a tie on the results screen', () => {
  it('shows the shared rank on every card and in the table, and says the options are tied', () => {
    renderIn(<ResultsScreen {...screenProps({ pack: tiedPack })} />);
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('option-card'));
    expect(cards.map((c) => c.querySelector('.option-card__rank')?.textContent)).toEqual(['No. 1=', 'No. 1=', 'No. 1=', 'No. 1=']);
    const note = screen.getByText(/are tied for first place/).closest('[role="note"]');
    expect(note?.textContent).toMatch(/^API with transparency, Closed, Fully open and Open core are tied for first place: their scores are equal/);
    expect(screen.getAllByRole('cell', { name: '1=' })).toHaveLength(4);
  });

  it('says so in Japanese', () => {
    renderIn(<ResultsScreen {...screenProps({ pack: tiedPack })} />, 'ja');
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('option-card'));
    expect(cards[0]?.querySelector('.option-card__rank')?.textContent).toBe('第1位（同点）');
    expect(screen.getByText(/が同点で1位です。スコアが等しいため、どちらが上位ということはありません。$/)).toBeInTheDocument();
  });
});
