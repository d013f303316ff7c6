import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../test/fixtures/memory-storage';
import { appReducer, initialAppState, readAppState, sharedPayload, writeAppState, type AppEvent, type AppState } from './app-state';

const run = (events: AppEvent[], from: AppState = initialAppState) => events.reduce(appReducer, from);

describe('app modes', () => {
  it('goes from the questionnaire to the workshop and back', () => {
    expect(run([{ type: 'workshop.open' }]).mode).toBe('workshop');
    expect(run([{ type: 'workshop.open' }, { type: 'workshop.exit' }]).mode).toBe('questionnaire');
  });

  it('starts a turn only from the workshop, for a named participant', () => {
    expect(run([{ type: 'turn.start', label: 'Dee' }])).toEqual(initialAppState);
    expect(run([{ type: 'workshop.open' }, { type: 'turn.start', label: '   ' }]).mode).toBe('workshop');
    expect(run([{ type: 'workshop.open' }, { type: 'turn.start', label: ' Dee ' }])).toMatchObject({ mode: 'turn', turnLabel: 'Dee' });
  });

  it('hands a finished turn back to the workshop, which consumes it once', () => {
    const handed = run([
      { type: 'workshop.open' },
      { type: 'turn.start', label: 'Dee' },
      { type: 'turn.finish', answers: { a: 'x' }, respondent: { name: 'Dee' } },
    ]);
    expect(handed).toEqual({ mode: 'workshop', turnLabel: null, pendingTurn: { label: 'Dee', answers: { a: 'x' }, respondent: { name: 'Dee' } }, link: null });
    expect(appReducer(handed, { type: 'turn.consumed' }).pendingTurn).toBeNull();
  });

  it('cancels a turn back to the workshop with nothing handed over', () => {
    const cancelled = run([{ type: 'workshop.open' }, { type: 'turn.start', label: 'Dee' }, { type: 'turn.cancel' }]);
    expect(cancelled).toEqual({ ...initialAppState, mode: 'workshop' });
  });

  it('ignores a finish outside a turn', () => {
    expect(run([{ type: 'turn.finish', answers: {} }])).toEqual(initialAppState);
  });

  it('keeps an opened link until the user adds it to the workshop, takes it, or dismisses it', () => {
    const opened = run([{ type: 'link.open', payload: 'abc' }]);
    expect(opened.link).toBe('abc');
    const turn = { label: 'Aiko', answers: { a: 'x' } };
    expect(appReducer(opened, { type: 'link.addToWorkshop', turn })).toEqual({ mode: 'workshop', turnLabel: null, pendingTurn: turn, link: null, linkRead: false });
    const inWorkshop = appReducer(opened, { type: 'workshop.open' });
    expect(appReducer(inWorkshop, { type: 'link.useAsMine' })).toMatchObject({ mode: 'questionnaire', link: 'abc' });
    expect(appReducer(opened, { type: 'link.done' }).link).toBeNull();
  });

  it('never lets a link interrupt a participant answering in turn', () => {
    const turn = run([{ type: 'workshop.open' }, { type: 'turn.start', label: 'Dee' }, { type: 'link.open', payload: 'abc' }]);
    expect(appReducer(turn, { type: 'link.addToWorkshop', turn: { label: 'X', answers: {} } })).toBe(turn);
    expect(appReducer(turn, { type: 'link.useAsMine' })).toBe(turn);
  });
});

describe('the saved mode', () => {
  it('round-trips through the tab storage', () => {
    const storage = new MemoryStorage();
    const state: AppState = { mode: 'turn', turnLabel: 'Dee', pendingTurn: null, link: 'abc', linkRead: true };
    writeAppState(storage, state);
    expect(readAppState(storage)).toEqual(state);
  });

  it('never keeps a share link that has not been read yet', () => {
    const storage = new MemoryStorage();
    const opened = appReducer(initialAppState, { type: 'link.open', payload: 'abc' });
    writeAppState(storage, opened);
    expect(readAppState(storage).link).toBeNull();
    expect(storage.getItem('aperture.app')).not.toContain('abc');
    writeAppState(storage, appReducer(opened, { type: 'link.read' }));
    expect(readAppState(storage)).toMatchObject({ link: 'abc', linkRead: true });
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"mode":'],
    ['an unknown mode', JSON.stringify({ ...initialAppState, mode: 'elsewhere' })],
    ['invalid answers', JSON.stringify({ ...initialAppState, pendingTurn: { label: 'A', answers: { a: 42 } } })],
  ])('starts on the questionnaire from %s', (_, text) => {
    const storage = new MemoryStorage();
    if (text !== null) storage.setItem('aperture.app', text);
    expect(readAppState(storage)).toEqual(initialAppState);
  });

  it('goes back to the workshop from a turn without a name', () => {
    const storage = new MemoryStorage();
    storage.setItem('aperture.app', JSON.stringify({ ...initialAppState, mode: 'turn' }));
    expect(readAppState(storage).mode).toBe('workshop');
  });

  it('survives a storage that refuses to write, and no storage at all', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(() => writeAppState(storage, initialAppState)).not.toThrow();
    expect(readAppState(undefined)).toEqual(initialAppState);
  });
});

describe('share links opened with the app', () => {
  it.each([
    ['#answers=N4Ig', 'N4Ig'],
    ['#answers=', null],
    ['#main', null],
    ['', null],
  ])('reads %j', (hash, payload) => {
    expect(sharedPayload(hash)).toBe(payload);
  });
});
