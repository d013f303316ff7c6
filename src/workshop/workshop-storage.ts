import { z } from 'zod';
import { packRefSchema, workshopFileSchema, type WorkshopFile } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import { POSITIONS, type Position } from './workshop-model';

/** Version of the saved record; a record of another version is moved aside, never misread. */
export const WORKSHOP_RECORD_VERSION = 1;

export const workshopRecordSchema = z.strictObject({
  version: z.literal(WORKSHOP_RECORD_VERSION),
  pack: packRefSchema,
  workshop: workshopFileSchema,
  position: z.enum(POSITIONS),
  anonymous: z.boolean(),
  presenter: z.strictObject({ index: z.int().min(0).max(10_000), revealed: z.boolean() }),
});
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;

/** The storage this feature needs (localStorage in the browser, a map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A record that could not be read, kept under its own key for the user to download. */
export type MovedAside = { key: string; text: string };

export type StoredWorkshop = { record: WorkshopRecord | null; movedAside: MovedAside | null };

/** One saved workshop per pack. */
export function workshopKey(pack: Pick<Pack, 'id'>): string {
  return `aperture.workshop.${pack.id}`;
}

/**
 * Reads the saved workshop of the pack. A record that is not JSON or not a valid record of this
 * version is moved aside to `<key>.unreadable.<stamp>` and returned as text; it is never dropped.
 * Its participants still have to be checked against the pack (it may be another version). Never throws.
 */
export function readWorkshopRecord(store: KeyValueStore, pack: Pick<Pack, 'id'>, stamp: string): StoredWorkshop {
  const key = workshopKey(pack);
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { record: null, movedAside: null };
  }
  if (text === null) return { record: null, movedAside: null };
  const parsed = safeJson(text);
  const record = workshopRecordSchema.safeParse(parsed);
  if (record.success && record.data.pack.id === pack.id) return { record: record.data, movedAside: null };
  const aside = `${key}.unreadable.${stamp}`;
  try {
    store.setItem(aside, text);
    store.removeItem(key);
  } catch {
    // Storage full or blocked: the record stays where it was, and the user can still download it.
    return { record: null, movedAside: { key, text } };
  }
  return { record: null, movedAside: { key: aside, text } };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The record of a workshop at a position. */
export function workshopRecord(
  pack: Pick<Pack, 'id' | 'version'>,
  state: { workshop: WorkshopFile; position: Position; anonymous: boolean; presenter: { index: number; revealed: boolean } },
): WorkshopRecord {
  return { version: WORKSHOP_RECORD_VERSION, pack: { id: pack.id, version: pack.version }, ...state };
}

/** Writes the record; false when storage refused it (full, blocked). */
export function writeWorkshopRecord(store: KeyValueStore, record: WorkshopRecord): boolean {
  try {
    store.setItem(workshopKey(record.pack), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved workshop (a new workshop was started). */
export function clearWorkshopRecord(store: KeyValueStore, pack: Pick<Pack, 'id'>): void {
  try {
    store.removeItem(workshopKey(pack));
  } catch {
    // Nothing saved can be removed when storage is blocked; the next save overwrites it anyway.
  }
}
