import type { LabelledAnswers } from '@/rules/answers/answers-schema';
import { onceLoaded } from '@/lib/once-loaded';

/**
 * The app's saved record (`aperture.app`): its shape, its key, and the loader of its reading. A
 * module of its own, without xstate or the machines, because the app asks for the reading before
 * the rest of its code has run (src/app/boot/first-downloads.ts).
 */

export const APP_MODES = ['questionnaire', 'workshop', 'turn'] as const;
export type AppMode = (typeof APP_MODES)[number];

/** What the app keeps in storage (`aperture.app`): the mode, an unfinished turn, a hand-off not yet taken, a link read. */
export type AppRecord = { mode: AppMode; turn: { label: string; key: string } | null; pendingTurn: LabelledAnswers | null; link: string | null };

export const APP_KEY = 'aperture.app';
export const APP_VERSION = 1;

export const initialAppRecord: AppRecord = { mode: 'questionnaire', turn: null, pendingTurn: null, link: null };

type AppRecordReading = typeof import('./app-record-reading');
let reading: AppRecordReading | undefined;

/** Fetches the reading of the saved record (checked with zod/mini; once, a failed download is forgotten). */
export const loadAppRecordReading: () => Promise<AppRecordReading> = onceLoaded(() => import('./app-record-reading').then((module) => (reading = module)));

/**
 * The saved record; anything unreadable starts on the questionnaire (a turn's answers stay in their
 * own record). Never throws. Read with app-record-reading.ts, which the app fetches as it starts
 * whenever this browser holds Aperture records; before it has arrived nothing is read.
 */
export function readAppRecord(storage: Storage | undefined): AppRecord {
  return reading ? reading.readAppRecord(storage) : initialAppRecord;
}

