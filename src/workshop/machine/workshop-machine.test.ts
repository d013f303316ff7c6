import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor, type EventObject } from 'xstate';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import { score } from '@/engine/score/score';
import { encodeShareLink, fragmentPayload } from '@/lib/share/share-link';
import { FakeWorker } from '@test/support/fake-worker';
import { MAX_WORKSHOP_BYTES } from '@/rules/limits';
import { workshopFileTooLarge, workshopJson } from './workshop-file';
import { brokenUnanimous } from './workshop-state';
import { answersFile, answersText, startHost, testPack, testWorkshop } from '@test/support/workshop-pack';
import { workshopMachine, type WorkshopAutosaveEvent, type WorkshopAutosaveInput } from './workshop-machine';
import type { WorkshopInput } from './workshop-state';
import type { WorkshopContent } from './workshop-storage';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

type Handed = { label: string; answers: Answers; respondent?: Respondent };

function start(input: Partial<WorkshopInput> = {}, options: { exportFails?: boolean; handed?: Handed } = {}) {
  const saves: WorkshopContent[] = [];
  const exports: unknown[] = [];
  const { host, told: turnsAdded } = startHost();
  const machine = workshopMachine.provide({
    actors: {
      autosave: fromCallback<WorkshopAutosaveEvent, WorkshopAutosaveInput>(({ receive }) => receive((event) => event.type === 'save' && saves.push(event.record))),
      clock: fromCallback<EventObject>(() => undefined),
      exportPdf: fromPromise(async ({ input: report }) => {
        exports.push(report);
        if (options.exportFails) throw new Error('disk full');
        return { fileName: 'workshop.pdf', replaced: ['𠮷'] };
      }),
    },
  });
  const actor = createActor(machine, { input: { pack: testPack, today: '2026-11-28', host, ...input } }).start();
  // The app's hand-off (app-machine's `deliverPending`): the answers sent to the workshop actor once it runs.
  if (options.handed) actor.send({ type: 'participants.addTurn', ...options.handed, handoff: true });
  return { actor, saves, exports, turnsAdded, machine };
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

type Actor = ReturnType<typeof start>['actor'];

/** Opens a workshop file's text as the setup screen does, and waits until it has been checked (off the main thread in a browser). */
async function openFile(actor: Actor, text: string) {
  actor.send({ type: 'workshop.open', text });
  expect(actor.getSnapshot().hasTag('busy'), 'busy while the file is checked').toBe(true);
  await waitFor(actor, (s) => !s.matches({ view: 'opening' }));
}

/** Pastes a share link as the participants step does, and waits until it has been read (by the share-link worker in a browser). */
async function addLink(actor: Actor, text: string, fallbackLabel: string) {
  actor.send({ type: 'participants.addLink', text, fallbackLabel });
  expect(actor.getSnapshot().matches({ view: { participants: 'readingLink' } }) && actor.getSnapshot().hasTag('busy'), 'busy while the link is read').toBe(true);
  await waitFor(actor, (s) => s.matches({ view: { participants: 'idle' } }));
}

async function withRoom() {
  const started = start();
  started.actor.send({ type: 'setup.save', title: 'Board offsite', date: '2026-11-28', notes: '' });
  started.actor.send({
    type: 'participants.addFiles',
    files: [
      file('aiko.json', answersText({ 'q.level': 'low', 'q.minor': 'low' }, 'Aiko')),
      file('ben.json', answersText({ 'q.level': 'high', 'q.minor': 'high' }, 'Ben')),
      file('chris.json', answersText({ 'q.level': 'mid', 'q.minor': 'low' }, 'Chris')),
    ],
  });
  await waitFor(started.actor, (s) => s.matches({ view: { participants: 'idle' } }) && s.context.workshop.participants.length === 3);
  return started;
}

describe('workshopMachine', () => {
  it('starts at setup with an empty workshop dated today, and saves the setup', () => {
    const { actor, saves } = start();
    expect(actor.getSnapshot().matches({ view: 'setup' })).toBe(true);
    expect(actor.getSnapshot().context.workshop).toMatchObject({ format: 'aperture-workshop/2', date: '2026-11-28', participants: [] });
    actor.send({ type: 'setup.save', title: '  Board offsite ', date: '2026-12-01', notes: 'Room 4' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ view: 'participants' })).toBe(true);
    expect(snapshot.context.workshop).toMatchObject({ title: 'Board offsite', date: '2026-12-01', notes: 'Room 4' });
    expect(saves.at(-1)).toMatchObject({ version: 1, position: 'participants', workshop: { title: 'Board offsite' } });
  });

  it('needs participants before the overview, the agenda or the agreed answers', () => {
    const { actor } = start();
    for (const type of ['nav.overview', 'nav.agenda', 'nav.agreed'] as const) expect(actor.getSnapshot().can({ type })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'presenter.start', index: 0 })).toBe(false);
  });

  it('resumes where the facilitator was', () => {
    const workshop = { ...testWorkshop([['Aiko', { 'q.level': 'low' }]]), title: 'Saved' };
    const { actor } = start({ saved: { workshop, position: 'agreed', anonymous: true, presenter: { index: 0, revealed: false } } });
    expect(actor.getSnapshot().matches({ view: 'agreed' })).toBe(true);
    expect(actor.getSnapshot().context.anonymous).toBe(true);
    // A step that needs participants, saved without any (another tab removed them): the participants step instead.
    const empty = start({ saved: { workshop: { ...workshop, participants: [] }, position: 'agreed', anonymous: false, presenter: { index: 0, revealed: false } } });
    expect(empty.actor.getSnapshot().matches({ view: 'participants' })).toBe(true);
  });

  it('imports several files at once, reporting problems and refusing unreadable ones', async () => {
    const { actor } = start();
    actor.send({ type: 'nav.participants' });
    actor.send({
      type: 'participants.addFiles',
      files: [
        file('aiko.json', answersText({ 'q.level': 'low', 'q.ghost': 'x' }, 'Aiko')),
        file('other.json', answersText({}, 'Dan', { id: 'another-pack', version: '1.0.0' })),
        file('broken.json', '{ "format": '),
        file('ben-answers.json', answersText({ 'q.level': 'top' })),
      ],
    });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (s) => s.matches({ view: { participants: 'idle' } }));
    const { workshop, report } = actor.getSnapshot().context;
    expect(workshop.participants.map((p) => [p.label, p.answers.answers])).toEqual([
      ['Aiko', { 'q.level': 'low' }],
      ['ben-answers', {}],
    ]);
    expect(report?.entries.map((e) => [e.source, e.status, e.problems.map((p) => p.code)])).toEqual([
      ['aiko.json', 'added', ['unknown-question']],
      ['other.json', 'refused', ['other-pack']],
      ['broken.json', 'refused', ['not-json']],
      ['ben-answers.json', 'added', ['not-a-choice']],
    ]);
    actor.send({ type: 'report.dismiss' });
    expect(actor.getSnapshot().context.report).toBeNull();
  });

  it('flags a second participant with the same name instead of merging', async () => {
    const { actor } = await withRoom();
    await addLink(actor, encodeShareLink('https://example.org/', answersFile({ 'q.level': 'high' }, ' aiko ')), 'Participant 4');
    const { workshop, report } = actor.getSnapshot().context;
    expect(workshop.participants).toHaveLength(4);
    expect(report?.entries[0]).toMatchObject({ sourceKind: 'link', status: 'added', label: 'aiko', duplicateOf: 'Aiko' });
  });

  it('refuses a damaged share link and adds a turn taken on this device', async () => {
    const { actor } = await withRoom();
    await addLink(actor, 'https://example.org/#answers=%%%', 'Participant 4');
    expect(actor.getSnapshot().context.report?.entries[0]).toMatchObject({ status: 'refused', sourceProblem: 'not-decodable' });
    expect(actor.getSnapshot().context.workshop.participants).toHaveLength(3);
    await addLink(actor, 'just some words', 'Participant 4');
    expect(actor.getSnapshot().context.report?.entries[0]).toMatchObject({ status: 'refused', sourceProblem: 'no-answers' });
    actor.send({ type: 'participants.addTurn', label: 'Dee', answers: { 'q.level': 'high' } });
    expect(actor.getSnapshot().context.workshop.participants.at(-1)).toMatchObject({ label: 'Dee', answers: { answers: { 'q.level': 'high' } } });
  });

  it('reads a pasted share link in the share-link worker: only the payload goes there, the checked answers come back', async () => {
    const { actor } = await withRoom();
    vi.stubGlobal('Worker', FakeWorker);
    const link = `  ${encodeShareLink('https://example.org/app/', answersFile({ 'q.level': 'high' }, 'Dee'))}\n`;
    await addLink(actor, link, 'Participant 4');
    const [worker] = FakeWorker.created;
    expect(worker?.url).toMatch(/share-link-worker\.ts$/);
    expect(worker?.requests).toEqual([{ pack: testPack, payload: fragmentPayload(link.trim()) }]);
    expect(worker?.terminated).toBe(true);
    const { workshop, report } = actor.getSnapshot().context;
    expect(workshop.participants.at(-1)).toMatchObject({ label: 'Dee', answers: { answers: { 'q.level': 'high' } } });
    expect(report?.entries).toEqual([expect.objectContaining({ sourceKind: 'link', status: 'added', label: 'Dee' })]);
    // A link cut short: the worker says why, and nothing is added.
    await addLink(actor, link.slice(0, 60), 'Participant 5');
    expect(actor.getSnapshot().context.report?.entries[0]).toMatchObject({ sourceKind: 'link', status: 'refused', sourceProblem: 'unchecked' });
    expect(actor.getSnapshot().context.workshop.participants).toHaveLength(4);
  });

  it('takes answers handed over as it starts: adds the participant once, saves it and tells its host', () => {
    const saved = testWorkshop([['Aiko', { 'q.level': 'low' }]]);
    const turn = { label: 'Dee', answers: { 'q.level': 'high' }, respondent: { name: 'Dee', role: 'CFO' } };
    const { actor, saves, turnsAdded, machine } = start(
      { saved: { workshop: saved, position: 'agreed', anonymous: false, presenter: { index: 0, revealed: false } } },
      { handed: turn },
    );
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ view: 'participants' })).toBe(true);
    expect(snapshot.context.workshop.participants.map((p) => p.label)).toEqual(['Aiko', 'Dee']);
    expect(snapshot.context.workshop.participants[1]).toMatchObject({ answers: { respondent: { role: 'CFO' }, answers: { 'q.level': 'high' } } });
    expect(snapshot.context.report?.entries).toHaveLength(1);
    expect(saves.at(-1)?.workshop.participants.map((p) => p.label)).toEqual(['Aiko', 'Dee']);
    expect(turnsAdded, 'told once').toEqual(['turn.consumed']);

    // Restored from its snapshot, it is handed the same answers again (a reload before the app heard `turn.consumed`): they are not added twice.
    const again = createActor(machine, { input: { pack: testPack, today: '2026-11-28' }, snapshot: actor.getPersistedSnapshot() }).start();
    expect(again.getSnapshot().matches({ view: 'participants' })).toBe(true);
    expect(again.getSnapshot().context.workshop.participants).toHaveLength(2);
    again.send({ type: 'participants.addTurn', ...turn, handoff: true });
    expect(again.getSnapshot().context.workshop.participants).toHaveLength(2);
    expect(again.getSnapshot().context.report?.entries[0]).toMatchObject({ status: 'refused', sourceProblem: 'same-answers', duplicateOf: 'Dee' });
  });

  it('with nothing handed over, resumes where it was and tells nothing', () => {
    const { actor, turnsAdded } = start();
    expect(actor.getSnapshot().matches({ view: 'setup' })).toBe(true);
    expect(actor.getSnapshot().context.workshop.participants).toEqual([]);
    expect(turnsAdded).toEqual([]);
  });

  it('undoes the removal of a participant, back in their place, saved', async () => {
    const { actor, saves } = await withRoom();
    const before = actor.getSnapshot().context.workshop.participants;
    actor.send({ type: 'participants.remove', id: before[1]?.id ?? '' });
    expect(actor.getSnapshot().context.removed?.participant.label).toBe(before[1]?.label);
    expect(actor.getSnapshot().context.aggregate.participants).toHaveLength(2);
    actor.send({ type: 'participants.undoRemove' });
    expect(actor.getSnapshot().context.workshop.participants).toEqual(before);
    expect(actor.getSnapshot().context.aggregate.participants).toHaveLength(3);
    expect(actor.getSnapshot().context.removed).toBeNull();
    expect(saves.at(-1)?.workshop.participants).toEqual(before);
  });

  it('recomputes the aggregate when participants change', async () => {
    const { actor } = await withRoom();
    expect(actor.getSnapshot().context.aggregate.participants).toHaveLength(3);
    const first = actor.getSnapshot().context.workshop.participants[0];
    actor.send({ type: 'participants.remove', id: first?.id ?? '' });
    expect(actor.getSnapshot().context.aggregate.participants.map((p) => p.label)).toEqual(['Ben', 'Chris']);
    actor.send({ type: 'participants.rename', id: 'p2', label: '  Benjamin ' });
    expect(actor.getSnapshot().context.aggregate.participants[0]?.label).toBe('Benjamin');
  });

  it('steps through the agenda in presenter mode, reveals, and records the agreed answer', async () => {
    const { actor, saves } = await withRoom();
    actor.send({ type: 'nav.agenda' });
    const agenda = actor.getSnapshot().context.aggregate.agenda.map((a) => a.question);
    expect(agenda).toEqual(['q.level', 'q.minor']);
    actor.send({ type: 'presenter.start', index: 0 });
    expect(actor.getSnapshot().matches({ view: 'presenter' })).toBe(true);
    expect(actor.getSnapshot().can({ type: 'presenter.previous' })).toBe(false);
    actor.send({ type: 'presenter.reveal' });
    expect(actor.getSnapshot().context.presenter).toEqual({ index: 0, revealed: true });
    actor.send({ type: 'agreed.record', question: 'q.level', value: 'high' });
    // Gamma's block guard waits for q.detail, shown from q.level mid upwards.
    expect(actor.getSnapshot().context.consensus.ranking[0]?.option).toBe('alpha');
    actor.send({ type: 'agreed.record', question: 'q.detail', value: 'no' });
    expect(actor.getSnapshot().context.consensus.ranking[0]?.option).toBe('gamma');
    // The agenda is measured again: the agreed question goes after the open ones, and presenter mode stays on it.
    expect(actor.getSnapshot().context.aggregate.agenda.map((a) => [a.question, a.agreed])).toEqual([
      ['q.minor', false],
      ['q.level', true],
    ]);
    expect(actor.getSnapshot().context.presenter).toEqual({ index: 1, revealed: true, recorded: true });
    // Just recorded: "next" leads to the first item still open, not past the end of the agenda.
    actor.send({ type: 'presenter.next' });
    expect(actor.getSnapshot().context.presenter).toEqual({ index: 0, revealed: false });
    actor.send({ type: 'presenter.next' });
    expect(actor.getSnapshot().context.presenter).toEqual({ index: 1, revealed: false });
    expect(actor.getSnapshot().can({ type: 'presenter.next' })).toBe(false);
    actor.send({ type: 'presenter.previous' });
    expect(actor.getSnapshot().context.presenter).toEqual({ index: 0, revealed: false });
    actor.send({ type: 'presenter.exit' });
    expect(actor.getSnapshot().matches({ view: 'agenda' })).toBe(true);
    expect(saves.at(-1)).toMatchObject({ position: 'agenda', workshop: { agreed: { answers: { 'q.level': 'high' } } } });
  });

  it('adopts the answers the room gave unanimously, and clears an agreed answer', async () => {
    const { actor } = start();
    actor.send({ type: 'participants.addTurn', label: 'A', answers: { 'q.level': 'low', 'q.tools': ['x'] } });
    actor.send({ type: 'participants.addTurn', label: 'B', answers: { 'q.level': 'high', 'q.tools': ['x'], 'q.minor': { unsure: true } } });
    expect(actor.getSnapshot().matches({ view: 'participants' })).toBe(true);
    actor.send({ type: 'agreed.adoptUnanimous' });
    expect(actor.getSnapshot().context.workshop.agreed.answers).toEqual({ 'q.tools': ['x'] });
    actor.send({ type: 'agreed.clear', question: 'q.tools' });
    expect(actor.getSnapshot().context.workshop.agreed.answers).toEqual({});
  });

  it('opens a workshop file, or says why it cannot', async () => {
    const { actor } = start();
    await openFile(actor, JSON.stringify({ format: 'aperture-workshop/1', rules: { id: 'other', version: '1.0.0' }, participants: [] }));
    expect(actor.getSnapshot().context.report?.workshopProblem).toEqual({ code: 'other-pack', expected: 'workshop-three', found: 'other' });
    const saved = {
      format: 'aperture-workshop/1',
      title: 'Offsite',
      date: '2026-11-28',
      rules: { id: 'workshop-three', version: '0.9.0' },
      participants: [{ id: 'x', label: 'Aiko', answers: answersFile({ 'q.level': 'low' }, 'Aiko', { id: 'workshop-three', version: '0.9.0' }) }],
      agreed: { answers: { 'q.level': 'high', 'q.detail': 'no', 'q.gone': 'x' } },
    };
    await openFile(actor, JSON.stringify(saved));
    expect(actor.getSnapshot().matches({ view: 'participants' })).toBe(true);
    const { workshop, report, consensus } = actor.getSnapshot().context;
    expect(workshop).toMatchObject({ title: 'Offsite', rules: { version: '1.0.0' }, agreed: { answers: { 'q.level': 'high' } } });
    expect(workshop.participants.map((p) => p.label)).toEqual(['Aiko']);
    expect(report?.entries[0]?.problems.map((p) => p.code)).toEqual(['other-version']);
    expect(report?.agreedProblems?.map((p) => p.code)).toEqual(['unknown-question']);
    expect(consensus.ranking[0]?.option).toBe('gamma');
  });

  it('refuses a workshop file over the cap before it is read, naming it, and leaves the workshop as it was', async () => {
    const { actor, saves } = await withRoom();
    const before = actor.getSnapshot().context.workshop;
    const savesBefore = saves.length;
    expect(workshopFileTooLarge({ name: 'room.json', size: MAX_WORKSHOP_BYTES })).toBeNull();
    const problem = workshopFileTooLarge({ name: 'room.json', size: MAX_WORKSHOP_BYTES + 1 });
    expect(problem).toEqual({ code: 'too-large', file: 'room.json', size: MAX_WORKSHOP_BYTES + 1, limit: MAX_WORKSHOP_BYTES });
    if (!problem) throw new Error('not refused');
    actor.send({ type: 'workshop.refused', problem });
    const after = actor.getSnapshot();
    expect(after.context.report).toEqual({ entries: [], workshopProblem: problem });
    expect(after.context.workshop).toBe(before);
    expect(after.matches({ view: { participants: 'idle' } })).toBe(true);
    expect(saves).toHaveLength(savesBefore);
  });

  it('exports the PDF in the chosen language and reports a failure until retried', async () => {
    const ok = await withRoom();
    ok.actor.send({ type: 'pdf.export', lang: 'ja' });
    expect(ok.actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(ok.actor, (s) => s.matches({ pdf: 'idle' }));
    expect(ok.exports[0]).toMatchObject({ lang: 'ja', anonymous: false, workshop: { title: 'Board offsite' } });
    expect(ok.actor.getSnapshot().context.exportNotice).toEqual({ replaced: ['𠮷'] });

    const failing = start({}, { exportFails: true });
    failing.actor.send({ type: 'pdf.export', lang: 'en' });
    await waitFor(failing.actor, (s) => s.matches({ pdf: 'failed' }));
    failing.actor.send({ type: 'pdf.dismiss' });
    expect(failing.actor.getSnapshot().matches({ pdf: 'idle' })).toBe(true);
  });

  it('keeps exporting while the facilitator moves on', async () => {
    const { actor, exports } = await withRoom();
    actor.send({ type: 'pdf.export', lang: 'en' });
    actor.send({ type: 'nav.overview' });
    expect(actor.getSnapshot().matches({ view: 'overview', pdf: 'exporting' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ pdf: 'idle' }));
    expect(exports).toHaveLength(1);
  });

  it('starts a new workshop from scratch', async () => {
    const { actor } = await withRoom();
    actor.send({ type: 'view.anonymise', anonymous: true });
    actor.send({ type: 'workshop.new', today: '2027-01-05' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ view: 'setup' })).toBe(true);
    expect(snapshot.context.workshop).toMatchObject({ title: '', date: '2027-01-05', participants: [] });
    expect(snapshot.context.anonymous).toBe(false);
  });

  it('adopts unanimous answers with a mark, flags one a new participant breaks, and undoes changes in turn', () => {
    const { actor } = start();
    actor.send({ type: 'participants.addTurn', label: 'A', answers: { 'q.level': 'low', 'q.minor': 'low' } });
    actor.send({ type: 'participants.addTurn', label: 'B', answers: { 'q.level': 'low', 'q.minor': { unsure: true } } });
    actor.send({ type: 'agreed.adoptUnanimous' });
    const adopted = actor.getSnapshot().context.workshop.agreed;
    expect(adopted).toEqual({ answers: { 'q.level': 'low', 'q.minor': 'low' }, unanimous: ['q.level', 'q.minor'] });
    expect(brokenUnanimous(actor.getSnapshot().context)).toEqual([]);
    actor.send({ type: 'participants.addTurn', label: 'C', answers: { 'q.level': 'high' } });
    expect(brokenUnanimous(actor.getSnapshot().context)).toEqual(['q.level']);
    // Recorded by hand, the answer is the room's decision, no longer "unanimous".
    actor.send({ type: 'agreed.record', question: 'q.level', value: 'mid' });
    expect(actor.getSnapshot().context.workshop.agreed).toEqual({ answers: { 'q.level': 'mid', 'q.minor': 'low' }, unanimous: ['q.minor'] });
    expect(brokenUnanimous(actor.getSnapshot().context)).toEqual([]);
    actor.send({ type: 'agreed.undo' });
    expect(actor.getSnapshot().context.workshop.agreed).toEqual(adopted);
    expect(actor.getSnapshot().context.consensus).toEqual(score(testPack, adopted.answers));
    actor.send({ type: 'agreed.undo' });
    expect(actor.getSnapshot().context.workshop.agreed).toEqual({ answers: {} });
    expect(actor.getSnapshot().can({ type: 'agreed.undo' })).toBe(false);
  });

  it('keeps time and notes per agenda item in presenter mode, and can pause the timer', async () => {
    const { actor, saves } = await withRoom();
    actor.send({ type: 'presenter.start', index: 0 });
    for (let i = 0; i < 16; i += 1) actor.send({ type: 'presenter.tick' });
    expect(actor.getSnapshot().context.workshop.items).toEqual({ 'q.level': { seconds: 16 } });
    expect(saves.at(-1)?.workshop.items, 'saved every 15 seconds').toEqual({ 'q.level': { seconds: 15 } });
    actor.send({ type: 'timer.toggle' });
    actor.send({ type: 'presenter.tick' });
    expect(actor.getSnapshot().context.workshop.items?.['q.level']?.seconds).toBe(16);
    actor.send({ type: 'item.notes', question: 'q.level', notes: 'CFO wants a pilot first' });
    actor.send({ type: 'presenter.next' });
    actor.send({ type: 'timer.toggle' });
    actor.send({ type: 'presenter.tick' });
    expect(actor.getSnapshot().context.workshop.items).toEqual({ 'q.level': { notes: 'CFO wants a pilot first', seconds: 16 }, 'q.minor': { seconds: 1 } });
    actor.send({ type: 'item.notes', question: 'q.level', notes: '  ' });
    expect(saves.at(-1)?.workshop.items?.['q.level']).toEqual({ seconds: 16 });
  });

  it("replaces a participant's answers with a newer file, keeping their place and name", async () => {
    const { actor } = await withRoom();
    actor.send({ type: 'participants.replace', id: 'p2', file: file('ben-v2.json', answersText({ 'q.level': 'low', 'q.minor': 'nope' }, 'Benjamin')) });
    await waitFor(actor, (s) => s.matches({ view: { participants: 'idle' } }) && s.context.report !== null);
    const { workshop, report, aggregate } = actor.getSnapshot().context;
    expect(workshop.participants.map((p) => [p.id, p.label, p.answers.answers])).toEqual([
      ['p1', 'Aiko', { 'q.level': 'low', 'q.minor': 'low' }],
      ['p2', 'Ben', { 'q.level': 'low' }],
      ['p3', 'Chris', { 'q.level': 'mid', 'q.minor': 'low' }],
    ]);
    expect(workshop.participants[1]?.dropped).toEqual(['q.minor']);
    expect(report?.entries[0]).toMatchObject({ status: 'added', replaced: true, label: 'Ben', source: 'ben-v2.json' });
    expect(aggregate.spreads.find((s) => s.question === 'q.level')?.counts).toMatchObject({ low: 2, mid: 1, high: 0 });
    actor.send({ type: 'participants.replace', id: 'p2', file: file('broken.json', '{') });
    await waitFor(actor, (s) => s.matches({ view: { participants: 'idle' } }) && s.context.report?.entries[0]?.status === 'refused');
    expect(actor.getSnapshot().context.workshop.participants[1]?.answers.answers).toEqual({ 'q.level': 'low' });
  });

  it('keeps the mark of an answer dropped on import, also through the workshop file, and opens format 1 files', async () => {
    const { actor } = start();
    actor.send({ type: 'nav.participants' });
    await addLink(actor, encodeShareLink('https://example.org/', answersFile({ 'q.level': 'very-high', 'q.minor': 'low' }, 'Yuko')), 'P1');
    const workshop = actor.getSnapshot().context.workshop;
    expect(workshop.participants[0]?.dropped).toEqual(['q.level']);
    const reopened = start();
    await openFile(reopened.actor, workshopJson({ ...workshop, items: { 'q.level': { notes: 'n', seconds: 3 } } }));
    const back = reopened.actor.getSnapshot().context.workshop;
    expect(back.format).toBe('aperture-workshop/2');
    expect(back.participants[0]?.dropped).toEqual(['q.level']);
    expect(back.items).toEqual({ 'q.level': { notes: 'n', seconds: 3 } });
    const old = { ...testWorkshop([['Aiko', { 'q.level': 'low' }]]), format: 'aperture-workshop/1' };
    await openFile(reopened.actor, JSON.stringify(old));
    expect(reopened.actor.getSnapshot().context.workshop.participants.map((p) => p.label)).toEqual(['Aiko']);
  });
});
