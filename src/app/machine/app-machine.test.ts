import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MemoryStorage } from '../../../test/fixtures/memory-storage';
import { APP_KEY, appMachine, createAppPersistence, readAppRecord, sharedPayload, type AppRecord } from './app-machine';

const TURN_KEY = 'aperture.turn.ui-small';
const answers = { 'profile.builds': 'buy', 'goals.trust': 'some' };

/** One browser: its localStorage; each `open` is a tab (or the app after a restart) reading it. */
function browser() {
  const storage = new MemoryStorage();
  const open = (link: string | null = null) => {
    const actor = createActor(appMachine.provide({ actors: { persist: createAppPersistence(storage) } }), { input: { record: readAppRecord(storage), link } });
    actor.start();
    return actor;
  };
  return { storage, open, saved: (): AppRecord => readAppRecord(storage) };
}

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

    // A link arriving while the workshop is open: the same hand-off, which the open workshop's inbox takes.
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

  it('reads a share link payload from the address', () => {
    expect(sharedPayload('#answers=abc')).toBe('abc');
    expect(sharedPayload('#answers=')).toBe('');
    expect(sharedPayload('#answer=abc')).toBe('abc');
    expect(sharedPayload('#other')).toBeNull();
  });
});
