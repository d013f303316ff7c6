import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWERS_FORMAT, type AnswersFile } from '@/rules/answers/answers-schema';
import { sessionKey, turnKey } from '@/questionnaire/storage/session-storage';
import { decodeShareLink, encodeShareLink } from '@/lib/share/share-link';
import { answerSmallPack, renderApp } from '@test/support/app-pack';

const shared: AnswersFile = {
  format: ANSWERS_FORMAT,
  rules: { id: 'ui-small', version: '1.0.0' },
  respondent: { name: 'Aiko' },
  answers: { 'profile.builds': 'buy', 'profile.size': 'large', 'goals.trust': 'some' },
};

// Each of these walks the whole app (lazy chunks included) through several screens: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  history.replaceState(null, '', '/');
});
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

async function toParticipants(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Run a workshop' }));
  await user.type(await screen.findByLabelText('Title', {}, { timeout: 5000 }), 'Board offsite');
  await user.click(screen.getByRole('button', { name: 'Save and add participants' }));
  await screen.findByRole('heading', { level: 2, name: 'Participants' });
}

async function startTurn(user: ReturnType<typeof renderApp>['user'], label: string) {
  await user.type(screen.getByLabelText("Participant's name"), label);
  await user.click(screen.getByRole('button', { name: 'Start their answers' }));
  expect(await screen.findByRole('status', { name: `Answering for ${label}` })).toBeInTheDocument();
}

describe('App: a participant answering in turn', () => {
  it('answers apart from the facilitator, survives a reload, and hands back to the workshop', async () => {
    const first = renderApp();
    await toParticipants(first.user);
    await startTurn(first.user, 'Dee');
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toHaveFocus();
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Dee');
    expect(screen.queryByRole('navigation', { name: 'Mode' })).toBeNull();
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    await first.user.click(await screen.findByRole('radio', { name: 'We buy AI services' }));
    first.unmount();

    const again = renderApp();
    expect(await screen.findByRole('status', { name: 'Answering for Dee' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'We buy AI services' })).toBeChecked();
    await again.user.click(screen.getByRole('radio', { name: '300 or more' }));
    await again.user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await again.user.click(await screen.findByRole('radio', { name: 'Critical' }));
    await again.user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(localStorage.getItem(sessionKey({ id: 'ui-small', version: '1.0.0' }))).toBeNull();
    expect(localStorage.getItem(turnKey('ui-small'))).not.toBeNull();

    await again.user.click(await screen.findByRole('button', { name: 'Finish and hand back' }));
    expect(await screen.findByRole('rowheader', { name: 'Dee' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Participants' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Answering for Dee' })).toBeNull();
    await waitFor(() => expect(localStorage.getItem(turnKey('ui-small'))).toBeNull());
  });

  it('hands back before finishing (asked first): the workshop shows the unfinished turn, to resume, add as it is or discard', async () => {
    const { user, unmount } = renderApp();
    await toParticipants(user);
    await startTurn(user, 'Hana Mori');
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('radio', { name: 'We buy AI services' }));
    await user.click(screen.getByRole('radio', { name: '300 or more' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('radio', { name: 'Critical' });
    await user.click(screen.getByRole('button', { name: 'Hand back to the facilitator for now' }));
    const ask = screen.getByRole('dialog', { name: 'Hand back before finishing, Hana Mori?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep these answers and hand back' }));
    const notice = await screen.findByRole('status', { name: "Hana Mori's answers are unfinished" }, { timeout: 5000 });
    expect(notice).toHaveTextContent('2 answers are saved on this device.');
    expect(screen.getByRole('button', { name: 'Start their answers' })).toBeDisabled();
    unmount();

    // A browser restart: the workshop is open again, the turn still unfinished.
    const again = renderApp();
    const still = await screen.findByRole('status', { name: "Hana Mori's answers are unfinished" }, { timeout: 5000 });
    await again.user.click(within(still).getByRole('button', { name: 'Discard' }));
    const confirm = screen.getByRole('dialog', { name: "Discard Hana Mori's answers?" });
    await again.user.click(within(confirm).getByRole('button', { name: 'Keep them' }));
    await again.user.click(within(still).getByRole('button', { name: 'Add as they are' }));
    expect(await screen.findByRole('rowheader', { name: 'Hana Mori' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: "Hana Mori's answers are unfinished" })).toBeNull();
    await waitFor(() => expect(localStorage.getItem(turnKey('ui-small'))).toBeNull());
    expect(JSON.parse(localStorage.getItem('aperture.app') ?? '{}')).toMatchObject({ mode: 'workshop', turn: null, pendingTurn: null });
  });
});

describe('App: share links', () => {
  it('offers the answers in a link as the user’s own, through the checked import, and clears the address', async () => {
    history.replaceState(null, '', encodeShareLink('/', shared));
    const { user } = renderApp();
    const outcome = await screen.findByRole('alert', { name: 'The answers in this link are ready to import' });
    expect(location.hash).toBe('');
    expect(outcome).toHaveTextContent('Shared by Aiko.');
    expect(outcome).toHaveTextContent('3 answers can be imported.');
    await user.click(within(outcome).getByRole('button', { name: 'Use as my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Aiko');
    expect(screen.queryByRole('alert', { name: 'The answers in this link are ready to import' })).toBeNull();
  });

  it('warns before a link replaces answers given already', async () => {
    const first = renderApp();
    await answerSmallPack(first.user);
    first.unmount();
    history.replaceState(null, '', encodeShareLink('/', shared));
    renderApp();
    const outcome = await screen.findByRole('alert', { name: 'The answers in this link are ready to import' });
    expect(outcome).toHaveTextContent('Importing replaces the answers you have now.');
  });

  it('adds the answers in a link to the workshop', async () => {
    history.replaceState(null, '', encodeShareLink('/', shared));
    const { user } = renderApp();
    const outcome = await screen.findByRole('alert', { name: 'The answers in this link are ready to import' });
    await user.click(within(outcome).getByRole('button', { name: 'Add to the workshop' }));
    expect(await screen.findByRole('rowheader', { name: 'Aiko' })).toBeInTheDocument();
  });

  it('adds the answers in a link opened during the workshop to the open workshop', async () => {
    const { user } = renderApp();
    await toParticipants(user);
    await user.type(screen.getByLabelText("Participant's name"), 'Draft name');
    act(() => {
      history.replaceState(null, '', encodeShareLink('/', shared));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const outcome = await screen.findByRole('alert', { name: 'The answers in this link are ready to import' });
    await user.click(within(outcome).getByRole('button', { name: 'Add to the workshop' }));
    expect(await screen.findByRole('rowheader', { name: 'Aiko' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'The answers in this link are ready to import' })).toBeNull();
    // The workshop stayed open: what was being typed is still there, and nothing waits for it to open again.
    expect(screen.getByLabelText("Participant's name")).toHaveValue('Draft name');
    await waitFor(() => expect(JSON.parse(localStorage.getItem('aperture.app') ?? '{}')).toMatchObject({ mode: 'workshop', pendingTurn: null, link: null }));
  });

  it.each([
    ['a damaged link', '#answers=N4Ig%%%', 'This link cannot be read', 'The link is damaged or incomplete'],
    ['answers for another questionnaire', encodeShareLink('/', { ...shared, rules: { id: 'other', version: '1.0.0' } }), 'The answers in this link cannot be imported', 'another questionnaire (id “other”), not for “Small test pack”'],
  ])('explains %s', async (_, url, title, words) => {
    history.replaceState(null, '', url);
    const { user } = renderApp();
    const alert = await screen.findByRole('alert', { name: title });
    expect(alert).toHaveTextContent(words);
    await user.click(within(alert).getByRole('button', { name: /Close|Cancel/ }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: title })).toBeNull());
  });

  it('shares the answers from the review as a link to copy, with its QR code', async () => {
    const { user } = renderApp();
    await answerSmallPack(user);
    // The share action is a part of its own, there once its code has arrived (at once when an earlier test fetched it).
    await user.click(await screen.findByRole('button', { name: 'Share my answers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share your answers' });
    const box = await within(dialog).findByRole('textbox', { name: 'Link to your answers' });
    const decoded = decodeShareLink((box as HTMLTextAreaElement).value);
    expect(decoded.ok && decoded.value).toMatchObject({ rules: { id: 'ui-small' }, answers: { 'profile.builds': 'buy', 'goals.trust': 'critical' } });
    await user.click(within(dialog).getByRole('button', { name: 'Copy the link' }));
    expect(await navigator.clipboard.readText()).toBe((box as HTMLTextAreaElement).value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('The link is copied.');
    expect(await within(dialog).findByRole('img', { name: 'QR code of the link to your answers' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
