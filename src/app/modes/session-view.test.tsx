import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import { packFingerprints } from '@/questionnaire/storage/fingerprints';
import { legacySessionKey, sessionKey } from '@/questionnaire/storage/session-storage';
import { smallPack as pack } from '@test/support/questionnaire-pack';
import { SessionView } from './session-view';

const key = sessionKey(pack);

function open() {
  const view = render(
    <LanguageProvider initial="en">
      <SessionView pack={pack} storage={localStorage} />
    </LanguageProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

const stored = () => JSON.parse(localStorage.getItem(key) ?? 'null') as { answers: object; position: object; draft?: object } | null;

async function answerEverything(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(await screen.findByRole('radio', { name: 'We buy AI services' }));
  await user.click(screen.getByRole('radio', { name: '300 or more' }));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Your goals' });
  await user.click(screen.getByRole('radio', { name: 'Somewhat' }));
  await user.click(screen.getByRole('button', { name: 'Save and continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
}

describe('SessionView', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:answers');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('walks the sections, skipping the hidden one, and moves focus to each new heading', async () => {
    const { user } = open();
    expect(screen.getByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toHaveFocus();
    expect(screen.getByText('About 5 minutes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your organisation' })).toHaveFocus();
    expect(screen.getByText('Section 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'We build our own' }));
    expect(screen.getByText('Section 1 of 3')).toBeInTheDocument();
    // The optional notes (free text) are not counted: six questions are shown that count.
    expect(screen.getByText('1 of 6 questions answered')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'We buy AI services' }));
    await user.click(screen.getByRole('radio', { name: '300 or more' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your goals' })).toHaveFocus();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Your organisationComplete',
      'Your goalsNot started',
      'Check your answers',
    ]);
  });

  it('review → change → save goes back to the review with the new answer', async () => {
    const { user } = open();
    await answerEverything(user);
    const row = screen.getByText('How important is trust through transparency?').closest('div') as HTMLElement;
    expect(within(row).getByText('Somewhat')).toBeInTheDocument();
    await user.click(within(row).getByRole('link', { name: 'Change the answer to “How important is trust through transparency?”' }));
    expect(await screen.findByRole('radio', { name: 'Somewhat' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Critical' }));
    await user.click(screen.getByRole('button', { name: 'Save and return to your answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    const again = screen.getByText('How important is trust through transparency?').closest('div') as HTMLElement;
    expect(within(again).getByText('Critical')).toBeInTheDocument();
    expect(stored()).toMatchObject({ answers: { 'goals.trust': 'critical' }, position: { screen: 'review' } });
  });

  it('lists missing required answers on the review, each a link to the question', async () => {
    const { user } = open();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('link', { name: /Check your answers/ }));
    const missing = await screen.findByRole('heading', { name: '3 required questions are not answered' });
    const alert = missing.parentElement as HTMLElement;
    await user.click(within(alert).getByRole('link', { name: 'How many employees?' }));
    expect(await screen.findByRole('radio', { name: 'Fewer than 300' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Save and return to your answers' })).toBeInTheDocument();
  });

  it('resumes exactly where the user was after a reload, typed fields included', async () => {
    const first = open();
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    await first.user.click(await screen.findByRole('radio', { name: 'Both' }));
    await first.user.type(screen.getByRole('textbox', { name: /Anything else/ }), 'Half typed');
    expect(stored()).toMatchObject({ position: { screen: 'section', section: 'profile' }, draft: { section: 'profile' } });
    first.unmount();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your organisation' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Anything else/ })).toHaveValue('Half typed');
  });

  it('keeps the user on a section while a text answer is too long, focusing it', async () => {
    const { user } = open();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const box = await screen.findByRole('textbox', { name: /Anything else/ });
    await user.click(box);
    await user.paste('x'.repeat(205));
    expect(screen.getByText('5 characters too many')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Your organisation' })).toBeInTheDocument();
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('moves corrupt saved answers aside, says so on the start screen, and offers them as a file', async () => {
    localStorage.setItem(key, '{"version": 1, "answers": {');
    const { user } = open();
    const notice = screen.getByRole('heading', { name: 'Saved answers could not be read' }).parentElement as HTMLElement;
    expect(notice).toHaveTextContent('The saved data is damaged.');
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${key}.unreadable.1`)).toBe('{"version": 1, "answers": {');
    await user.click(within(notice).getByRole('button', { name: 'Download the saved data' }));
    expect(URL.createObjectURL).toHaveBeenCalled();
    await user.click(within(notice).getByRole('button', { name: 'Remove it from this browser' }));
    expect(localStorage.getItem(`${key}.unreadable.1`)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Saved answers could not be read' })).toBeNull();
  });

  it('tells what was not carried over from answers an earlier build saved against an older version', async () => {
    localStorage.setItem(
      legacySessionKey(pack.id),
      JSON.stringify({
        version: 1,
        pack: { id: pack.id, version: '0.1.0' },
        answers: { 'profile.builds': 'own', 'profile.size': 'tiny' },
        position: { screen: 'review' },
        revision: 2,
        savedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    open();
    const notice = await screen.findByRole('status', { name: 'Your saved answers were checked against the current questionnaire' });
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'These answers were given for version 0.1.0 of the questionnaire; this is version 1.0.0. Answers that still fit were kept.',
      '“How many employees?”: “tiny” is not one of the choices (“Fewer than 300”, “300 or more”); it was ignored.',
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });

  it('names the questions that are new, changed or gone since an older version, and carries over the rest', async () => {
    const older = { ...packFingerprints(pack), 'profile.size': '0badf00d', 'profile.legacy': '12345678' };
    delete (older as Record<string, string>)['goals.speed'];
    const olderKey = sessionKey({ id: pack.id, version: '0.9.0' });
    const olderText = JSON.stringify({
      version: 1,
      pack: { id: pack.id, version: '0.9.0' },
      questions: older,
      answers: { 'profile.builds': 'buy', 'profile.size': 'small', 'goals.trust': 'some' },
      position: { screen: 'review' },
      revision: 2,
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    localStorage.setItem(olderKey, olderText);
    const { user } = open();
    const notice = await screen.findByRole('status', { name: 'Your saved answers were checked against the current questionnaire' });
    expect(notice).toHaveTextContent('Your answers were given for version 0.9.0 of the questionnaire; this is version 1.0.0. Answers to unchanged questions were carried over: 2.');
    expect(within(notice).getAllByRole('list').map((list) => within(list).getAllByRole('listitem').map((li) => li.textContent))).toEqual([
      ['How many employees?'],
      ['How soon do you need results?'],
      ['profile.legacy'],
    ]);
    const review = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(review).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Understood' }));
    expect(screen.queryByRole('status', { name: 'Your saved answers were checked against the current questionnaire' })).toBeNull();
    expect(stored()).toMatchObject({ pack: { version: '1.0.0' }, answers: { 'profile.builds': 'buy', 'goals.trust': 'some' } });
    expect(localStorage.getItem(olderKey), 'the older version keeps its own answers').toBe(olderText);
  });

  it('asks before starting over, offering the answers as a download first', async () => {
    const { user } = open();
    await answerEverything(user);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = screen.getByRole('dialog', { name: 'Start over?' });
    await user.click(within(dialog).getByRole('button', { name: 'Download my answers first' }));
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Remove my answers and start over' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(stored()).toMatchObject({ answers: {}, position: { screen: 'start' } });
  });

  it('shows a banner when another tab saved newer answers, and loads them on request', async () => {
    const { user } = open();
    await answerEverything(user);
    const theirs = JSON.stringify({
      version: 1,
      pack: { id: pack.id, version: pack.version },
      answers: { 'goals.trust': 'none' },
      position: { screen: 'section', section: 'goals' },
      revision: 99,
      savedAt: '2026-01-01T00:00:00.000Z',
      writer: 'another-tab',
    });
    localStorage.setItem(key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs }));
    const banner = await screen.findByRole('alert', { name: 'Newer answers were saved in another tab' });
    await user.click(within(banner).getByRole('button', { name: 'Load the newer answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your goals' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Not important' })).toBeChecked();
  });

  it('shows the results screen from the review', async () => {
    const { user } = open();
    await answerEverything(user);
    await user.click(screen.getByRole('button', { name: 'See the results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Check your answers' })[0] as HTMLElement);
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });
});
