import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import { formatsFor } from './format';
import { ResultsScreen } from './results-screen';
import { strategyFullAnswers, strategyPack } from '@test/support/strategy-pack';
import { renderIn, screenProps } from '@test/support/render-with-language';
import { withText } from '@test/support/text';

function rankedNames() {
  const list = screen.getByRole('heading', { name: 'Ranking' }).closest('section');
  if (!list) throw new Error('no ranking section');
  return within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
}

describe('ResultsScreen', () => {
  it('ranks the options with their scores and verdicts in words', () => {
    renderIn(<ResultsScreen {...screenProps()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    // Scores by DESIGN.md's formula (derivation in test/support/strategy-pack.ts): Closed 75.0, Open core 72.5
    // (within 3 points: recommended too), API 67.5 (viable), Fully open 52.5 (blocked, last).
    expect(rankedNames()).toEqual(['Closed', 'Open core', 'API with transparency', 'Fully open']);
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('option-card'));
    expect(cards.map((c) => within(c).getByText(/^(Recommended|Viable|Not recommended)$/).textContent)).toEqual([
      'Recommended',
      'Recommended',
      'Viable',
      'Not recommended',
    ]);
    expect(within(cards[0] as HTMLElement).getByText('75.0 of 100')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Scores out of 100\. Closed: 75\.0, Recommended, Open core: 72\.5, Recommended/ })).toBeInTheDocument();
  });

  it('shows the verdicts in Japanese', () => {
    renderIn(<ResultsScreen {...screenProps()} />, 'ja');
    expect(screen.getByRole('heading', { level: 1, name: '診断結果' })).toBeInTheDocument();
    for (const word of ['推奨', '検討可', '非推奨']) expect(screen.getAllByText(word).length).toBeGreaterThan(0);
  });

  it('explains every contribution with its source, grouped for and against', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    await user.click(screen.getByRole('button', { name: /Why this score\?.*Fully open/ }));
    const details = screen.getByRole('heading', { name: 'How the score of Fully open is made' }).closest('div') as HTMLElement;
    expect(within(details).getByText(/Starting score: 45\.0\./)).toBeInTheDocument();
    // every contribution of the engine's result is listed
    expect(within(details).getAllByText(/^[+−]\d+\.\d points$/)).toHaveLength(2);
    const pro = within(details).getByText(/Unique data is a moat/).closest('li') as HTMLElement;
    // Fully open: baseline 10·(2·8 + 2·4 + 4·3)/8 = 45.0; unique data +3 moat: 10·4·3/8 = +15.0; regulation −3 trust: 10·2·(−3)/8 = −7.5.
    expect(pro).toHaveTextContent('+15.0 points — Unique data is a moat that openness cannot copy. (source: Vake et al. (2025), Is Open Source the Future of AI? A Data-Driven Approach)');
    expect(within(pro).getByRole('link', { name: 'Vake et al. (2025), Is Open Source the Future of AI? A Data-Driven Approach' })).toHaveAttribute('href', 'https://example.org/vake');
    const con = within(details).getByText(/Regulators expect controlled access/).closest('li') as HTMLElement;
    expect(con).toHaveTextContent('−7.5 points — Regulators expect controlled access. (source: Regulation (EU) 2024/1689 (AI Act))');
    expect(within(details).getByRole('heading', { name: 'In favour' })).toBeInTheDocument();
    expect(within(details).getByRole('heading', { name: 'Against' })).toBeInTheDocument();
    expect(within(details).getByText('Score: 52.5 = starting score 45.0 + adjustments +7.5.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Next actions' })).toBeInTheDocument();
    expect(screen.getByText('3–12 months')).toBeInTheDocument();
    expect(screen.getByText('Legal')).toBeInTheDocument();
    expect(screen.getByText(withText('Mitigation: Review the budget each quarter.'))).toBeInTheDocument();
    expect(screen.getByText(withText('Open: Fully open licence terms.'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Hide the explanation.*Fully open/ }));
    expect(screen.queryByRole('heading', { name: 'How the score of Fully open is made' })).not.toBeInTheDocument();
  });

  it('says why a blocked option is not recommended, what to do instead, and lists cautions', () => {
    renderIn(<ResultsScreen {...screenProps()} />);
    const blocked = screen.getByRole('heading', { level: 3, name: 'Fully open' }).closest('li') as HTMLElement;
    expect(within(blocked).getByRole('heading', { name: 'Why it is not recommended' })).toBeInTheDocument();
    expect(within(blocked).getByText(/Without misuse monitoring, released weights cannot be supervised\./)).toBeInTheDocument();
    expect(within(blocked).getByText(withText(/consider Closed, the highest-ranked option/))).toBeInTheDocument();
    const cautioned = screen.getByRole('heading', { level: 3, name: 'Open core' }).closest('li') as HTMLElement;
    expect(within(cautioned).getByRole('heading', { name: 'Cautions' })).toBeInTheDocument();
    expect(within(cautioned).getByText(/Do not market the open tier/)).toBeInTheDocument();
  });

  it('describes robustness once it is calculated', async () => {
    renderIn(<ResultsScreen {...screenProps()} />);
    const result = score(strategyPack, strategyFullAnswers, { samples: 2000 });
    const share = formatsFor('en').percent(result.robustness.acceptability.closed ?? 0);
    expect(await screen.findByText(`Closed comes first in ${share} of 2,000 plausible scenarios.`)).toBeInTheDocument();
    // Weight ranges, by hand (Σ w·p with the other weights fixed; performances in strategy-pack.ts):
    //   speed s: Closed 8 + 8s + 36 ≥ Open core 12 + 5s + 36 ⇔ s ≥ 4/3; ≥ API 16 + 7s + 24 always → 1.3 to 5
    //   trust t: Closed 4t + 52 ≥ Open core 6t + 46 ⇔ t ≤ 3; ≥ API 8t + 38 ⇔ t ≤ 3.5 → 0 to 3
    expect(screen.getByText('Closed stays first for any weight of Speed between 1.3 and 5 (now 2).')).toBeInTheDocument();
    // Single answer changes: only trust "Critically" (weight 5, Σ w = 11) moves the top:
    // API (5·8 + 14 + 24)·10/11 = 70.91, Open core (5·6 + 10 + 36)·10/11 = 69.09, Closed (5·4 + 16 + 36)·10/11 = 65.45;
    // API leads by 20/11 = 1.8. ("Not at all": Closed 86.7 stays first; data common: Open core 57.5; regulation light:
    // Open core ties Closed at 75.0 and Closed stays first by id; monitoring yes: Fully open 52.5.)
    expect(
      screen.getByText('If “How much does trust matter?” were “Critically” instead of “Somewhat”, API with transparency would come first (by 1.8 points).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /How often each option comes first/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Weight ranges over which Closed stays first\. Trust: 0 to 3, now 2/ })).toBeInTheDocument();
  });

  it('links unanswered and "not sure" questions back to the questionnaire', async () => {
    const user = userEvent.setup();
    const props = screenProps();
    renderIn(<ResultsScreen {...props} />);
    await user.click(await screen.findByRole('button', { name: 'Answer: How large is the company?' }));
    expect(props.onChangeAnswer).toHaveBeenCalledWith('profile.size');
    await user.click(screen.getByRole('button', { name: 'Check your answers' }));
    expect(props.onReview).toHaveBeenCalledOnce();
  });
});
