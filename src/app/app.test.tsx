import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionKey } from '@/questionnaire/storage/session-storage';
import { PACK_KEY } from '@/packs/storage/pack-store';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './app';
import { holdsStoredRecords } from './boot/first-visit';
import { answerSmallPack, fakePackBoot, packFile, renderApp } from '@test/support/app-pack';
import { withText } from '@test/support/text';

const quick = readFileSync('rules/examples/quick-check.json', 'utf8');
const broken = readFileSync('test/fixtures/packs/bad-not-a-choice.json', 'utf8');

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('App: the pack', () => {
  it('says it is loading until the pack has arrived, then shows the start screen', async () => {
    let arrive: () => void = () => undefined;
    const waiting = new Promise<void>((done) => (arrive = done));
    renderApp(() => waiting.then(fakePackBoot));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the questionnaire…');
    arrive();
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toHaveFocus();
    expect(screen.getByText(withText('Rules pack: Small test pack (version 1.0.0)'))).toBeInTheDocument();
  });

  it('waits for the reading of stored records only when this browser holds some, and resumes the stored answers', async () => {
    localStorage.setItem(sessionKey({ id: 'ui-small', version: '1.0.0' }), JSON.stringify({ version: 1, pack: { id: 'ui-small', version: '1.0.0' }, answers: { 'profile.builds': 'buy' }, position: { screen: 'start' }, revision: 1, savedAt: '2026-01-01T00:00:00.000Z' }));
    let arrive: () => void = () => undefined;
    const reading = vi.fn(() => new Promise<void>((done) => (arrive = done)));
    render(<App load={fakePackBoot} loadReading={reading} storage={localStorage} />);
    await waitFor(() => expect(reading).toHaveBeenCalled());
    expect(screen.getByRole('status')).toHaveTextContent('Loading the questionnaire…');
    arrive();
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
  });

  it('shows a first visit the start screen without waiting for the reading of stored records, and fetches it afterwards', async () => {
    const reading = vi.fn(() => new Promise<void>(() => undefined));
    render(<App load={fakePackBoot} loadReading={reading} storage={localStorage} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    await waitFor(() => expect(reading).toHaveBeenCalledTimes(1));
  });

  it('shows the start screen in its first render when the packs arrived before it, what lies below the fold a frame later, and fetches the reading of records afterwards', async () => {
    const boot = await (await fakePackBoot()).bootPacks(localStorage, 'en');
    const load = vi.fn(fakePackBoot);
    const reading = vi.fn(() => Promise.resolve());
    render(<App load={load} loadReading={reading} storage={localStorage} first={{ ready: boot }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the questionnaire…')).toBeNull();
    expect(reading).not.toHaveBeenCalled();
    // Below the fold, a frame later: the ways to begin with something in hand.
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(await screen.findByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    // The workshop and pack cards come in a chunk of their own, fetched then.
    expect(await screen.findByRole('button', { name: 'Run a workshop' })).toBeInTheDocument();
    await waitFor(() => expect(reading).toHaveBeenCalledTimes(1));
    expect(load).not.toHaveBeenCalled();
  });

  it('waits for packs still on their way when it first renders, without asking for them again', async () => {
    const boot = await (await fakePackBoot()).bootPacks(localStorage, 'en');
    let arrive: (packs: typeof boot | undefined) => void = () => undefined;
    const load = vi.fn(fakePackBoot);
    render(<App load={load} storage={localStorage} first={{ pending: new Promise((done) => (arrive = done)) }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the questionnaire…');
    arrive(boot);
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
  });

  it('explains a failed first download at once, and asks again on "Try again"', async () => {
    const load = vi.fn(fakePackBoot);
    render(<App load={load} storage={localStorage} first={{ pending: Promise.resolve(undefined) }} />);
    const failed = await screen.findByRole('alert', { name: 'The questionnaire could not be loaded' });
    expect(load).not.toHaveBeenCalled();
    await userEvent.setup().click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tells Aperture records from the language chosen and from other sites’ keys', () => {
    localStorage.setItem('aperture.lang', 'ja');
    localStorage.setItem('other.app', '{}');
    expect(holdsStoredRecords(localStorage)).toBe(false);
    localStorage.setItem('aperture.app', '{}');
    expect(holdsStoredRecords(localStorage)).toBe(true);
    expect(holdsStoredRecords(undefined)).toBe(false);
  });

  it('explains a failed download and tries again on request', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockImplementation(fakePackBoot);
    const { user } = renderApp(load);
    const failed = await screen.findByRole('alert', { name: 'The questionnaire could not be loaded' });
    await user.click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('replaces the questionnaire with a loaded pack, remembers it, and goes back to the default in one click', async () => {
    const first = renderApp();
    await first.user.upload(await screen.findByLabelText('Choose a pack file'), packFile('quick-check.json', quick));
    expect(await screen.findByRole('status', { name: 'Now using “Quick check: how open should our AI be?”, version 1.0.0' })).toBeInTheDocument();
    expect(screen.getByText(withText('Rules pack: Quick check: how open should our AI be? (version 1.0.0)'))).toBeInTheDocument();
    expect(screen.getByText('9 questions in 3 sections (your answers may add a few more)')).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your company' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Do you have people who can run and adapt models?' })).toBeInTheDocument();
    first.unmount();

    const again = renderApp();
    expect(await screen.findByText(withText('Rules pack: Quick check: how open should our AI be? (version 1.0.0)'))).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your company' })).toBeInTheDocument();
    await again.user.click(screen.getAllByRole('button', { name: 'Back to the default pack' })[0] as HTMLElement);
    expect(await screen.findByText(withText('Rules pack: Small test pack (version 1.0.0)'))).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toHaveFocus();
    expect(localStorage.getItem(PACK_KEY)).toBeNull();
    expect(localStorage.getItem(sessionKey({ id: 'quick-check', version: '1.0.0' }))).not.toBeNull();
  });

  it('lists every problem of a broken pack with its place in the file, and keeps the pack in use', async () => {
    const { user } = renderApp();
    await user.upload(await screen.findByLabelText('Choose a pack file'), packFile('custom.json', broken));
    const problems = await screen.findByRole('alert', { name: 'custom.json cannot be used as a rules pack' });
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'rules[0].when.all[0].atLeast: "hgh" is not a choice of data.uniqueness (none, low, medium, high, unique); did you mean high?',
    ]);
    expect(problems).toHaveTextContent('Problems found: 1.');
    expect(problems).toHaveTextContent('The questionnaire in use has not changed.');
    expect(screen.getByText(withText('Rules pack: Small test pack (version 1.0.0)'))).toBeInTheDocument();
    expect(localStorage.getItem(PACK_KEY)).toBeNull();
  });

  it('opens the pack control from the header wherever the user is', async () => {
    const { user } = renderApp();
    await answerSmallPack(user);
    await user.click(screen.getByRole('button', { name: 'Use another pack' }));
    // It opens with its picker, once the picker's code is here.
    const dialog = await screen.findByRole('dialog', { name: 'Use another rules pack' });
    await user.upload(within(dialog).getByLabelText('Choose a pack file'), packFile('quick-check.json', quick));
    expect(await screen.findByText(withText('Rules pack: Quick check: how open should our AI be? (version 1.0.0)'))).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
  });

  it('moves a remembered pack that no longer passes the checks aside and says so', async () => {
    localStorage.setItem(PACK_KEY, JSON.stringify({ version: 1, fileName: 'custom.json', text: broken, savedAt: '2026-11-28T10:00:00.000Z' }));
    const { user } = renderApp();
    const notice = (await screen.findByRole('heading', { name: 'The rules pack loaded earlier cannot be used' })).parentElement as HTMLElement;
    expect(within(notice).getByRole('listitem')).toHaveTextContent('rules[0].when.all[0].atLeast');
    expect(screen.getByText(withText('Rules pack: Small test pack (version 1.0.0)'))).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Remove custom.json from this browser' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'The rules pack loaded earlier cannot be used' })).toBeNull());
    expect(Object.keys(localStorage).filter((key) => key.startsWith(PACK_KEY))).toEqual([]);
  });
});

describe('App: modes', () => {
  it('opens the workshop from the start screen, keeps it across a reload, and leaves it', async () => {
    const first = renderApp();
    await first.user.click(await screen.findByRole('button', { name: 'Run a workshop' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Set up the workshop' }, { timeout: 5000 })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Workshop' })).toHaveAttribute('aria-current', 'page');
    first.unmount();

    const again = renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Set up the workshop' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Leave workshop mode' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toHaveFocus();
    await again.user.click(screen.getByRole('button', { name: 'Workshop' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Set up the workshop' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'My questionnaire' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Decide how open to make your AI' })).toBeInTheDocument();
  });
});
