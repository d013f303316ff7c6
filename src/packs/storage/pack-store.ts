import type { LoadPackResult, PackProblem } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';
import { MAX_FILE_BYTES } from '@/rules/limits';
import { asidePrefix, hasAside } from '@/lib/storage/record-store';

/**
 * The rules pack the user loaded instead of the bundled one, kept in this browser so that it is
 * still active after a reload. The pack's own text is stored as loaded and checked by the same
 * loader on every read; a record that cannot be used is moved aside under its own key and
 * reported, never dropped. Reading the record (checked with zod/mini) is pack-reading.ts, fetched
 * only when this browser keeps a pack.
 */

export const PACK_KEY = 'aperture.pack';
export const PACK_RECORD_VERSION = 1;

/** A pack file is refused before it is read past this size (the bundled pack is about 210 kB). */
export const MAX_PACK_BYTES = MAX_FILE_BYTES;

export type StoredPack = { pack: Pack; fileName: string };

/** A pack set aside, with its problems (described in the user's language). */
export type AsidePack = { key: string; fileName: string | undefined; text: string; problems: PackProblem[] };

export type StoredPackRead = { stored: StoredPack | null; aside: AsidePack[] };

/** Checks a pack's text (the loader of src/rules, passed in so that this module stays small). */
export type CheckPackText = (text: string, fileName: string) => LoadPackResult;

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
