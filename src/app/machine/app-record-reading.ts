import * as z from 'zod/mini';
import { labelledAnswersSchema } from '@/rules/answers/answers-schema';
import { APP_KEY, APP_MODES, APP_VERSION, initialAppRecord, type AppRecord } from './app-record';

/**
 * Reading the app's saved record (`aperture.app`), checked with zod/mini: a chunk of its own, which
 * the app fetches as it starts only when this browser holds Aperture records.
 */

const MAX_LINK = 200_000;

const labelSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const recordSchema = z.strictObject({
  version: z.literal(APP_VERSION),
  mode: z.enum(APP_MODES),
  turn: z.nullable(z.strictObject({ label: labelSchema, key: z.string().check(z.minLength(1), z.maxLength(300)) })),
  pendingTurn: z.nullable(labelledAnswersSchema),
  link: z.nullable(z.string().check(z.maxLength(MAX_LINK))),
});

/** The saved record; anything unreadable starts on the questionnaire (a turn's answers stay in their own record). Never throws. */
export function readAppRecord(storage: Storage | undefined): AppRecord {
  try {
    const text = storage?.getItem(APP_KEY);
    if (!text) return initialAppRecord;
    const parsed = recordSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return initialAppRecord;
    const { version: _version, ...record } = parsed.data;
    return record.mode === 'turn' && record.turn === null ? { ...record, mode: 'workshop' } : record;
  } catch {
    return initialAppRecord;
  }
}
