import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aggregateWorkshop } from '@/engine/aggregate/aggregate';
import { translator } from '@/i18n/t';
import { AgendaList } from './agenda-list';
import { testPack } from '@test/support/workshop-pack';
import { workshopTextFor } from '../workshop-text';

const text = workshopTextFor(testPack, 'en', translator('en'));
const room = [
  { id: 'a', label: 'A', answers: { 'q.level': 'low', 'q.minor': 'low', 'q.tools': ['x'], 'q.detail': 'no' } },
  { id: 'b', label: 'B', answers: { 'q.level': 'mid', 'q.minor': 'high', 'q.tools': ['x', 'z'], 'q.detail': 'no' } },
  { id: 'c', label: 'C', answers: { 'q.level': 'high', 'q.minor': 'high', 'q.tools': ['x'], 'q.detail': 'no' } },
  { id: 'd', label: 'D', answers: { 'q.minor': 'low', 'q.tools': ['y'], 'q.detail': 'no' } },
];
const { agenda, agendaBasis } = aggregateWorkshop(testPack, room);
const baseTops = agendaBasis.tops;

describe('AgendaList', () => {
  it('lists the disputes by disagreement × impact, with their measures', () => {
    render(<AgendaList items={agenda} agreed={{}} baseTops={baseTops} text={text} onPresent={vi.fn()} />);
    const items = within(screen.getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'How mature is your data?',
      'Which tools do you use?',
      'How much do you value speed?',
    ]);
    expect(items[0]).toHaveTextContent('Disagreement 1.00');
    expect(items[0]).toHaveTextContent('Impact 30.0 points');
    expect(items[1]).toHaveTextContent('Disagreement 0.67');
    expect(items[1]).toHaveTextContent('Impact 6.0 points');
  });

  it('says which disputes cannot change the outcome against the consensus (medians here), and how the others change it', () => {
    render(<AgendaList items={agenda} agreed={{ 'q.minor': 'high' }} baseTops={baseTops} text={text} onPresent={vi.fn()} />);
    const minor = screen.getByRole('heading', { name: 'How much do you value speed?' }).closest('li') as HTMLElement;
    expect(baseTops).toEqual(['alpha']);
    expect(minor).toHaveTextContent('Cannot change the outcome: with the agreed answers, whichever answer given here the room agrees on, alone or with any one other open question, Alpha stays first.');
    expect(minor).toHaveTextContent('Agreed: A lot');
    const level = screen.getByRole('heading', { name: 'How mature is your data?' }).closest('li') as HTMLElement;
    expect(level).toHaveTextContent("The room's answer here can change the outcome.");
    expect(level).toHaveTextContent('“Low”: Alpha first (60)');
    expect(level).toHaveTextContent('“Medium”: Alpha first (52)');
    expect(level).toHaveTextContent('“High”: Gamma first (78)');
    expect(level).toHaveTextContent('Not agreed yet');
  });

  it('opens an item in presenter mode', async () => {
    const user = userEvent.setup();
    const onPresent = vi.fn();
    render(<AgendaList items={agenda} agreed={{}} baseTops={baseTops} text={text} onPresent={onPresent} />);
    await user.click(screen.getByRole('button', { name: 'Discuss on screen: Which tools do you use?' }));
    expect(onPresent).toHaveBeenCalledWith('q.tools');
  });
});
