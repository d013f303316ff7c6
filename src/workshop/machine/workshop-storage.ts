import { z } from 'zod';
import { packRefSchema, workshopFileSchema, type WorkshopFile } from '@/rules/answers/answers-schema';
import type { PackRef } from '@/rules/pack/pack-schema';
import { POSITIONS, type Position } from './workshop-model';

/** Version of the saved record; a record of another version is moved aside, never misread. */
export const WORKSHOP_RECORD_VERSION = 1;

export const workshopRecordSchema = z.strictObject({
  version: z.literal(WORKSHOP_RECORD_VERSION),
  pack: packRefSchema,
  workshop: workshopFileSchema,
  position: z.enum(POSITIONS),
  anonymous: z.boolean(),
  presenter: z.strictObject({ index: z.int().min(0).max(10_000), revealed: z.boolean(), recorded: z.boolean().optional() }),
  /** When it was written (records of earlier builds have none): the newest one is carried to a new version. */
  savedAt: z.iso.datetime().optional(),
});
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;

/** The storage this feature needs (localStorage in the browser, a map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A record that could not be read, kept under its own key for the user to download. */
export type MovedAside = { key: string; text: string };

export type StoredWorkshop = { record: WorkshopRecord | null; movedAside: MovedAside | null };

/** One saved workshop per pack id and version. */
export function workshopKey(pack: PackRef): string {
  return `aperture.workshop.${pack.id}@${pack.version}`;
}

/** Where earlier builds kept it: one per pack id, still read so that an upgrade loses nothing. */
export function legacyWorkshopKey(packId: string): string {
  return `aperture.workshop.${packId}`;
}

function parseRecord(text: string | null, packId: string): WorkshopRecord | null {
  const parsed = text === null ? undefined : workshopRecordSchema.safeParse(safeJson(text));
  return parsed?.success && parsed.data.pack.id === packId ? parsed.data : null;
}

/** The record under `key`; one that cannot be read is moved aside to `<key>.unreadable.<stamp>`. */
function readAt(store: KeyValueStore, key: string, packId: string, stamp: string): StoredWorkshop {
  const text = store.getItem(key);
  const record = parseRecord(text, packId);
  if (record || text === null) return { record, movedAside: null };
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

/** The readable records of the pack's other versions (an unreadable one waits until its version is opened). */
function otherVersions(store: KeyValueStore, pack: PackRef): WorkshopRecord[] {
  const prefix = workshopKey({ id: pack.id, version: '' });
  const found: WorkshopRecord[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i) ?? '';
    const version = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (version === pack.version || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    const record = parseRecord(store.getItem(key), pack.id);
    if (record?.pack.version === version) found.push(record);
  }
  return found;
}

const versionParts = (version: string) => version.split('.').map(Number);

/** Saved later (a record without a time is the oldest); at the same time, of the later version. */
function isNewer(a: WorkshopRecord, b: WorkshopRecord): boolean {
  const byTime = Date.parse(a.savedAt ?? '0') - Date.parse(b.savedAt ?? '0');
  if (byTime !== 0) return byTime > 0;
  const [x, y] = [versionParts(a.pack.version), versionParts(b.pack.version)];
  const at = x.findIndex((n, i) => n !== y[i]);
  return at >= 0 && (x[at] ?? 0) > (y[at] ?? 0);
}

/**
 * Reads the saved workshop of the pack version. When this version has none yet, the newest saved
 * workshop of another version of the pack (or the per-id record of earlier builds) is returned, as
 * it was: its participants are checked against the pack like any workshop file, and the workshop is
 * saved as this version's at its first save, leaving the other record untouched. A record that is
 * not JSON or not a valid record is moved aside to `<key>.unreadable.<stamp>` and returned as text;
 * it is never dropped. Never throws.
 */
export function readWorkshopRecord(store: KeyValueStore, pack: PackRef, stamp: string): StoredWorkshop {
  try {
    const own = readAt(store, workshopKey(pack), pack.id, stamp);
    if (own.record) return own;
    const legacy = readAt(store, legacyWorkshopKey(pack.id), pack.id, stamp);
    const record = [...otherVersions(store, pack), legacy.record].reduce<WorkshopRecord | null>(
      (best, r) => (r && (!best || isNewer(r, best)) ? r : best),
      null,
    );
    return { record, movedAside: own.movedAside ?? legacy.movedAside };
  } catch {
    return { record: null, movedAside: null };
  }
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
  pack: PackRef,
  state: { workshop: WorkshopFile; position: Position; anonymous: boolean; presenter: { index: number; revealed: boolean } },
): WorkshopRecord {
  return { version: WORKSHOP_RECORD_VERSION, pack: { id: pack.id, version: pack.version }, ...state };
}

/**
 * Writes the record, stamped with the time; false when storage refused it (full, blocked) or when
 * its key still holds a record that could not be read nor copied aside: that one is never written
 * over until the user has removed it.
 */
export function writeWorkshopRecord(store: Pick<KeyValueStore, 'setItem'> & Partial<Pick<KeyValueStore, 'getItem'>>, record: WorkshopRecord, now: Date = new Date()): boolean {
  try {
    const there = store.getItem?.(workshopKey(record.pack)) ?? null;
    if (there !== null && !workshopRecordSchema.safeParse(safeJson(there)).success) return false;
    store.setItem(workshopKey(record.pack), JSON.stringify({ ...record, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

