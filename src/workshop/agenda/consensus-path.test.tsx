import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rankOptions } from '@/engine/score/score';
import { buildPack } from '@test/support/pack-builder';
import { LanguageProvider } from '@/i18n/language-context';
import type { Answers } from '@/rules/answers/answers-schema';
import { ConsensusPath } from './consensus-path';

const pack = buildPack({
  criteria: [{ id: 'value', weight: 1 }],
  questions: [
    { id: 'capacity', choices: ['none', 'part-time', 'team'], actionable: { direction: 'up', owner: 'community', steps: { 'part-time': '0-3m', team: '3-12m' } } },
    { id: 'misuse', choices: ['low', 'severe'] },
  ],
  options: [
    { id: 'closed', baseline: { value: 6 } },
    { id: 'staged', baseline: { value: 6 } },
    { id: 'fully-open', baseline: { value: 6 } },
  ],
  guards: [
    { id: 'needs-a-team', options: ['staged', 'fully-open'], severity: 'block', when: { q: 'capacity', atMost: 'none' } },
    { id: 'severe-misuse', options: ['fully-open'], severity: 'block', when: { q: 'misuse', is: 'severe' } },
  ],
});
const agreed: Answers = { capacity: 'none', misuse: 'severe' };

describe('ConsensusPath', () => {
  it("shows the path from the room's agreed answers to the next more open option, and what blocks another", async () => {
    const user = userEvent.setup();
    render(
      <LanguageProvider initial="en">
        <ConsensusPath pack={pack} answers={agreed} ranking={rankOptions(pack, agreed).ranking} />
      </LanguageProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Target option' })).toHaveValue('staged');
    expect(screen.getByRole('status')).toHaveTextContent('staged can become recommended within 3 months.');
    expect(screen.getByText('capacity — from “none” to “part-time”')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target option' }), 'fully-open');
    expect(screen.getByRole('status')).toHaveTextContent('fully-open is not reachable by building capabilities alone.');
    expect(screen.getByText('It rests on facts building cannot change: misuse')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try these stages as a what-if' })).not.toBeInTheDocument();
  });

  it('tries the stages as a what-if on the agreed answers, and goes back', async () => {
    const user = userEvent.setup();
    render(
      <LanguageProvider initial="en">
        <ConsensusPath pack={pack} answers={agreed} ranking={rankOptions(pack, agreed).ranking} />
      </LanguageProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Try these stages as a what-if' }));
    expect(screen.getByText(/^With these stages: /)).toHaveTextContent('With these stages: Tied first: closed and staged (score 60).');
    await user.click(screen.getByRole('button', { name: 'Back to the agreed answers' }));
    expect(screen.queryByText(/^With these stages: /)).not.toBeInTheDocument();
  });
});
