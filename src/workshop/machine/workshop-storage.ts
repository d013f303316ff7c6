import { z } from 'zod';
import { packRefSchema, workshopFileSchema, type WorkshopFile } from '@/rules/answers/answers-schema';
import type { PackRef } from '@/rules/pack/pack-schema';
import { newestOtherVersion, parseJson, readOrMoveAside, type KeyValueStore, type VersionStamp } from '@/lib/storage/record-store';
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
  /**
   * Counts the writes of the record, with the tab that wrote it last (records of earlier builds have
   * neither: revision 0): two tabs never overwrite each other unseen (lib/storage/guarded-writer).
   */
  revision: z.int().min(0).optional(),
  writer: z.string().max(100).optional(),
});
export type WorkshopRecord = z.infer<typeof workshopRecordSchema>;

/** What the workshop asks to save: the record without its stamp. */
export type WorkshopContent = Omit<WorkshopRecord, 'savedAt' | 'revision' | 'writer'>;

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

/** The record a text holds, if it is one of the pack (and of `version`, when given). */
export function parseWorkshopRecord(text: string, packId: string, version?: string): WorkshopRecord | undefined {
  const parsed = workshopRecordSchema.safeParse(parseJson(text));
  if (!parsed.success || parsed.data.pack.id !== packId) return undefined;
  return version === undefined || parsed.data.pack.version === version ? parsed.data : undefined;
}

const stampOf = (record: WorkshopRecord): VersionStamp => ({ savedAt: record.savedAt, version: record.pack.version });

/** The record under `key`; one that cannot be read is moved aside to `<key>.unreadable.<stamp>`. */
function readAt(store: KeyValueStore, key: string, packId: string, stamp: string): StoredWorkshop {
  const read = readOrMoveAside(store, key, (text) => parseWorkshopRecord(text, packId), stamp);
  return { record: read.record ?? null, movedAside: read.unreadable ? { key: read.unreadable.key, text: read.unreadable.text } : null };
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
    const prefix = workshopKey({ id: pack.id, version: '' });
    const parse = (text: string, version: string) => parseWorkshopRecord(text, pack.id, version);
    const record = newestOtherVersion(store, prefix, pack.version, parse, stampOf, legacy.record ?? undefined) ?? null;
    return { record, movedAside: own.movedAside ?? legacy.movedAside };
  } catch {
    return { record: null, movedAside: null };
  }
}

/** The record of a workshop at a position. */
export function workshopRecord(
  pack: PackRef,
  state: { workshop: WorkshopFile; position: Position; anonymous: boolean; presenter: { index: number; revealed: boolean } },
): WorkshopContent {
  return { version: WORKSHOP_RECORD_VERSION, pack: { id: pack.id, version: pack.version }, ...state };
}

/** The content a record holds (without its stamp). */
export function workshopContent(record: WorkshopRecord): WorkshopContent {
  const { savedAt: _savedAt, revision: _revision, writer: _writer, ...content } = record;
  return content;
}

/** Whether the record holds this content, whoever wrote it (key order aside). */
export function holdsWorkshop(record: WorkshopRecord, content: WorkshopContent): boolean {
  return canonicalJson(workshopContent(record)) === canonicalJson(content);
}

/** A workshop with nothing in it yet: not worth a record while there is none. */
export function isBlankWorkshop(content: WorkshopContent): boolean {
  const { workshop } = content;
  return (
    content.position === 'setup' &&
    workshop.participants.length === 0 &&
    workshop.title.trim() === '' &&
    !workshop.notes &&
    Object.keys(workshop.agreed.answers).length === 0 &&
    Object.keys(workshop.items ?? {}).length === 0
  );
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
