import { ANSWERS_FORMAT, WORKSHOP_FORMAT, type Answers, type AnswersFile, type WorkshopFile } from '@/rules/answers/answers-schema';
import { packSchema } from '@/rules/pack/pack-schema';
import { onTestFinished } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import packJson from '../fixtures/packs/workshop-three.json';
import type { Position } from '../../src/workshop/machine/workshop-model';
import { workshopKey, workshopRecord } from '../../src/workshop/machine/workshop-storage';

/**
 * Test data for the workshop feature: the three-option pack of test/fixtures (alpha, beta, gamma;
 * q.level low/mid/high moves gamma a lot, q.minor barely) and answers files for it.
 */
export const testPack = packSchema.parse(packJson);

export function answersFile(answers: Answers, name?: string, rules = { id: testPack.id, version: testPack.version }): AnswersFile {
  return { format: ANSWERS_FORMAT, rules, ...(name ? { respondent: { name } } : {}), answers };
}

export function answersText(answers: Answers, name?: string, rules?: { id: string; version: string }): string {
  return JSON.stringify(answersFile(answers, name, rules));
}

/** A workshop file for the test pack with the given participants (label and answers). */
export function testWorkshop(participants: readonly (readonly [string, Answers])[], agreed: Answers = {}): WorkshopFile {
  return {
    format: WORKSHOP_FORMAT,
    title: 'Board offsite',
    date: '2026-11-28',
    rules: { id: testPack.id, version: testPack.version },
    participants: participants.map(([label, answers], i) => ({ id: `p${i + 1}`, label, answers: answersFile(answers, label) })),
    agreed: { answers: agreed },
  };
}

/**
 * A room of three that disagrees on q.level (which decides the first option) and q.minor (which does
 * not). Everyone has said q.detail is "no": the block guard on gamma waits for it once q.level is mid or higher.
 */
export const disputedRoom = [
  ['Aiko', { 'q.level': 'low', 'q.minor': 'low', 'q.detail': 'no' }],
  ['Ben', { 'q.level': 'high', 'q.minor': 'high', 'q.detail': 'no' }],
  ['Chris', { 'q.level': 'mid', 'q.minor': 'low', 'q.detail': 'no' }],
] as const satisfies readonly (readonly [string, Answers])[];

/** Saves a workshop as the browser would have, so that the screen resumes it. */
export function seedWorkshop(workshop: WorkshopFile, position: Position, anonymous = false): void {
  const record = workshopRecord(testPack, { workshop, position, anonymous, presenter: { index: 0, revealed: false } });
  localStorage.setItem(workshopKey(testPack), JSON.stringify(record));
}

/** A stand-in for the app machine, the workshop's host: the events it is told (`turn.consumed`); stopped when the test ends. */
export function startHost() {
  const told: string[] = [];
  const host = createActor(fromCallback<{ type: 'turn.consumed' }>(({ receive }) => receive((event) => void told.push(event.type)))).start();
  onTestFinished(() => void host.stop());
  return { host, told };
}
