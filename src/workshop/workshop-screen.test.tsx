import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '@/i18n/messages';
import { answersFile, answersText, disputedRoom, seedWorkshop, startHost, testPack, testWorkshop } from '@test/support/workshop-pack';
import { renderWorkshop, startWorkshop } from '@test/support/render-workshop';
import type { WorkshopActor, WorkshopScreenProps } from './workshop-screen';
import { workshopKey } from './machine/workshop-storage';
import { withText } from '@test/support/text';
import { FakeWorker } from '@test/support/fake-worker';
import { encodeShareLink } from '@/lib/share/share-link';
import { MAX_WORKSHOP_BYTES } from '@/rules/limits';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

function renderScreen(props: Partial<WorkshopScreenProps> = {}, lang: Lang = 'en', actor?: WorkshopActor) {
  return renderWorkshop(props, { lang, ...(actor ? { actor } : {}) });
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('the workshop screen', () => {
  it('sets up a workshop, then imports several answers files and reports each problem in words', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Save and add participants' }));
    expect(await screen.findByText('Enter a title for the workshop.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Title'), 'Board offsite');
    await user.click(screen.getByRole('button', { name: 'Save and add participants' }));

    expect(await screen.findByRole('heading', { name: 'Participants', level: 2 })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose answers files'), [
      file('aiko.json', answersText({ 'q.level': 'low', 'q.ghost': 'x' }, 'Aiko')),
      file('other.json', answersText({}, 'Dan', { id: 'another-pack', version: '1.0.0' })),
      file('ben.json', answersText({ 'q.level': 'top' }, 'Ben')),
    ]);

    const report = await screen.findByRole('alert', { name: 'Import' });
    expect(within(report).getByText('Added: 2. Not added: 1.')).toBeInTheDocument();
    expect(report).toHaveTextContent('aiko.json: added as Aiko.');
    expect(report).toHaveTextContent('q.ghost: this questionnaire has no such question; the answer was ignored.');
    expect(report).toHaveTextContent('other.json: not added.');
    expect(report).toHaveTextContent('These answers are for another questionnaire (id “another-pack”), not for “Three-option workshop pack”.');
    expect(report).toHaveTextContent('“How mature is your data?”: “top” is not one of the choices (“Low”, “Medium”, “High”); it was ignored.');
    const table = screen.getByRole('table', { name: 'Participants: 2' });
    expect(within(table).getByRole('rowheader', { name: 'Aiko' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ben' })).toBeInTheDocument();
  });

  it('names questions, choices and the questionnaire in the import report, in Japanese without Latin punctuation or spaces between sentences', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    renderScreen({}, 'ja');
    await user.upload(screen.getByLabelText('回答ファイルを選択'), [
      file('ben.json', answersText({ 'q.level': 'top' }, 'Ben')),
      file('other.json', answersText({}, 'Dan', { id: 'another-pack', version: '1.0.0' })),
      file('again.json', answersText({ 'q.level': 'low' }, 'Aiko')),
    ]);
    const report = await screen.findByRole('alert', { name: '取り込み結果' });
    const text = report.textContent ?? '';
    expect(text).toContain('「データはどの程度成熟していますか」：「top」は選択肢（「低い」、「中程度」、「高い」）にないため、読み込みませんでした。');
    expect(text).toContain('「3択のワークショップ用パック」には読み込めません。');
    expect(text).toContain('again.json：追加できませんでした。同じ回答が「Aiko」としてすでにワークショップにあるため');
    expect(text).not.toMatch(/low|mid|high|workshop-three|[:;,] |。 /);
  });

  it('takes answers files dropped on the drop zone', async () => {
    seedWorkshop(testWorkshop([]), 'participants');
    renderScreen();
    const zone = screen.getByRole('group', { name: 'Drop one or more answers files here, or' });
    fireEvent.drop(zone, { dataTransfer: { files: [file('aiko.json', answersText({ 'q.level': 'low' }, 'Aiko')), file('ben.json', answersText({}, 'Ben'))] } });
    expect(await screen.findByRole('table', { name: 'Participants: 2' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Import' })).toHaveTextContent('Added: 2. Not added: 0.');
  });

  it('flags the same name twice instead of merging', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    renderScreen();
    await user.upload(screen.getByLabelText('Choose answers files'), [file('again.json', answersText({ 'q.level': 'high' }, 'AIKO'))]);
    const report = await screen.findByRole('alert', { name: 'Import' });
    expect(report).toHaveTextContent('Same name as Aiko: they were kept apart, not merged.');
    expect(screen.getByRole('table', { name: 'Participants: 2' })).toHaveTextContent('Same name as Aiko');
  });

  it('switches between names and "Participant A, B, …" everywhere in the overview', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop(disputedRoom), 'overview');
    renderScreen();
    const matrix = screen.getByRole('table', { name: 'Rank and score of each option, per participant' });
    expect(within(matrix).getByRole('columnheader', { name: 'Aiko' })).toBeInTheDocument();
    expect(screen.getAllByText(/Aiko/).length).toBeGreaterThan(1);

    await user.click(screen.getByRole('switch', { name: 'Hide names (Participant A, B, …)' }));
    expect(screen.queryByText(/Aiko|Ben|Chris/)).not.toBeInTheDocument();
    expect(within(matrix).getByRole('columnheader', { name: 'Participant A' })).toBeInTheDocument();
    expect(screen.getAllByText(/Participant B/).length).toBeGreaterThan(1);
    expect(JSON.parse(localStorage.getItem(workshopKey(testPack)) ?? '{}')).toMatchObject({ anonymous: true });

    await user.click(screen.getByRole('switch', { name: 'Hide names (Participant A, B, …)' }));
    expect(within(matrix).getByRole('columnheader', { name: 'Aiko' })).toBeInTheDocument();
  });

  it('shows the group ranking by mean and Borda, and the agreement in words', () => {
    seedWorkshop(testWorkshop(disputedRoom), 'overview');
    renderScreen();
    expect(screen.getByText(/^Agreement \(Kendall's W\): /)).toBeInTheDocument();
    const group = screen.getByRole('table', { name: 'Group ranking by mean score, with the Borda count' });
    const rows = within(group).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1. Gamma', '2. Alpha', '3. Beta']);
  });

  it('asks the app for a turn on this device, and adds the answers it hands back', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    const { props, unmount } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Start their answers' }));
    expect(screen.getByText("Enter the participant's name first.")).toBeInTheDocument();
    expect(props.onAnswerInTurn).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText("Participant's name"), 'Dee');
    await user.click(screen.getByRole('button', { name: 'Start their answers' }));
    expect(props.onAnswerInTurn).toHaveBeenCalledWith('Dee');

    // The app shows the questionnaire meanwhile, then starts the workshop again and sends it the answers, as its one hand-off does.
    unmount();
    const { host, told } = startHost();
    const actor = startWorkshop(testPack, host);
    actor.send({ type: 'participants.addTurn', label: 'Dee', answers: { 'q.level': 'high' }, handoff: true });
    renderScreen(props, 'en', actor);
    expect(await screen.findByRole('rowheader', { name: 'Dee' })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader', { name: 'Dee' })).toHaveLength(1);
    // Handed the same answers again (a reload before the app heard of them): refused as the same answers, and acknowledged again.
    act(() => actor.send({ type: 'participants.addTurn', label: 'Dee', answers: { 'q.level': 'high' }, handoff: true }));
    expect(screen.getAllByRole('rowheader', { name: 'Dee' })).toHaveLength(1);
    expect(told).toEqual(['turn.consumed', 'turn.consumed']);
    expect(JSON.parse(localStorage.getItem(workshopKey(testPack)) ?? '{}').workshop.participants.map((p: { label: string }) => p.label)).toEqual(['Aiko', 'Dee']);
  });

  it('asks before a new workshop replaces one with participants, and starts afresh only when confirmed', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }], ['Ben', { 'q.level': 'high' }]]), 'setup');
    const { actor } = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Start a new workshop' }));
    const ask = screen.getByRole('dialog', { name: 'Replace the current workshop?' });
    expect(ask).toHaveTextContent('The current workshop has 2 participants.');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(actor.getSnapshot().context.workshop.participants).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Start a new workshop' }));
    await user.click(screen.getByRole('button', { name: 'Start afresh' }));
    expect(screen.queryByRole('dialog', { name: 'Replace the current workshop?' })).not.toBeInTheDocument();
    expect(actor.getSnapshot().context.workshop.participants).toEqual([]);
  });

  it.each([
    ['en', 'Open a workshop file…', 'Import', '“Q4 room”.json is 5.2 MB, too large to be a workshop file (at most 4 MB). The workshop in use has not changed.'],
    ['ja', 'ワークショップファイルを開く…', '取り込み結果', '“Q4 room”.json：5.2 MBあり、ワークショップファイルとしては大きすぎます（上限は4 MB）。使用中のワークショップは変わっていません。'],
  ] as const)('refuses a workshop file over the cap before reading it, naming it, its size and the cap; the workshop is untouched (%s)', async (lang, open, title, message) => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }], ['Ben', { 'q.level': 'high' }]]), 'setup');
    const saved = localStorage.getItem(workshopKey(testPack));
    const { actor } = renderScreen({}, lang);
    const before = actor.getSnapshot().context.workshop;
    expect(MAX_WORKSHOP_BYTES).toBeLessThan(5_200_000);
    const big = new File([new Uint8Array(5_150_001)], '“Q4 room”.json', { type: 'application/json' });
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText(open), big);
    const alert = await screen.findByRole('alert', { name: title });
    expect(alert).toHaveTextContent(message);
    // The file name is the user's: isolated from the sentence around it.
    expect(within(alert).getByText('“Q4 room”.json').tagName).toBe('BDI');
    expect(read).not.toHaveBeenCalled();
    // Nothing to confirm (nothing would be replaced), and nothing changed, in the workshop or in storage.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(actor.getSnapshot().context.workshop).toBe(before);
    expect(localStorage.getItem(workshopKey(testPack))).toBe(saved);
    expect(screen.getByRole('heading', { level: 2, name: lang === 'en' ? 'Set up the workshop' : 'ワークショップの準備' })).toBeInTheDocument();
  });

  it.each([
    ['en', 'Choose answers files', 'Added: 1. Not added: 1.', 'huge.json: not added. The file is 3.1 MB, too large to be an answers file (at most 2 MB); it was not read.'],
    ['ja', '回答ファイルを選択', '追加：1件 追加できず：1件', 'huge.json：追加できませんでした。ファイルが3.1 MBあり、回答ファイルとしては大きすぎるため読み込んでいません（上限は2 MB）。'],
  ] as const)('refuses an answers file over the cap before reading it and adds the others (%s)', async (lang, choose, summary, refused) => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    renderScreen({}, lang);
    const huge = new File([new Uint8Array(3_050_001)], 'huge.json', { type: 'application/json' });
    const read = vi.spyOn(huge, 'text');
    await user.upload(screen.getByLabelText(choose), [huge, file('ben.json', answersText({ 'q.level': 'high' }, 'Ben'))]);
    const report = await screen.findByRole('alert', { name: lang === 'en' ? 'Import' : '取り込み結果' });
    expect(report).toHaveTextContent(summary);
    expect(report).toHaveTextContent(refused);
    expect(read).not.toHaveBeenCalled();
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Aiko', 'Ben']);
  });

  it.each([
    ['en', 'Paste a share link', 'Add from link', 'Reading the share link…', 'Share link: added as Dee.', 'Share link: not added. The link is damaged or incomplete'],
    ['ja', '共有リンクを貼り付け', 'リンクから追加', '共有リンクを読み取っています…', '共有リンク：Deeとして追加しました。', '共有リンク：追加できませんでした。リンクが壊れているか'],
  ] as const)('reads a pasted share link in the share-link worker, busy meanwhile, and keeps the words for a damaged one (%s)', async (lang, label, add, reading, added, refused) => {
    const user = userEvent.setup();
    // The real worker module, holding the first request until the test has seen the busy state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    class HeldWorker extends FakeWorker {
      override postMessage(request: unknown): void {
        void held.then(() => super.postMessage(request));
      }
    }
    vi.stubGlobal('Worker', HeldWorker);
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    renderScreen({}, lang);
    const link = encodeShareLink('https://example.org/', answersFile({ 'q.level': 'high' }, 'Dee'));
    await user.click(screen.getByLabelText(label));
    await user.paste(link);
    await user.click(screen.getByRole('button', { name: add }));
    // Busy while the worker reads: the button does nothing, and the status says why.
    expect(screen.getByRole('button', { name: add })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(reading)).toHaveAttribute('role', 'status');
    expect(screen.getAllByRole('rowheader')).toHaveLength(1);
    release();
    expect(await screen.findByRole('rowheader', { name: 'Dee' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: lang === 'en' ? 'Import' : '取り込み結果' })).toHaveTextContent(added);
    expect(screen.getByRole('button', { name: add })).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(reading)).not.toBeInTheDocument();
    expect(screen.getByLabelText(label), 'an added link leaves the box').toHaveValue('');
    expect(FakeWorker.created.map((worker) => worker.url)).toEqual([expect.stringMatching(/share-link-worker\.ts(\?|$)/)]);

    // A link changed on the way: the same words as before, and no one added.
    const at = link.indexOf('=') + 40;
    await user.click(screen.getByLabelText(label));
    const damaged = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await user.paste(damaged);
    await user.click(screen.getByRole('button', { name: add }));
    const report = await screen.findByRole('alert', { name: lang === 'en' ? 'Import' : '取り込み結果' });
    expect(report).toHaveTextContent(refused);
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    expect(screen.getByLabelText(label), 'a refused link stays in the box to be corrected').toHaveValue(damaged);
  });

  it('keeps another turn from starting while one is unfinished', () => {
    seedWorkshop(testWorkshop([['Aiko', { 'q.level': 'low' }]]), 'participants');
    renderScreen({ turnOpen: 'Hana Mori' });
    expect(screen.getByText(withText("Hana Mori's turn is unfinished: resume, add or discard it (see above) before starting another."))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start their answers' })).toBeDisabled();
  });

  it('offers an unreadable saved workshop for download instead of dropping it', () => {
    localStorage.setItem(workshopKey(testPack), '{"version": 1, "broken":');
    renderScreen();
    expect(screen.getByRole('alert', { name: 'A saved workshop could not be read' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the unreadable record' })).toBeInTheDocument();
    expect(Object.keys(localStorage).some((key) => key.startsWith(`${workshopKey(testPack)}.unreadable.`))).toBe(true);
  });

  it('walks the agenda in presenter mode: hidden answers, reveal, record, and the consensus follows', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop(disputedRoom, { 'q.detail': 'no' }), 'agenda');
    renderScreen();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('workshop-agenda__item'));
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual(['How mature is your data?', 'How much do you value speed?']);
    // The item that cannot change the outcome is folded away, with the reason.
    expect(items[1]?.closest('details')).toHaveTextContent('Questions that differ but cannot change the outcome (1)');
    expect(items[1]).toHaveTextContent('Cannot change the outcome');

    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How mature is your data?' })).toHaveFocus();
    expect(screen.queryByText('Aiko')).not.toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.getByText('Aiko')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'High' }));
    await user.click(screen.getByRole('button', { name: 'Record agreed answer' }));
    expect(screen.getByText(withText('Agreed: High'))).toHaveFocus();
    // Agreed, the question goes after the open ones; presenter mode stays on it.
    expect(screen.getByText('Item 2 of 2')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 1, name: 'How much do you value speed?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /Agreed answers/ }));
    expect(screen.getByText('Recommended: Gamma (score 78)')).toBeInTheDocument();
  });

  it('speaks Japanese', () => {
    seedWorkshop(testWorkshop(disputedRoom), 'overview');
    renderScreen({}, 'ja');
    expect(screen.getByRole('heading', { name: 'グループ全体' })).toBeInTheDocument();
    expect(screen.getByText(/^一致度（ケンドールの一致係数W）：/)).toBeInTheDocument();
  });

  it('says among how many the answer is unanimous, asks before the middle answer replaces an agreement, and undoes', async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop([...disputedRoom, ['Dee', { 'q.level': 'high', 'q.detail': { unsure: true } }]], { 'q.minor': 'high' }), 'agreed');
    renderScreen();
    // q.detail (asked from q.level mid up): two said "no", one was not sure.
    expect(await screen.findByText('Unanimous among the 2 who answered.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the room\'s middle answer for: How much do you value speed?' }));
    const ask = screen.getByRole('dialog', { name: 'Replace the agreed answer?' });
    expect(ask).toHaveTextContent('The room agreed on “A lot”.');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(withText('Agreed: A lot'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the room\'s middle answer for: How much do you value speed?' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Replace the agreed answer?' })).getByRole('button', { name: /^Replace with/ }));
    expect(screen.queryByText(withText('Agreed: A lot'))).not.toBeInTheDocument();
    const undo = screen.getAllByRole('status').find((el) => el.textContent?.includes('Recorded: How much do you value speed?'));
    if (!undo) throw new Error('no undo notice');
    await user.click(within(undo).getByRole('button', { name: 'Undo' }));
    expect(screen.getByText(withText('Agreed: A lot'))).toBeInTheDocument();
  });

  it("shows a participant's full result and replaces their answers with a newer file", async () => {
    const user = userEvent.setup();
    seedWorkshop(testWorkshop(disputedRoom), 'participants');
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Result of Ben' }));
    const detail = screen.getByRole('dialog', { name: 'Ben: full result' });
    expect(within(detail).getByRole('table', { name: "Options in order, from Ben's own answers" })).toBeInTheDocument();
    await user.upload(within(detail).getByLabelText('Choose the newer file'), file('ben-v2.json', answersText({ 'q.level': 'low', 'q.minor': 'nope' }, 'Ben')));
    const report = await screen.findByRole('alert', { name: 'Import' });
    expect(report).toHaveTextContent('ben-v2.json: replaced the answers of Ben');
    expect(screen.getByRole('table', { name: 'Participants: 3' })).toHaveTextContent('1 answer left out on import (not valid): How much do you value speed?');
  });

  it('offers a choice question its middle answer and a multi question the choices most of the room made, in both languages', async () => {
    const room: [string, Record<string, string | string[]>][] = [
      ['Aiko', { 'q.level': 'low', 'q.tools': ['x', 'y'] }],
      ['Ben', { 'q.level': 'high', 'q.tools': ['x'] }],
      ['Chris', { 'q.level': 'mid', 'q.tools': ['x', 'z'] }],
    ];
    seedWorkshop(testWorkshop(room), 'agreed');
    const { unmount } = renderScreen();
    expect(await screen.findByText(withText(/^The room's middle answer: Medium\./))).toBeInTheDocument();
    expect(screen.getByText(withText(/^The choices most of the room made: Tool X\./))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record the choices most of the room made for: Which tools do you use?' })).toBeInTheDocument();
    unmount();
    renderScreen({}, 'ja');
    expect(await screen.findByText(withText(/^参加者の回答の中央値：中程度(?!、)/))).toBeInTheDocument();
    expect(screen.getByText(withText(/^過半数の参加者が選んだ回答：ツールX(?!、)/))).toBeInTheDocument();
    expect(screen.queryByText(withText(/中央値：ツール/))).not.toBeInTheDocument();
    // The recommendation says what it rests on, in Japanese punctuation.
    expect(screen.getByRole('heading', { name: '合意済みの回答に基づく推奨' })).toBeInTheDocument();
    const basis = screen.getByText((_, el) => el?.classList.contains('workshop-basis') ?? false);
    expect(basis.textContent).toBe('【基準：合意した回答】暫定的な結果です。合意済みの回答（3問中0問）のみに基づいており、未合意の質問は計算に含めていません。');
    expect(within(basis).getByText('基準：合意した回答').tagName).toBe('STRONG');
  });
});
