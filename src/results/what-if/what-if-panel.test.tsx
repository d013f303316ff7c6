import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResultsScreen } from '../results-screen';
import { testAnswers } from '@test/support/results-pack';
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
    expect(rankedNames()[0]).toBe('API with transparency');
    expect(screen.getByText('Ranking updated: API with transparency is now first.')).toBeInTheDocument();
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Weight of Moat: 4 → 0')).toBeInTheDocument();
    expect(screen.getByText('The report uses your own answers, not the what-if scenario.')).toBeInTheDocument();
  });

  it('changes an answer, then "back to my answers" resets the scenario without touching the answers', async () => {
    const user = userEvent.setup();
    const before = structuredClone(testAnswers);
    const props = screenProps();
    renderIn(<ResultsScreen {...props} />);
    await user.click(screen.getByText('Risk'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'How much does trust matter?' }), 'Not at all');
    expect(rankedNames()[0]).toBe('Closed');
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('How much does trust matter?: Somewhat → Not at all')).toBeInTheDocument();
    // the trust weight follows the answer (weightFrom) in the scenario
    expect(screen.getByRole('slider', { name: 'Trust' })).toHaveValue('0');

    await user.click(within(badge).getByRole('button', { name: 'Back to my answers' }));
    expect(rankedNames()).toEqual(['Open core', 'Closed', 'API with transparency', 'Fully open']);
    expect(screen.queryByRole('region', { name: 'Scenario' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'How much does trust matter?' })).toHaveValue('some');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(props.answers).toEqual(before);
  });

  it('toggles a multi answer with checkboxes and undoes one change from the badge', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
    await user.click(screen.getByText('Profile'));
    const group = screen.getByRole('group', { name: 'Which kinds of data do you hold?' });
    await user.click(within(group).getByRole('checkbox', { name: 'Customer data' }));
    expect(within(group).getByRole('checkbox', { name: 'Customer data' })).not.toBeChecked();
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Which kinds of data do you hold?: Customer data → Not answered')).toBeInTheDocument();
    await user.click(within(badge).getByRole('button', { name: /^Undo: Which kinds/ }));
    expect(within(group).getByRole('checkbox', { name: 'Customer data' })).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Scenario' })).not.toBeInTheDocument();
  });

  it('shows only the questions visible in the scenario', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps()} />);
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
    await user.selectOptions(screen.getByRole('combobox', { name: 'How much does trust matter?' }), 'Not at all');
    expect(screen.getByRole('slider', { name: 'Trust' })).toHaveValue('5');
    const badge = screen.getByRole('region', { name: 'Scenario' });
    expect(within(badge).getByText('Weight of Trust: 0 → 5')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Trust' }), { target: { value: '0' } });
    expect(within(badge).queryByText(/Weight of Trust/)).not.toBeInTheDocument();
    expect(within(badge).getByText('How much does trust matter?: Somewhat → Not at all')).toBeInTheDocument();
  });
});
