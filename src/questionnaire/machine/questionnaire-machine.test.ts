import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import type { Answers } from '@/rules/answers/answers-schema';
import type { AutosaveEvent, AutosaveInput } from '../storage/autosave';
import type { ExpressInput, ExpressStep } from './express-state';
import { questionnaireMachine } from './questionnaire-machine';
import type { ExportInput, ExportOutput } from './session-state';
import { packFingerprints } from '../storage/fingerprints';
import type { Position, SessionRecord } from '../storage/session-storage';
import { smallPack as pack } from '@test/support/questionnaire-pack';

type Options = {
  record?: SessionRecord;
  exportPdf?: (input: ExportInput) => Promise<ExportOutput>;
  storageKey?: string;
  respondent?: { name: string };
};

function record(position: Position, answers: Answers = {}, extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    version: 1,
    pack: { id: pack.id, version: pack.version },
    answers,
    position,
    revision: 4,
    savedAt: '2026-01-01T10:00:00.000Z',
    writer: 'other',
    ...extra,
  };
}

function start({ record: stored, exportPdf, storageKey, respondent }: Options = {}) {
  const saves: AutosaveEvent[] = [];
  const autosaveInputs: AutosaveInput[] = [];
  const exports: ExportInput[] = [];
  const machine = questionnaireMachine.provide({
    actors: {
      autosave: fromCallback<AutosaveEvent, AutosaveInput>(({ receive, input }) => {
        autosaveInputs.push(input);
        receive((event) => saves.push(event));
      }),
      exportPdf: fromPromise<ExportOutput, ExportInput>(async ({ input }) => {
        exports.push(input);
        return exportPdf ? exportPdf(input) : { fileName: 'aperture-report.pdf', replaced: [] };
      }),
    },
  });
  const input = { pack, writer: 'me', ...(stored ? { record: stored } : {}), ...(storageKey ? { storageKey } : {}), ...(respondent ? { respondent } : {}) };
  const actor = createActor(machine, { input }).start();
  const lastSave = () => {
    const saved = saves.filter((e) => e.type === 'save').at(-1);
    if (saved?.type !== 'save') throw new Error('nothing saved');
    return saved.content;
  };
  return { actor, saves, autosaveInputs, exports, lastSave };
}

const profile = { 'profile.builds': 'own', 'profile.size': 'small', 'profile.notes': null };
const profileBuy = { 'profile.builds': 'buy', 'profile.size': 'large', 'profile.notes': null };
const data = { 'data.uniqueness': 'high', 'data.detail': 'Sensor logs', 'data.kinds': ['customer'] };
const goals = { 'goals.trust': 'critical', 'goals.speed': null };

describe('questionnaireMachine', () => {
  it('starts on the start screen and hands its position to the autosave', () => {
    const { actor, saves, autosaveInputs } = start();
    expect(actor.getSnapshot().value).toBe('start');
    expect(autosaveInputs).toEqual([{ pack: { id: 'ui-small', version: '1.0.0' }, revision: 0, writer: 'me' }]);
    expect(saves).toEqual([
      { type: 'save', content: { pack: { id: 'ui-small', version: '1.0.0' }, questions: packFingerprints(pack), answers: {}, position: { screen: 'start' } } },
    ]);
  });

  it('walks one section per step, skipping a section whose questions are all hidden', () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'session.start' });
    expect(actor.getSnapshot().context.sectionId).toBe('profile');
    expect(lastSave().position).toEqual({ screen: 'section', section: 'profile' });
    actor.send({ type: 'section.submit', answers: profileBuy });
    expect(actor.getSnapshot().context.sectionId).toBe('goals');
    actor.send({ type: 'section.submit', answers: goals });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers).toEqual({ 'profile.builds': 'buy', 'profile.size': 'large', 'goals.trust': 'critical' });
    expect(lastSave()).toMatchObject({ position: { screen: 'review' }, answers: { 'goals.trust': 'critical' } });
  });

  it('shows a section again when an earlier answer makes its questions visible', () => {
    const { actor } = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'section.submit', answers: profile });
    expect(actor.getSnapshot().context.sectionId).toBe('data');
    actor.send({ type: 'section.submit', answers: data });
    expect(actor.getSnapshot().context.sectionId).toBe('goals');
    expect(actor.getSnapshot().context.answers).toMatchObject({ 'data.detail': 'Sensor logs', 'data.kinds': ['customer'] });
  });

  it('decides the next section from the submitted answers, not the stored ones', () => {
    const { actor } = start({ record: record({ screen: 'section', section: 'profile' }, { 'profile.builds': 'own' }) });
    actor.send({ type: 'section.submit', answers: profileBuy });
    expect(actor.getSnapshot().context.sectionId).toBe('goals');
  });

  it('goes back to the previous shown section, and from the first one to the start', () => {
    const { actor } = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'section.submit', answers: profileBuy });
    expect(actor.getSnapshot().can({ type: 'section.back' })).toBe(true);
    actor.send({ type: 'section.back' });
    expect(actor.getSnapshot().context.sectionId).toBe('profile');
    actor.send({ type: 'section.back' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  it('keeps edits as a draft that is saved, and commits it when the user leaves the section', () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'section.edit', answers: { 'profile.builds': 'own', 'profile.size': null, 'profile.notes': null } });
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(lastSave().draft).toEqual({ section: 'profile', answers: { 'profile.builds': 'own', 'profile.size': null, 'profile.notes': null } });
    actor.send({ type: 'section.back' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({ 'profile.builds': 'own' });
    expect(actor.getSnapshot().context.draft).toBeUndefined();
    expect(lastSave().draft).toBeUndefined();
  });

  it('does not leave a section while a text answer is too long', () => {
    const { actor } = start();
    actor.send({ type: 'session.start' });
    const overlong = { 'profile.builds': 'own', 'profile.size': null, 'profile.notes': 'x'.repeat(201) };
    actor.send({ type: 'section.edit', answers: overlong });
    for (const event of [{ type: 'section.back' }, { type: 'section.goto', section: 'goals' }, { type: 'review.open' }] as const) {
      expect(actor.getSnapshot().can(event)).toBe(false);
      actor.send(event);
      expect(actor.getSnapshot().context.sectionId).toBe('profile');
    }
    expect(actor.getSnapshot().value).toBe('answering');
    actor.send({ type: 'section.edit', answers: { ...overlong, 'profile.notes': 'x'.repeat(200) } });
    actor.send({ type: 'review.open' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers['profile.notes']).toHaveLength(200);
  });

  it('jumps to a shown section from the list, never to a hidden one', () => {
    const { actor } = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'section.goto', section: 'data' });
    expect(actor.getSnapshot().context.sectionId).toBe('profile');
    actor.send({ type: 'section.goto', section: 'goals' });
    expect(actor.getSnapshot().context.sectionId).toBe('goals');
    actor.send({ type: 'review.open' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('review → change → save returns to the review, focusing the question on the way', () => {
    const { actor, lastSave } = start({ record: record({ screen: 'review' }, { 'profile.builds': 'own', 'data.uniqueness': 'low' }) });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'answers.change', question: 'data.kinds' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('answering');
    expect(snapshot.context).toMatchObject({ sectionId: 'data', focusQuestion: 'data.kinds', returnTo: 'review' });
    expect(lastSave().position).toEqual({ screen: 'section', section: 'data', returnTo: 'review' });
    actor.send({ type: 'section.submit', answers: { 'data.uniqueness': 'low', 'data.detail': null, 'data.kinds': ['public'] } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context).toMatchObject({ returnTo: undefined, focusQuestion: undefined });
    expect(actor.getSnapshot().context.answers['data.kinds']).toEqual(['public']);
  });

  it('review → change → back also returns to the review', () => {
    const { actor } = start({ record: record({ screen: 'review' }, { 'profile.builds': 'own' }) });
    actor.send({ type: 'answers.change', question: 'profile.size' });
    actor.send({ type: 'section.back' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('refuses to change a hidden question', () => {
    const { actor } = start({ record: record({ screen: 'review' }, { 'profile.builds': 'buy' }) });
    actor.send({ type: 'answers.change', question: 'data.kinds' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('results → change → save returns to the results', () => {
    const { actor } = start({ record: record({ screen: 'results' }, { 'profile.builds': 'buy' }) });
    expect(actor.getSnapshot().matches({ results: 'idle' })).toBe(true);
    actor.send({ type: 'answers.change', question: 'goals.trust' });
    expect(actor.getSnapshot().context.returnTo).toBe('results');
    actor.send({ type: 'section.submit', answers: goals });
    expect(actor.getSnapshot().matches({ results: 'idle' })).toBe(true);
    actor.send({ type: 'results.review' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
  });

  it('keeps answers to questions that become hidden', () => {
    const { actor } = start({ record: record({ screen: 'section', section: 'profile' }, { 'profile.builds': 'own', ...{ 'data.uniqueness': 'high' } }) });
    actor.send({ type: 'section.submit', answers: profileBuy });
    expect(actor.getSnapshot().context.answers['data.uniqueness']).toBe('high');
  });

  it('exports the report with the committed answers, busy while it runs', async () => {
    const { actor, exports } = start({
      record: record({ screen: 'results' }, { 'profile.builds': 'buy' }, { respondent: { name: 'Aiko' } }),
      exportPdf: async () => ({ fileName: 'aperture-report.pdf', replaced: ['𠮷'] }),
    });
    actor.send({ type: 'report.export', lang: 'ja' });
    expect(actor.getSnapshot().matches({ results: 'exporting' })).toBe(true);
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (s) => s.matches({ results: 'idle' }));
    expect(exports).toEqual([{ pack, answers: { 'profile.builds': 'buy' }, respondent: { name: 'Aiko' }, lang: 'ja' }]);
    expect(actor.getSnapshot().context.exportNotice).toEqual({ fileName: 'aperture-report.pdf', replaced: ['𠮷'] });
    expect(actor.getSnapshot().hasTag('busy')).toBe(false);
  });

  it('lands in exportFailed when the report fails, and retries', async () => {
    let fail = true;
    const { actor, exports } = start({
      record: record({ screen: 'results' }),
      exportPdf: async () => {
        if (fail) throw new Error('disk full');
        return { fileName: 'r.pdf', replaced: [] };
      },
    });
    actor.send({ type: 'report.export', lang: 'en', paper: 'letter' });
    await waitFor(actor, (s) => s.matches({ results: 'exportFailed' }));
    fail = false;
    actor.send({ type: 'report.export', lang: 'en' });
    expect(actor.getSnapshot().matches({ results: 'exporting' })).toBe(true);
    await waitFor(actor, (s) => s.matches({ results: 'idle' }));
    expect(exports.map((e) => e.paper)).toEqual(['letter', undefined]);
  });

  it.each([
    [{ screen: 'review' } as Position, 'review'],
    [{ screen: 'results' } as Position, { results: 'idle' }],
    [{ screen: 'section', section: 'goals' } as Position, 'answering'],
    [{ screen: 'section', section: 'data' } as Position, 'start'],
    [{ screen: 'start' } as Position, 'start'],
  ])('resumes at %j', (position, state) => {
    const { actor } = start({ record: record(position, { 'profile.builds': 'buy' }) });
    expect(actor.getSnapshot().value).toEqual(state);
  });

  it('resumes a draft and a return in the middle of a change', () => {
    const draft = { section: 'goals', answers: { 'goals.trust': 'some', 'goals.speed': null } };
    const { actor } = start({ record: record({ screen: 'section', section: 'goals', returnTo: 'review' }, {}, { draft }) });
    expect(actor.getSnapshot().context).toMatchObject({ sectionId: 'goals', returnTo: 'review', draft });
    actor.send({ type: 'section.submit', answers: { 'goals.trust': 'some', 'goals.speed': null } });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('continues at the last section, or the review when everything is answered', () => {
    const some = start({ record: record({ screen: 'start' }, { 'profile.builds': 'buy' }) });
    some.actor.send({ type: 'session.resume' });
    expect(some.actor.getSnapshot().context.sectionId).toBe('profile');
    const all = start({ record: record({ screen: 'start' }, { 'profile.builds': 'buy', 'profile.size': 'small', 'goals.trust': 'none' }) });
    all.actor.send({ type: 'session.resume' });
    expect(all.actor.getSnapshot().value).toBe('review');
  });

  it('imports answers and the respondent, then shows the review', () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'answers.import', answers: { 'goals.trust': 'some' }, respondent: { name: 'Ken' } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(lastSave()).toMatchObject({ answers: { 'goals.trust': 'some' }, respondent: { name: 'Ken' } });
  });

  it.each([
    ['a section', { screen: 'section', section: 'goals' }],
    ['the review', { screen: 'review' }],
    ['the results', { screen: 'results' }],
  ] as const)('imports confirmed answers from %s too, dropping the fields being edited', (_, position) => {
    const { actor, lastSave } = start({
      record: record(position, { 'profile.builds': 'buy' }, position.screen === 'section' ? { draft: { section: 'goals', answers: { 'goals.trust': 'none' } } } : {}),
    });
    actor.send({ type: 'answers.import', answers: { 'goals.trust': 'some' } });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.draft).toBeUndefined();
    expect(lastSave()).toMatchObject({ answers: { 'goals.trust': 'some' }, position: { screen: 'review' } });
    expect(lastSave().answers).not.toHaveProperty('profile.builds');
  });

  it('keeps a session under its own key when asked, with the respondent it was started for', () => {
    const { actor, autosaveInputs } = start({ storageKey: 'aperture.turn.ui-small', respondent: { name: 'Sato' } });
    expect(autosaveInputs).toEqual([{ pack: { id: 'ui-small', version: '1.0.0' }, revision: 0, writer: 'me', key: 'aperture.turn.ui-small' }]);
    expect(actor.getSnapshot().context.respondent).toEqual({ name: 'Sato' });
  });

  it('updates the respondent on the start and review screens', () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'respondent.update', respondent: { name: 'Mika', role: 'CTO' } });
    expect(lastSave().respondent).toEqual({ name: 'Mika', role: 'CTO' });
    actor.send({ type: 'review.open' });
    actor.send({ type: 'session.start' });
    actor.send({ type: 'review.open' });
    actor.send({ type: 'respondent.update', respondent: { name: 'Mika', role: 'CEO' } });
    expect(lastSave()).toMatchObject({ position: { screen: 'review' }, respondent: { role: 'CEO' } });
  });

  it('starts over with nothing kept', () => {
    const { actor, lastSave } = start({ record: record({ screen: 'review' }, { 'goals.trust': 'some' }, { respondent: { name: 'Ken' } }) });
    actor.send({ type: 'session.restart' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, respondent: {} });
    expect(lastSave()).toEqual({ pack: { id: 'ui-small', version: '1.0.0' }, questions: packFingerprints(pack), answers: {}, position: { screen: 'start' } });
  });

  it('holds a newer record from another tab until the user keeps theirs', () => {
    const { actor, saves } = start({ record: record({ screen: 'review' }, { 'goals.trust': 'some' }) });
    const newer = record({ screen: 'section', section: 'goals' }, { 'goals.trust': 'none' }, { revision: 9 });
    actor.send({ type: 'storage.newer', record: newer });
    expect(actor.getSnapshot().context.newer).toEqual(newer);
    actor.send({ type: 'storage.keepMine' });
    expect(actor.getSnapshot().context.newer).toBeUndefined();
    expect(saves.at(-1)).toEqual({ type: 'keep', revision: 9, writer: 'other' });
    expect(actor.getSnapshot().context.answers).toEqual({ 'goals.trust': 'some' });
  });

  it('loads the newer record and goes where it was', () => {
    const { actor, saves } = start({ record: record({ screen: 'review' }, { 'goals.trust': 'some' }) });
    const newer = record({ screen: 'section', section: 'goals' }, { 'goals.trust': 'none' }, { revision: 9, respondent: { name: 'Ken' } });
    actor.send({ type: 'storage.newer', record: newer });
    actor.send({ type: 'storage.loadNewer' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('answering');
    // loadedNewer counts the loads: the form on screen starts again from the loaded answers.
    expect(snapshot.context).toMatchObject({ sectionId: 'goals', answers: { 'goals.trust': 'none' }, respondent: { name: 'Ken' }, newer: undefined, loadedNewer: 1 });
    expect(saves).toContainEqual({ type: 'adopt', revision: 9, writer: 'other' });
  });

  it('flags a failed save until the next one succeeds', () => {
    const { actor } = start();
    actor.send({ type: 'storage.failed' });
    expect(actor.getSnapshot().context.saveFailed).toBe(true);
    actor.send({ type: 'storage.saved' });
    expect(actor.getSnapshot().context.saveFailed).toBe(false);
  });

  it('goes back from the review to the last shown section', () => {
    const { actor } = start({ record: record({ screen: 'review' }, { 'profile.builds': 'own' }) });
    actor.send({ type: 'section.back' });
    expect(actor.getSnapshot().context.sectionId).toBe('goals');
  });
});

describe('the express path', () => {
  const inExpress = (actor: ReturnType<typeof start>['actor'], state: 'asking' | 'settled') => waitFor(actor, (s) => s.matches({ express: state }));

  it('asks the question that can move the recommendation most, stops once settled, and opens the results', async () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'express.start' });
    await inExpress(actor, 'asking');
    expect(actor.getSnapshot().context.expressQuestion).toBe('goals.trust');
    expect(lastSave().position).toEqual({ screen: 'express', question: 'goals.trust' });
    actor.send({ type: 'express.submit', question: 'goals.trust', answers: { 'goals.trust': 'critical' } });
    await inExpress(actor, 'settled');
    expect(actor.getSnapshot().context).toMatchObject({ answers: { 'goals.trust': 'critical' }, asked: ['goals.trust'], expressQuestion: undefined });
    expect(lastSave()).toMatchObject({ position: { screen: 'express' }, asked: ['goals.trust'] });
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
  });

  it('"continue answering" goes on with the full questionnaire where answers are missing', async () => {
    const { actor } = start();
    actor.send({ type: 'express.start' });
    await inExpress(actor, 'asking');
    actor.send({ type: 'express.submit', question: 'goals.trust', answers: { 'goals.trust': 'none' } });
    await inExpress(actor, 'settled');
    actor.send({ type: 'express.continue' });
    expect(actor.getSnapshot().matches('answering')).toBe(true);
    expect(actor.getSnapshot().context.sectionId).toBe('profile');
  });

  it('goes back to the question asked before, and from the first one to the start', async () => {
    const { actor } = start();
    actor.send({ type: 'express.start' });
    await inExpress(actor, 'asking');
    actor.send({ type: 'express.submit', question: 'goals.trust', answers: { 'goals.trust': 'none' } });
    await inExpress(actor, 'settled');
    actor.send({ type: 'express.back' });
    expect(actor.getSnapshot().matches({ express: 'asking' })).toBe(true);
    expect(actor.getSnapshot().context.expressQuestion).toBe('goals.trust');
    actor.send({ type: 'express.back' });
    expect(actor.getSnapshot().matches('start')).toBe(true);
  });

  it('resumes at the saved question after a reload', async () => {
    const stored = record({ screen: 'express', question: 'data.uniqueness' }, { 'profile.builds': 'own' }, { asked: ['profile.builds'] });
    const { actor } = start({ record: stored });
    await inExpress(actor, 'asking');
    expect(actor.getSnapshot().context).toMatchObject({ expressQuestion: 'data.uniqueness', asked: ['profile.builds'] });
  });

  it('keeps the answer being given as a draft that is saved and comes back after a reload; Next commits it, Back drops it', async () => {
    const { actor, lastSave } = start();
    actor.send({ type: 'express.start' });
    await inExpress(actor, 'asking');
    actor.send({ type: 'express.edit', answers: { 'goals.trust': 'some' } });
    const saved = lastSave();
    expect(saved).toMatchObject({ position: { screen: 'express', question: 'goals.trust' }, draft: { section: 'goals', answers: { 'goals.trust': 'some' } } });
    expect(saved.answers).toEqual({});
    // A reload: the stored record brings the draft back on the same question.
    const reloaded = start({ record: record(saved.position, saved.answers, { ...(saved.draft ? { draft: saved.draft } : {}) }) });
    await inExpress(reloaded.actor, 'asking');
    expect(reloaded.actor.getSnapshot().context).toMatchObject({ expressQuestion: 'goals.trust', draft: { section: 'goals', answers: { 'goals.trust': 'some' } } });
    reloaded.actor.send({ type: 'express.submit', question: 'goals.trust', answers: { 'goals.trust': 'some' } });
    expect(reloaded.actor.getSnapshot().context).toMatchObject({ answers: { 'goals.trust': 'some' }, draft: undefined });
    await waitFor(reloaded.actor, (snap) => !snap.matches({ express: 'choosing' }));
    expect(reloaded.lastSave().draft).toBeUndefined();
    actor.send({ type: 'express.back' });
    expect(actor.getSnapshot().matches('start')).toBe(true);
    expect(actor.getSnapshot().context.draft).toBeUndefined();
  });

  it('the full questionnaire can open the results at any time', () => {
    const { actor } = start();
    actor.send({ type: 'session.start' });
    actor.send({ type: 'section.edit', answers: profile });
    actor.send({ type: 'results.open' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
    expect(actor.getSnapshot().context.answers).toMatchObject({ 'profile.builds': 'own' });
  });

  it('a failed step leads to the review, never a dead end', async () => {
    const machine = questionnaireMachine.provide({
      actors: {
        autosave: fromCallback(() => undefined),
        pickExpressStep: fromPromise<ExpressStep, ExpressInput>(async () => {
          throw new Error('chunk failed to load');
        }),
      },
    });
    const actor = createActor(machine, { input: { pack, writer: 'me' } }).start();
    actor.send({ type: 'express.start' });
    await waitFor(actor, (s) => s.matches('review'));
  });
});
