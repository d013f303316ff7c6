import { describe, expect, it } from 'vitest';
import { createActor, waitFor, type ActorRefFrom } from 'xstate';
import type { Pack } from '@/rules/pack/pack-schema';
import { questionnaireMachine } from '@/questionnaire/machine/questionnaire-machine';
import { createAutosave } from '@/questionnaire/storage/autosave';
import { sessionKey } from '@/questionnaire/storage/session-storage';
import { workshopKey } from '@/workshop/machine/workshop-storage';
import { workshopChild } from '@/workshop/workshop-screen';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { smallPack } from '@test/support/questionnaire-pack';
import { appWithStorage } from './app-machine';
import { sharedPayload } from '@/lib/share/shared-payload';
import { APP_KEY, readAppRecord, type AppRecord } from './app-record';

const TURN_KEY = 'aperture.turn.ui-small';
const answers = { 'profile.builds': 'buy', 'goals.trust': 'some' };

/**
 * One browser: its localStorage; each `open` is a tab (or the app after a restart) reading it, with
 * the questionnaire child autosaving there too (no `storage` events between tabs: a tab finds
 * another's write when it next saves).
 */
function browser() {
  const storage = new MemoryStorage();
  const autosave = createAutosave({ storage: () => storage, events: undefined, now: () => new Date('2026-12-03T10:00:00Z') });
  const logic = appWithStorage(storage, () => Promise.resolve({ workshopChild })).provide({ actors: { questionnaire: questionnaireMachine.provide({ actors: { autosave } }) } });
  const open = (link: string | null = null, pack: Pack = smallPack) => {
    const actor = createActor(logic, { input: { record: readAppRecord(storage), link, pack } });
    actor.start();
    return actor;
  };
  return { storage, open, saved: (): AppRecord => readAppRecord(storage) };
}

type App = ReturnType<ReturnType<typeof browser>['open']>;

/** The questionnaire child running in the app (in the questionnaire or a turn). */
function questionnaireOf(app: App) {
  const child = app.getSnapshot().children.questionnaire as ActorRefFrom<typeof questionnaireMachine> | undefined;
  if (!child) throw new Error('no questionnaire child');
  return child;
}

/** The workshop child, once its code and record are loaded. */
async function workshopOf(app: App) {
  const snapshot = await waitFor(app, (s) => s.context.workshop !== null);
  const workshop = snapshot.context.workshop;
  if (!workshop) throw new Error('no workshop child');
  return workshop;
}

const participantsIn = (storage: Storage) =>
  (JSON.parse(storage.getItem(workshopKey(smallPack)) ?? '{"workshop":{"participants":[]}}') as { workshop: { participants: { label: string }[] } }).workshop.participants.map((p) => p.label);

/** A turn's answers as the questionnaire keeps them (the record itself is the questionnaire's business). */
const keepTurnAnswers = (storage: Storage) => storage.setItem(TURN_KEY, JSON.stringify({ answers }));

describe('appMachine: modes and hand-offs', () => {
  it('starts on the questionnaire, opens the workshop and leaves it', () => {
    const { open, saved } = browser();
    const app = open();
    expect(app.getSnapshot().value).toBe('questionnaire');
    app.send({ type: 'workshop.open' });
    expect(app.getSnapshot().value).toBe('workshop');
    expect(saved().mode).toBe('workshop');
    app.send({ type: 'workshop.exit' });
    expect(saved().mode).toBe('questionnaire');
  });

  it('returns to the workshop in progress after a browser restart', () => {
    const { open } = browser();
    open().send({ type: 'workshop.open' });
    expect(open().getSnapshot().value).toBe('workshop');
  });

  it('starts a turn only from the workshop, with a name, and never while another is unfinished', () => {
    const { open } = browser();
    const app = open();
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    expect(app.getSnapshot().value).toBe('questionnaire');
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: '   ', key: TURN_KEY });
    expect(app.getSnapshot().value).toBe('workshop');
    app.send({ type: 'turn.start', label: ' Hana Mori ', key: TURN_KEY });
    expect(app.getSnapshot().value).toBe('turn');
    expect(app.getSnapshot().context.turn).toEqual({ label: 'Hana Mori', key: TURN_KEY });
    app.send({ type: 'turn.pause' });
    app.send({ type: 'turn.start', label: 'Ken', key: TURN_KEY });
    expect(app.getSnapshot().value).toBe('workshop');
    expect(app.getSnapshot().context.turn?.label).toBe('Hana Mori');
  });

  it('keeps a turn through a reload, a browser restart and a second tab (the same storage)', () => {
    const { open, storage } = browser();
    const first = open();
    first.send({ type: 'workshop.open' });
    first.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    keepTurnAnswers(storage);
    first.stop();
    const reopened = open();
    expect(reopened.getSnapshot().value).toBe('turn');
    expect(reopened.getSnapshot().context.turn).toEqual({ label: 'Hana Mori', key: TURN_KEY });
    const secondTab = open();
    expect(secondTab.getSnapshot().value).toBe('turn');
    expect(storage.getItem(TURN_KEY)).not.toBeNull();
  });

  it('shows a paused turn in the workshop after a restart, and resumes it', () => {
    const { open, storage } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    keepTurnAnswers(storage);
    app.send({ type: 'turn.pause' });
    const again = open();
    expect(again.getSnapshot().value).toBe('workshop');
    expect(again.getSnapshot().context.turn).toEqual({ label: 'Hana Mori', key: TURN_KEY });
    again.send({ type: 'turn.resume' });
    expect(again.getSnapshot().value).toBe('turn');
    expect(storage.getItem(TURN_KEY)).not.toBeNull();
  });

  it('hands a finished turn to the workshop as one pending hand-off, saved before the turn answers are removed', () => {
    const { open, storage, saved } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    keepTurnAnswers(storage);
    app.send({ type: 'turn.finish', answers, respondent: { name: 'Hana Mori' } });
    expect(app.getSnapshot().value).toBe('workshop');
    expect(app.getSnapshot().context).toMatchObject({ turn: null, pendingTurn: { label: 'Hana Mori', answers, respondent: { name: 'Hana Mori' } } });
    expect(storage.getItem(TURN_KEY)).toBeNull();
    // Closed before the workshop took it: the hand-off is still there.
    expect(saved().pendingTurn?.answers).toEqual(answers);
    const reopened = open();
    expect(reopened.getSnapshot().value).toBe('workshop');
    expect(reopened.getSnapshot().context.pendingTurn?.label).toBe('Hana Mori');
    reopened.send({ type: 'turn.consumed' });
    expect(saved().pendingTurn).toBeNull();
  });

  it('adds an unfinished turn as it is, or discards it', () => {
    const { open, storage, saved } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    keepTurnAnswers(storage);
    app.send({ type: 'turn.pause' });
    app.send({ type: 'turn.addAsIs', answers });
    expect(saved()).toMatchObject({ mode: 'workshop', turn: null, pendingTurn: { label: 'Hana Mori', answers } });
    expect(storage.getItem(TURN_KEY)).toBeNull();

    app.send({ type: 'turn.consumed' });
    app.send({ type: 'turn.start', label: 'Ken', key: TURN_KEY });
    keepTurnAnswers(storage);
    app.send({ type: 'turn.pause' });
    app.send({ type: 'turn.discard' });
    expect(saved()).toMatchObject({ turn: null, pendingTurn: null });
    expect(storage.getItem(TURN_KEY)).toBeNull();
  });

  it('takes a share link opened with the app to the questionnaire or the workshop, never into a turn', () => {
    const { open, saved } = browser();
    const app = open('abc');
    expect(app.getSnapshot().context.link).toBe('abc');
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Aiko', answers } });
    expect(app.getSnapshot().value).toBe('workshop');
    expect(saved()).toMatchObject({ link: null, pendingTurn: { label: 'Aiko' } });
    app.send({ type: 'turn.consumed' });

    // A link arriving while the workshop is open: the same hand-off, sent to the open workshop child.
    app.send({ type: 'link.open', payload: 'def' });
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Ben', answers } });
    expect(app.getSnapshot().context).toMatchObject({ pendingTurn: { label: 'Ben' }, link: null });

    // During a turn, the participant cannot add it or use it.
    app.send({ type: 'turn.consumed' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    app.send({ type: 'link.open', payload: 'ghi' });
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Cho', answers } });
    app.send({ type: 'link.useAsMine' });
    expect(app.getSnapshot().value).toBe('turn');
    expect(app.getSnapshot().context.pendingTurn).toBeNull();
  });

  it('reads an unreadable record as a fresh start, and a turn without a name as the workshop', () => {
    const { storage } = browser();
    storage.setItem(APP_KEY, '{"version":1,');
    expect(readAppRecord(storage).mode).toBe('questionnaire');
    storage.setItem(APP_KEY, JSON.stringify({ version: 1, mode: 'turn', turn: null, pendingTurn: null, link: null }));
    expect(readAppRecord(storage).mode).toBe('workshop');
    expect(readAppRecord(undefined).mode).toBe('questionnaire');
  });

  it('removes an unreadable session record the user no longer wants, from its storage and from what the boot found', () => {
    const { open, storage } = browser();
    storage.setItem(sessionKey(smallPack), '{"version": 1, "answers": {');
    const app = open();
    const [aside] = app.getSnapshot().context.session.unreadable;
    expect(aside?.key).toBe(`${sessionKey(smallPack)}.unreadable.1`);
    expect(storage.getItem(aside?.key ?? '')).toBe('{"version": 1, "answers": {');
    app.send({ type: 'unreadable.remove', key: aside?.key ?? '' });
    expect(storage.getItem(aside?.key ?? '')).toBeNull();
    expect(app.getSnapshot().context.session.unreadable).toEqual([]);
  });

  it('reads a share link payload from the address', () => {
    expect(sharedPayload('#answers=abc')).toBe('abc');
    expect(sharedPayload('#answers=')).toBe('');
    expect(sharedPayload('#answer=abc')).toBe('abc');
    expect(sharedPayload('#other')).toBeNull();
  });
});

describe('appMachine: the questionnaire and the workshop as its children', () => {
  it('runs the user\'s questionnaire from their stored session, and a pack change restarts it with that pack', () => {
    const { open, storage } = browser();
    const app = open();
    questionnaireOf(app).send({ type: 'answers.import', answers });
    expect(JSON.parse(storage.getItem(sessionKey(smallPack)) ?? '{}').answers).toEqual(answers);

    const reloaded = open();
    const child = questionnaireOf(reloaded);
    expect(child.getSnapshot().context.answers).toEqual(answers);
    expect(child.getSnapshot().matches('review')).toBe(true);

    // The same pack again keeps the child; another version starts a new one, from that version's (migrated) answers.
    reloaded.send({ type: 'pack.use', pack: smallPack, file: null });
    expect(questionnaireOf(reloaded)).toBe(child);
    const next: Pack = { ...smallPack, version: '1.1.0' };
    reloaded.send({ type: 'pack.use', pack: next, file: 'next.json' });
    const restarted = questionnaireOf(reloaded);
    expect(restarted).not.toBe(child);
    expect(child.getSnapshot().status).toBe('stopped');
    expect(restarted.getSnapshot().context.pack.version).toBe('1.1.0');
    expect(restarted.getSnapshot().context.answers).toEqual(answers);
    expect(reloaded.getSnapshot().context.packFile).toBe('next.json');
  });

  it('starts a turn with a questionnaire of its own, kept under the turn key with the participant\'s name', () => {
    const { open, storage } = browser();
    const app = open();
    const mine = questionnaireOf(app);
    app.send({ type: 'workshop.open' });
    expect(app.getSnapshot().children.questionnaire).toBeUndefined();
    expect(mine.getSnapshot().status).toBe('stopped');
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    const turn = questionnaireOf(app);
    expect(turn.getSnapshot().context).toMatchObject({ storageKey: TURN_KEY, respondent: { name: 'Hana Mori' }, answers: {} });
    turn.send({ type: 'answers.import', answers: { 'profile.builds': 'buy' } });
    expect(JSON.parse(storage.getItem(TURN_KEY) ?? '{}')).toMatchObject({ answers: { 'profile.builds': 'buy' }, respondent: { name: 'Hana Mori' } });
    expect(storage.getItem(sessionKey(smallPack))).toBeNull();
  });

  it('resumes a turn after a reload, and after the browser was closed and reopened, with its answers', () => {
    const { open } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    questionnaireOf(app).send({ type: 'answers.import', answers });

    // A reload: the page's actor goes away without stopping (nothing is written on the way out).
    const reloaded = open();
    expect(reloaded.getSnapshot().value).toBe('turn');
    expect(questionnaireOf(reloaded).getSnapshot().context).toMatchObject({ storageKey: TURN_KEY, answers, respondent: { name: 'Hana Mori' } });

    // The browser closed (every actor stopped) and opened again.
    app.stop();
    reloaded.stop();
    const reopened = open();
    expect(reopened.getSnapshot().value).toBe('turn');
    expect(questionnaireOf(reopened).getSnapshot().context.answers).toEqual(answers);
  });

  it('hands a finished turn to the workshop child by one path: added once, saved, then forgotten', async () => {
    const { open, storage, saved } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    await workshopOf(app);
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    expect(app.getSnapshot().context.workshop).toBeNull();
    questionnaireOf(app).send({ type: 'answers.import', answers });
    app.send({ type: 'turn.finish', answers, respondent: { name: 'Hana Mori' } });
    expect(storage.getItem(TURN_KEY)).toBeNull();

    const workshop = await workshopOf(app);
    await waitFor(app, (s) => s.context.pendingTurn === null);
    expect(workshop.getSnapshot().context.workshop.participants.map((p) => p.label)).toEqual(['Hana Mori']);
    expect(participantsIn(storage)).toEqual(['Hana Mori']);
    expect(saved().pendingTurn).toBeNull();

    // Reopened, the workshop has the participant once, and nothing is handed over again.
    const reopened = open();
    const again = await workshopOf(reopened);
    expect(again.getSnapshot().context.workshop.participants.map((p) => p.label)).toEqual(['Hana Mori']);
  });

  it('hands over a finished turn left pending when the browser closed before the workshop took it', async () => {
    const { open, storage } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    app.send({ type: 'turn.finish', answers });
    app.stop();
    expect(readAppRecord(storage).pendingTurn?.label).toBe('Hana Mori');

    const reopened = open();
    await workshopOf(reopened);
    await waitFor(reopened, (s) => s.context.pendingTurn === null);
    expect(participantsIn(storage)).toEqual(['Hana Mori']);
  });

  it('adds an unfinished turn as it is to the open workshop child', async () => {
    const { open, storage } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    app.send({ type: 'turn.pause' });
    await workshopOf(app);
    app.send({ type: 'turn.addAsIs', answers });
    await waitFor(app, (s) => s.context.pendingTurn === null);
    expect(participantsIn(storage)).toEqual(['Hana Mori']);
  });

  it('keeps a turn answered in a second tab from being overwritten unseen by the first', () => {
    const { open, storage } = browser();
    const first = open();
    first.send({ type: 'workshop.open' });
    first.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    questionnaireOf(first).send({ type: 'answers.import', answers: { 'profile.builds': 'buy' } });

    const second = open();
    expect(second.getSnapshot().value).toBe('turn');
    questionnaireOf(second).send({ type: 'answers.import', answers });
    expect(JSON.parse(storage.getItem(TURN_KEY) ?? '{}').answers).toEqual(answers);

    // The first tab's next change finds the second tab's record: it is reported, not written over.
    const child = questionnaireOf(first);
    child.send({ type: 'answers.import', answers: { 'profile.builds': 'build' } });
    expect(child.getSnapshot().context.newer?.answers).toEqual(answers);
    expect(JSON.parse(storage.getItem(TURN_KEY) ?? '{}').answers).toEqual(answers);
  });

  it('adds a share link to the open workshop at once, and one opened during a turn waits for the workshop', async () => {
    const { open, storage } = browser();
    const app = open();
    app.send({ type: 'workshop.open' });
    await workshopOf(app);
    app.send({ type: 'link.open', payload: 'abc' });
    app.send({ type: 'link.read' });
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Aiko', answers } });
    await waitFor(app, (s) => s.context.pendingTurn === null);
    expect(participantsIn(storage)).toEqual(['Aiko']);

    app.send({ type: 'turn.start', label: 'Hana Mori', key: TURN_KEY });
    app.send({ type: 'link.open', payload: 'def' });
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Ben', answers: { 'profile.builds': 'buy' } } });
    expect(app.getSnapshot().value).toBe('turn');
    expect(app.getSnapshot().context).toMatchObject({ link: 'def', pendingTurn: null });

    app.send({ type: 'turn.pause' });
    await workshopOf(app);
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Ben', answers: { 'profile.builds': 'buy' } } });
    await waitFor(app, (s) => s.context.pendingTurn === null);
    expect(participantsIn(storage)).toEqual(['Aiko', 'Ben']);
    expect(app.getSnapshot().context.turn?.label).toBe('Hana Mori');
  });

  it('adds a share link opened with the page from the questionnaire, through the workshop child', async () => {
    const { open, storage } = browser();
    const app = open('abc');
    expect(app.getSnapshot().value).toBe('questionnaire');
    app.send({ type: 'link.addToWorkshop', turn: { label: 'Aiko', answers } });
    expect(app.getSnapshot().value).toBe('workshop');
    await workshopOf(app);
    await waitFor(app, (s) => s.context.pendingTurn === null);
    expect(participantsIn(storage)).toEqual(['Aiko']);
  });
});
