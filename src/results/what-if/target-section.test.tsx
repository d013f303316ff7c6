import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildPack } from '@test/support/pack-builder';
import type { Answers } from '@/rules/answers/answers-schema';
import { ResultsScreen } from '../results-screen';
import { renderIn, screenProps } from '@test/support/render-with-language';

/** Closed today; staged needs a part-time community owner; open core also needs automated monitoring; a fact can block open core. */
const pack = buildPack({
  criteria: [{ id: 'value', weight: 1 }],
  questions: [
    { id: 'scale', choices: ['small', 'frontier'] },
    { id: 'capacity', choices: ['none', 'part-time', 'team'], actionable: { direction: 'up', owner: 'community', steps: { 'part-time': '0-3m', team: '3-12m' }, actions: [{ option: 'staged', action: 0 }] } },
    { id: 'monitoring', choices: ['automated', 'manual', 'none'], actionable: { direction: 'down', owner: 'security', steps: { manual: '0-3m', automated: '12m+' } } },
  ],
  options: [
    { id: 'closed', baseline: { value: 6 } },
    { id: 'staged', baseline: { value: 6 } },
    { id: 'open-core', baseline: { value: 6 } },
  ],
  guards: [
    { id: 'needs-a-team', options: ['staged', 'open-core'], severity: 'block', when: { q: 'capacity', atMost: 'none' } },
    { id: 'needs-monitoring', options: ['open-core'], severity: 'block', when: { q: 'monitoring', atLeast: 'manual' } },
    { id: 'frontier-closed', options: ['open-core'], severity: 'block', when: { q: 'scale', is: 'frontier' } },
  ],
});
const answers: Answers = { scale: 'small', capacity: 'none', monitoring: 'none' };

/** The section renders once the ranking has painted. */
const shown = () => screen.findByRole('heading', { name: 'What would it take?' });
const section = () => screen.getByRole('heading', { name: 'What would it take?' }).closest('section') as HTMLElement;
const verdictOf = (option: string) => {
  const card = screen.getAllByRole('listitem').find((li) => li.classList.contains('option-card') && within(li).queryByRole('heading', { name: option }));
  return card ? within(card).getByText(/^(Recommended|Viable|Not recommended)$/).textContent : undefined;
};

describe('What would it take?', () => {
  it('defaults to the next more open option and shows its stage with owner and actions', async () => {
    renderIn(<ResultsScreen {...screenProps({ pack, answers })} />);
    await shown();
    const target = within(section());
    expect(target.getByRole('combobox', { name: 'Target option' })).toHaveValue('staged');
    expect(target.getAllByRole('option').map((o) => o.textContent)).toEqual(['staged', 'open-core']);
    expect(target.getByText('staged can become recommended within 3 months.')).toBeInTheDocument();
    expect(target.getByRole('heading', { name: 'Stage 1: within 3 months' })).toBeInTheDocument();
    expect(target.getByText('capacity — from “none” to “part-time”')).toBeInTheDocument();
    expect(target.getByText('Owner: Community')).toBeInTheDocument();
    expect(target.getByText('act (staged)')).toBeInTheDocument();
  });

  it('stages a longer path, and applies it as a what-if that makes the target recommended', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps({ pack, answers })} />);
    await shown();
    await user.selectOptions(within(section()).getByRole('combobox', { name: 'Target option' }), 'open-core');
    const target = within(section());
    expect(target.getByText('open-core can become recommended in more than 12 months.')).toBeInTheDocument();
    expect(target.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Stage 1: within 3 months', 'Stage 2: in more than 12 months']);
    expect(target.getByText('monitoring — from “manual” to “automated”')).toBeInTheDocument();
    expect(verdictOf('open-core')).toBe('Not recommended');
    await user.click(target.getByRole('button', { name: 'Try these checkpoints as a what-if' }));
    expect(target.getByText(/The checkpoints are applied as a what-if scenario below/)).toBeInTheDocument();
    expect(verdictOf('open-core')).toBe('Recommended');
  });

  it('marks a step of a capability not known today as counted from its lowest level, and applies the path as a what-if', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps({ pack, answers: { scale: 'small', capacity: 'part-time' } })} />);
    await shown();
    await user.selectOptions(within(section()).getByRole('combobox', { name: 'Target option' }), 'open-core');
    const target = within(section());
    const steps = target.getAllByRole('listitem').filter((li) => li.querySelector(':scope > .target__checkpoint'));
    expect(steps.map((li) => [li.querySelector('.target__checkpoint')?.textContent, li.querySelector('.target__unknown')?.textContent ?? null])).toEqual([
      ['monitoring — from “none” to “manual”', 'Counted from the lowest level — find out where you stand first.'],
      ['monitoring — from “manual” to “automated”', 'Counted from the lowest level — find out where you stand first.'],
    ]);
    expect(target.getByText(/^Capabilities not known yet \(unanswered or “not sure”\) are counted from their lowest level.*: monitoring$/)).toBeInTheDocument();
    expect(verdictOf('open-core')).toBe('Not recommended');
    await user.click(target.getByRole('button', { name: 'Try these checkpoints as a what-if' }));
    expect(verdictOf('open-core')).toBe('Recommended');
  });

  it('does not mark a known capability, and says the mark in Japanese', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps({ pack, answers: { scale: 'small', capacity: 'none' } })} />, 'ja');
    const heading = await screen.findByRole('heading', { name: 'より開かれた選択肢に進むには' });
    const target = within(heading.closest('section') as HTMLElement);
    await user.selectOptions(target.getByRole('combobox', { name: '目標とする選択肢' }), 'open-core');
    expect(target.getByText('capacity（日本語）：「none（日本語）」から「part-time（日本語）」へ').parentElement?.querySelector('.target__unknown')).toBeNull();
    expect(target.getByText('monitoring（日本語）：「none（日本語）」から「manual（日本語）」へ').parentElement?.querySelector('.target__unknown')?.textContent).toBe(
      '最も低い水準から数えています。まず現在の水準をご確認ください。',
    );
  });

  it('names the fact in the way when building cannot get there, in Japanese too', async () => {
    const user = userEvent.setup();
    renderIn(<ResultsScreen {...screenProps({ pack, answers: { ...answers, scale: 'frontier' } })} />, 'ja');
    const heading = await screen.findByRole('heading', { name: 'より開かれた選択肢に進むには' });
    const target = within(heading.closest('section') as HTMLElement);
    await user.selectOptions(target.getByRole('combobox', { name: '目標とする選択肢' }), 'open-core');
    expect(target.getByText('open-core（日本語）は、能力の整備だけでは推奨に至りません。')).toBeInTheDocument();
    expect(target.getByText('能力の整備では変えられない事実に基づいています：scale（日本語）')).toBeInTheDocument();
    expect(target.queryByRole('button', { name: /What-if/ })).not.toBeInTheDocument();
  });

  it('exports the report with the chosen target', async () => {
    const user = userEvent.setup();
    const props = screenProps({ pack, answers });
    renderIn(<ResultsScreen {...props} />);
    await shown();
    await user.selectOptions(within(section()).getByRole('combobox', { name: 'Target option' }), 'open-core');
    await user.click(screen.getByRole('button', { name: /PDF/ }));
    expect(props.onExportReport).toHaveBeenCalledWith('open-core');
  });
});
