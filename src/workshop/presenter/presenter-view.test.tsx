import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aggregateWorkshop } from '@/engine/aggregate/aggregate';
import { packIndex } from '@/engine/conditions/visibility';
import { LanguageProvider } from '@/i18n/language-context';
import { translator } from '@/i18n/t';
import { displayNames } from '@/report/phrases/workshop-words';
import type { ChoiceQuestion } from '@/rules/pack/pack-schema';
import { PresenterView, type PresenterViewProps } from './presenter-view';
import { disputedRoom, testPack, testWorkshop } from '@test/support/workshop-pack';
import { membersOf } from '../machine/workshop-model';
import { workshopTextFor } from '../workshop-text';
import { withText } from '@test/support/text';

const workshop = testWorkshop(disputedRoom);
const aggregate = aggregateWorkshop(testPack, membersOf(workshop.participants));
const text = workshopTextFor(testPack, 'en', translator('en'));

function propsWith(overrides: Partial<PresenterViewProps> = {}): PresenterViewProps {
  const item = aggregate.agenda[0];
  const spread = aggregate.spreads.find((s) => s.question === item?.question);
  if (!item || !spread) throw new Error('the test room has an agenda');
  const props: PresenterViewProps = {
    item,
    baseTops: aggregate.agendaBasis.tops,
    question: packIndex(testPack).questions.get(item.question)?.question as ChoiceQuestion,
    spread,
    index: 0,
    count: aggregate.agenda.length,
    revealed: false,
    agreed: undefined,
    names: displayNames(workshop.participants, false, text.t),
    text,
    onNext: vi.fn(),
    onPrevious: vi.fn(),
    onReveal: vi.fn(),
    onExit: vi.fn(),
    onRecord: vi.fn(),
    onClear: vi.fn(),
    seconds: 0,
    timerRunning: true,
    onToggleTimer: vi.fn(),
    notes: '',
    onNotes: vi.fn(),
    recorded: false,
    onUndo: null,
    ...overrides,
  };
  return props;
}

function presenterElement(overrides: Partial<PresenterViewProps> = {}) {
  return (
    <LanguageProvider initial="en">
      <PresenterView {...propsWith(overrides)} />
    </LanguageProvider>
  );
}

function renderWith(overrides: Partial<PresenterViewProps> = {}) {
  return render(presenterElement(overrides));
}

function renderPresenter(overrides: Partial<PresenterViewProps> = {}) {
  const props = propsWith(overrides);
  render(
    <LanguageProvider initial="en">
      <PresenterView {...props} />
    </LanguageProvider>,
  );
  return props;
}

describe('PresenterView', () => {
  it('hides the answers until the facilitator reveals them', async () => {
    const user = userEvent.setup();
    const props = renderPresenter();
    expect(screen.getByText('Answers are hidden (3 answered). Discuss first, then reveal.')).toBeInTheDocument();
    expect(screen.queryByText('Aiko')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reveal the answers' }));
    expect(props.onReveal).toHaveBeenCalledTimes(1);
  });

  it('shows who answered what once revealed, and what each answer would make the group choose', () => {
    renderPresenter({ revealed: true });
    expect(screen.getByText('Aiko')).toBeInTheDocument();
    expect(screen.getByText('Ben')).toBeInTheDocument();
    expect(screen.getByText("The room's answer here can change the outcome. If the room agreed on:")).toBeInTheDocument();
    expect(screen.getByText('“Low”: Alpha first (60)')).toBeInTheDocument();
    expect(screen.getByText(/“High”: Gamma first/)).toBeInTheDocument();
  });

  it('records the agreed answer, and asks for one when none is chosen', async () => {
    const user = userEvent.setup();
    const props = renderPresenter({ revealed: true });
    await user.click(screen.getByRole('button', { name: 'Record agreed answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the answer the room agreed on.');
    expect(props.onRecord).not.toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: 'Medium' }));
    await user.click(screen.getByRole('button', { name: 'Record agreed answer' }));
    expect(props.onRecord).toHaveBeenCalledWith('mid');
  });

  it('offers to clear an answer already agreed', async () => {
    const user = userEvent.setup();
    const props = renderPresenter({ agreed: 'high' });
    expect(screen.getByText(withText('Agreed: High'))).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'High' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear agreed answer' }));
    expect(props.onClear).toHaveBeenCalledTimes(1);
  });

  it('moves with the keyboard: next, previous, reveal and leave', async () => {
    const user = userEvent.setup();
    const props = renderPresenter({ index: 0, count: 2 });
    await user.keyboard('{ArrowLeft}');
    expect(props.onPrevious).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{PageDown}');
    expect(props.onNext).toHaveBeenCalledTimes(2);
    await user.keyboard('r');
    expect(props.onReveal).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(props.onExit).toHaveBeenCalledTimes(1);
  });

  it('moves between items with → and ← even when an answer choice has the focus, leaving the choice as it was', async () => {
    const user = userEvent.setup();
    const props = renderPresenter({ index: 1, count: 3 });
    await user.click(screen.getByRole('radio', { name: 'Low' }));
    await user.keyboard('{ArrowRight}');
    expect(props.onNext).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowLeft}');
    expect(props.onPrevious).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('radio', { name: 'Low' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Medium' })).not.toBeChecked();
  });

  it('does not hint at the answers given before they are revealed', () => {
    renderPresenter();
    expect(screen.getByText("The room's answer here can change the outcome. What each answer leads to is shown with the answers.")).toBeInTheDocument();
    expect(screen.queryByText(/“Low”/)).not.toBeInTheDocument();
  });

  it('puts the focus on the agreed answer once it is recorded', async () => {
    const user = userEvent.setup();
    const onRecord = vi.fn();
    const { rerender } = renderWith({ revealed: true, onRecord });
    await user.click(screen.getByRole('radio', { name: 'Medium' }));
    await user.click(screen.getByRole('button', { name: 'Record agreed answer' }));
    expect(onRecord).toHaveBeenCalledWith('mid');
    rerender(presenterElement({ revealed: true, onRecord, agreed: 'mid' }));
    expect(screen.getByText(withText('Agreed: Medium'))).toHaveFocus();
  });

  it('shows the time on the item, pauses it, keeps notes, and offers "next open item" and undo after recording', async () => {
    const user = userEvent.setup();
    const props = renderPresenter({ seconds: 250, recorded: true, onUndo: vi.fn() });
    expect(screen.getByRole('timer')).toHaveTextContent('Time on this item: 4:10');
    await user.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(props.onToggleTimer).toHaveBeenCalledTimes(1);
    await user.type(screen.getByRole('textbox', { name: 'Notes on this item' }), 'Pilot');
    expect(props.onNotes).toHaveBeenLastCalledWith('Pilot');
    // Typing in the notes is not a key for the presenter.
    expect(props.onPrevious).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Next open item →' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
  });
});
