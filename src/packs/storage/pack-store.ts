import * as z from 'zod/mini';
import type { LoadPackResult, PackProblem } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';
import { MAX_FILE_BYTES } from '@/rules/limits';
import { asidePrefix, hasAside, listAside, moveAside, parseJson } from '@/lib/storage/record-store';

/**
 * The rules pack the user loaded instead of the bundled one, kept in this browser so that it is
 * still active after a reload. The pack's own text is stored as loaded and checked by the same
 * loader on every read; a record that cannot be used is moved aside under its own key and
 * reported, never dropped.
 */

export const PACK_KEY = 'aperture.pack';
const PACK_RECORD_VERSION = 1;

/** A pack file is refused before it is read past this size (the bundled pack is about 210 kB). */
export const MAX_PACK_BYTES = MAX_FILE_BYTES;

const packRecordSchema = z.strictObject({
  version: z.literal(PACK_RECORD_VERSION),
  fileName: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(MAX_PACK_BYTES)),
  savedAt: z.iso.datetime(),
});

export type StoredPack = { pack: Pack; fileName: string };

/** A pack set aside, with its problems (described in the user's language). */
export type AsidePack = { key: string; fileName: string | undefined; text: string; problems: PackProblem[] };

export type StoredPackRead = { stored: StoredPack | null; aside: AsidePack[] };

/** Checks a pack's text (the loader of src/rules, passed in so that this module stays small). */
export type CheckPackText = (text: string, fileName: string) => LoadPackResult;

/** What a stored record holds, checked: the pack, or what to offer for download and why it failed. */
function readRecord(text: string, check: CheckPackText): { ok: true; stored: StoredPack } | { ok: false; aside: Omit<AsidePack, 'key'> } {
  const record = packRecordSchema.safeParse(parseJson(text));
  if (!record.success) return { ok: false, aside: { fileName: undefined, text, problems: [] } };
  const loaded = check(record.data.text, record.data.fileName);
  if (loaded.ok) return { ok: true, stored: { pack: loaded.pack, fileName: record.data.fileName } };
  return { ok: false, aside: { fileName: record.data.fileName, text: record.data.text, problems: loaded.problems } };
}

/** What to offer for a text kept at `key`: its pack's file name and text, and the loader's problems if it no longer loads. */
function asidePack(key: string, text: string, check: CheckPackText): AsidePack {
  const read = readRecord(text, check);
  return read.ok ? { key, fileName: read.stored.fileName, text, problems: [] } : { key, ...read.aside };
}

/** The packs kept aside, oldest first. */
export function listAsidePacks(storage: Storage, check: CheckPackText): AsidePack[] {
  return listAside(storage, PACK_KEY).map((aside) => asidePack(aside.key, aside.text, check));
}

/**
 * True when this browser keeps a pack, or a pack set aside: only then is the loader needed to boot.
 * Storage that throws on reading says true, so that readStoredPack handles it as it always has.
 */
export function hasStoredPacks(storage: Storage | undefined): boolean {
  if (!storage) return false;
  try {
    return storage.getItem(PACK_KEY) !== null || hasAside(storage, PACK_KEY);
  } catch {
    return true;
  }
}

/**
 * The pack texts this browser keeps (the active pack and those set aside), with their file names,
 * for checking before `readStoredPack` or `listAsidePacks` reads them: the checks can then run off
 * the page's main thread. Damaged records hold none. Never throws.
 */
export function storedPackTexts(storage: Storage | undefined): { text: string; fileName: string }[] {
  const found: { text: string; fileName: string }[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key === null || (key !== PACK_KEY && !key.startsWith(asidePrefix(PACK_KEY)))) continue;
      const record = packRecordSchema.safeParse(parseJson(storage.getItem(key) ?? ''));
      if (record.success) found.push({ text: record.data.text, fileName: record.data.fileName });
    }
  } catch {
    // Storage that throws on reading: readStoredPack finds nothing either.
  }
  return found;
}

/** Reads the stored pack, if any; one that no longer loads is moved aside. Never throws. */
export function readStoredPack(storage: Storage | undefined, check: CheckPackText): StoredPackRead {
  if (!storage) return { stored: null, aside: [] };
  try {
    const text = storage.getItem(PACK_KEY);
    if (text !== null) {
      const read = readRecord(text, check);
      if (read.ok) return { stored: read.stored, aside: listAsidePacks(storage, check) };
      // One that storage refused to copy aside stays under its key and is offered from there.
      if (moveAside(storage, PACK_KEY, text) === PACK_KEY) return { stored: null, aside: [asidePack(PACK_KEY, text, check), ...listAsidePacks(storage, check)] };
    }
    return { stored: null, aside: listAsidePacks(storage, check) };
  } catch {
    // Storage that throws on reading (blocked by policy): the bundled pack is used.
    return { stored: null, aside: [] };
  }
}

/** Remembers a loaded pack's text; false when this browser would not store it (full or disabled). */
export function saveStoredPack(storage: Storage | undefined, fileName: string, text: string, now: Date): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PACK_KEY, JSON.stringify({ version: PACK_RECORD_VERSION, fileName: fileName.slice(0, 500), text, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the loaded pack: the bundled one is used from now on. */
export function clearStoredPack(storage: Storage | undefined): void {
  try {
    storage?.removeItem(PACK_KEY);
  } catch {
    // Nothing to forget where storage is blocked.
  }
}

/** Removes a pack kept aside, or one left under the pack's own key because it could not be copied aside. */
export function removeAsidePack(storage: Storage | undefined, key: string): void {
  try {
    if (key.startsWith(asidePrefix(PACK_KEY)) || key === PACK_KEY) storage?.removeItem(key);
  } catch {
    // Storage that throws here throws on every use: nothing more can be done.
  }
}
