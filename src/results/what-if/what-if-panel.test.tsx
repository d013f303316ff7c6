import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResultsScreen } from '../results-screen';
import { strategyFullAnswers } from '@test/support/strategy-pack';
import { renderIn, screenProps } from '@test/support/render-with-language';

function rankedNames() {
  const section = screen.getByRole('heading', { name: 'Ranking' }).closest('section') as HTMLElement;
  return within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
}

describe('what-if', () => {
  it('changes a weight: the ranking updates at once, is announced, and the scenario badge lists it', () => {
    renderIn(<ResultsScreen {...screenProps()} />);
    const slider = screen.getByRole('slider', { name: 'Moat' });
    expect(slider).toHaveValue('4');
    fireEvent.change(slider, { target: { value: '0' } });
    // Moat 0 (trust 2, speed 2, Σ w = 4): API 10·(2·8 + 2·7)/4 = 75.0 passes Closed 10·(2·4 + 2·8)/4 = 60.0 and Open core 10·(2·6 + 2·5)/4 = 55.0.
    expect(rankedNames()[0]).toBe('API with transparency');
    expect(screen.getByText('Ranking updated: API with transparency is now first.')).toBeInTheDocument();
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Weight of Moat: 4 → 0')).toBeInTheDocument();
    expect(screen.getByText('The report uses your own answers, not the what-if scenario.')).toBeInTheDocument();
  });

  it('changes an answer, then "back to my answers" resets the scenario without touching the answers', async () => {
    const user = userEvent.setup();
    const before = structuredClone(strategyFullAnswers);
    const props = screenProps();
    renderIn(<ResultsScreen {...props} />);
    await user.click(screen.getByText('Risk'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'How much does trust matter?' }), 'Critically');
    // Trust 5 (Σ w = 11): API 10·(5·8 + 2·7 + 4·6)/11 = 70.9 passes Open core 10·(5·6 + 2·5 + 4·9)/11 = 69.1 and Closed 10·(5·4 + 2·8 + 4·9)/11 = 65.5.
    expect(rankedNames()[0]).toBe('API with transparency');
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('How much does trust matter?: Somewhat → Critically')).toBeInTheDocument();
    // the trust weight follows the answer (weightFrom) in the scenario
    expect(screen.getByRole('slider', { name: 'Trust' })).toHaveValue('5');

    await user.click(within(badge).getByRole('button', { name: 'Back to my answers' }));
    // The own answers again: Closed 75.0, Open core 72.5, API 67.5, Fully open 52.5 and blocked (strategy-pack.ts).
    expect(rankedNames()).toEqual(['Closed', 'Open core', 'API with transparency', 'Fully open']);
    expect(screen.queryByRole('region', { name: 'Scenario' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'How much does trust matter?' })).toHaveValue('some');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(props.answers).toEqual(before);
  });

  it('toggles a multi answer with checkboxes and undoes one change from the badge', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    await user.click(screen.getByText('Your company'));
    const group = screen.getByRole('group', { name: 'Which kinds of data do you hold?' });
    await user.click(within(group).getByRole('checkbox', { name: 'Customer records' }));
    expect(within(group).getByRole('checkbox', { name: 'Customer records' })).not.toBeChecked();
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Which kinds of data do you hold?: Customer records, Operations logs → Operations logs')).toBeInTheDocument();
    await user.click(within(badge).getByRole('button', { name: /^Undo: Which kinds/ }));
    expect(within(group).getByRole('checkbox', { name: 'Customer records' })).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Scenario' })).not.toBeInTheDocument();
  });

  it('renders the controls of a section once it is opened, and none after it is closed again', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    const risk = screen.getByText('Risk');
    expect(screen.queryByRole('combobox', { name: 'How much does trust matter?' })).not.toBeInTheDocument();
    await user.click(risk);
    expect(risk.closest('details')).toHaveProperty('open', true);
    expect(screen.getByRole('combobox', { name: 'How much does trust matter?' })).toBeInTheDocument();
    await user.click(risk);
    expect(risk.closest('details')).toHaveProperty('open', false);
    expect(screen.queryByRole('combobox', { name: 'How much does trust matter?' })).not.toBeInTheDocument();
  });

  it('shows only the questions visible in the scenario', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    await user.click(screen.getByText('Risk'));
    expect(screen.getByRole('combobox', { name: 'Can you monitor misuse?' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'How regulated is your market?' }), 'Lightly');
    expect(screen.queryByRole('combobox', { name: 'Can you monitor misuse?' })).not.toBeInTheDocument();
    // the block guard needed that question: Fully open is no longer blocked
    const card = screen.getByRole('heading', { level: 3, name: 'Fully open' }).closest('li') as HTMLElement;
    expect(within(card).queryByText('Not recommended')).not.toBeInTheDocument();
  });

  it('keeps a what-if weight over the weight an answer gives, and drops it when it matches again', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    fireEvent.change(screen.getByRole('slider', { name: 'Trust' }), { target: { value: '5' } });
    await user.click(screen.getByText('Risk'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'How much does trust matter?' }), 'Not at all');
    expect(screen.getByRole('slider', { name: 'Trust' })).toHaveValue('5');
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Weight of Trust: 0 → 5')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Trust' }), { target: { value: '0' } });
    expect(within(badge).queryByText(/Weight of Trust/)).not.toBeInTheDocument();
    expect(within(badge).getByText('How much does trust matter?: Somewhat → Not at all')).toBeInTheDocument();
  });
});
