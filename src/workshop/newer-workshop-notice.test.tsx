import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n/messages';
import { seedWorkshop, testPack, testWorkshop } from '@test/support/workshop-pack';
import { renderWorkshop } from '@test/support/render-workshop';
import { workshopKey, type WorkshopRecord } from './machine/workshop-storage';

const key = workshopKey(testPack);

function renderScreen(lang: Lang) {
  seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
  renderWorkshop({}, { lang });
}

const stored = () => JSON.parse(localStorage.getItem(key) ?? 'null') as WorkshopRecord;

/** Another tab writes a newer record, and this window hears of it as browsers tell it. */
function otherTabSaves(change: Partial<WorkshopRecord>) {
  const text = JSON.stringify({ ...stored(), ...change, revision: 1, writer: 'other-tab', savedAt: '2026-11-28T10:00:00.000Z' });
  act(() => {
    localStorage.setItem(key, text);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
  });
  return text;
}

describe('the newer-workshop notice', () => {
  it('says another tab saved a newer workshop, writes nothing meanwhile, and loads it', async () => {
    const user = userEvent.setup();
    renderScreen('en');
    await screen.findByRole('heading', { name: 'Participants', level: 2 });
    const text = otherTabSaves({ anonymous: false, workshop: { ...stored().workshop, title: 'From the other tab' } });
    const notice = await screen.findByRole('alert', { name: 'A newer workshop was saved in another tab' });
    expect(notice).toHaveTextContent('Nothing has been overwritten');
    await user.click(screen.getByRole('switch'));
    expect(localStorage.getItem(key), 'nothing written over it').toBe(text);
    await user.click(within(notice).getByRole('button', { name: 'Load the newer workshop' }));
    expect(screen.queryByRole('alert', { name: 'A newer workshop was saved in another tab' })).not.toBeInTheDocument();
    expect(screen.getByRole('switch')).not.toBeChecked();
    expect(localStorage.getItem(key), 'loading writes nothing').toBe(text);
  });

  it('reaches presenter mode too, and loading keeps the question on screen and the timer as it was', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }], ['Ben', { 'q.level': 'high' }]]), 'agenda');
    renderWorkshop({}, { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Start presenter mode' }));
    const question = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    await user.click(screen.getByRole('button', { name: 'Pause timer' }));
    otherTabSaves({ workshop: { ...stored().workshop, title: 'From the other tab' }, position: 'agreed' });
    const presenter = screen.getByRole('dialog', { name: question });
    const notice = await within(presenter).findByRole('alert', { name: 'A newer workshop was saved in another tab' });
    await user.click(within(notice).getByRole('button', { name: 'Load the newer workshop' }));
    expect(screen.queryByRole('alert', { name: 'A newer workshop was saved in another tab' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: question }), 'still presenting the same question').toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume timer' }), 'the paused timer stays paused').toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume timer' }));
    expect(screen.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
  });

  it('keeps this tab\'s workshop over the newer one when asked (in Japanese)', async () => {
    const user = userEvent.setup();
    renderScreen('ja');
    await screen.findByRole('switch');
    otherTabSaves({ workshop: { ...stored().workshop, title: 'From the other tab' } });
    const notice = await screen.findByRole('alert', { name: '別のタブで新しいワークショップが保存されました' });
    await user.click(screen.getByRole('switch'));
    await user.click(within(notice).getByRole('button', { name: 'この画面のワークショップで置き換える' }));
    expect(screen.queryByRole('alert', { name: '別のタブで新しいワークショップが保存されました' })).not.toBeInTheDocument();
    expect(stored()).toMatchObject({ revision: 2, anonymous: true });
    expect(stored().writer).not.toBe('other-tab');
    expect(stored().workshop.title).not.toBe('From the other tab');
  });
});
