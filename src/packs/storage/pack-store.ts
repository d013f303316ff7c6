import * as z from 'zod/mini';
import type { LoadPackResult, PackProblem } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * The rules pack the user loaded instead of the bundled one, kept in this browser so that it is
 * still active after a reload. The pack's own text is stored as loaded and checked by the same
 * loader on every read; a record that cannot be used is moved aside under its own key and
 * reported, never dropped.
 */

export const PACK_KEY = 'aperture.pack';
const ASIDE_PREFIX = `${PACK_KEY}.unreadable.`;
const PACK_RECORD_VERSION = 1;

/** A pack file is refused before it is read past this size (the bundled pack is about 210 kB). */
export const MAX_PACK_BYTES = 2_000_000;

const packRecordSchema = z.strictObject({
  version: z.literal(PACK_RECORD_VERSION),
  fileName: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(MAX_PACK_BYTES)),
  savedAt: z.iso.datetime(),
});

export type StoredPack = { pack: Pack; fileName: string };

/** A stored pack that could not be used: its text to download, and why (loader lines; none when the record itself is damaged). */
/** A pack set aside; `details` describe its `problems` one for one, in any language. */
export type AsidePack = { key: string; fileName: string | undefined; text: string; problems: string[]; details: PackProblem[] };

export type StoredPackRead = { stored: StoredPack | null; aside: AsidePack[] };

/** Checks a pack's text (the loader of src/rules, passed in so that this module stays small). */
export type CheckPackText = (text: string, fileName: string) => LoadPackResult;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What a stored record holds, checked: the pack, or what to offer for download and why it failed. */
function readRecord(text: string, check: CheckPackText): { ok: true; stored: StoredPack } | { ok: false; aside: Omit<AsidePack, 'key'> } {
  const record = packRecordSchema.safeParse(safeJson(text));
  if (!record.success) return { ok: false, aside: { fileName: undefined, text, problems: [], details: [] } };
  const loaded = check(record.data.text, record.data.fileName);
  if (loaded.ok) return { ok: true, stored: { pack: loaded.pack, fileName: record.data.fileName } };
  return { ok: false, aside: { fileName: record.data.fileName, text: record.data.text, problems: loaded.problems, details: loaded.details } };
}

/** The packs kept aside, oldest first. */
export function listAsidePacks(storage: Storage, check: CheckPackText): AsidePack[] {
  const found: { n: number; pack: AsidePack }[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(ASIDE_PREFIX)) continue;
    const n = Number(key.slice(ASIDE_PREFIX.length));
    const text = storage.getItem(key);
    if (!Number.isInteger(n) || text === null) continue;
    const read = readRecord(text, check);
    found.push({ n, pack: read.ok ? { key, fileName: read.stored.fileName, text, problems: [], details: [] } : { key, ...read.aside } });
  }
  return found.sort((a, b) => a.n - b.n).map((f) => f.pack);
}

/** Moves the record aside; when storage refuses the copy (full), it stays under its key and is reported from there. */
function moveAside(storage: Storage, text: string, check: CheckPackText): AsidePack | undefined {
  let last = 0;
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    const n = key?.startsWith(ASIDE_PREFIX) ? Number(key.slice(ASIDE_PREFIX.length)) : NaN;
    if (Number.isInteger(n) && n > last) last = n;
  }
  try {
    storage.setItem(`${ASIDE_PREFIX}${last + 1}`, text);
  } catch {
    const read = readRecord(text, check);
    return read.ok ? { key: PACK_KEY, fileName: read.stored.fileName, text, problems: [], details: [] } : { key: PACK_KEY, ...read.aside };
  }
  storage.removeItem(PACK_KEY);
  return undefined;
}

/**
 * True when this browser keeps a pack, or a pack set aside: only then is the loader needed to boot.
 * Storage that throws on reading says true, so that readStoredPack handles it as it always has.
 */
export function hasStoredPacks(storage: Storage | undefined): boolean {
  if (!storage) return false;
  try {
    if (storage.getItem(PACK_KEY) !== null) return true;
    for (let i = 0; i < storage.length; i += 1) if (storage.key(i)?.startsWith(ASIDE_PREFIX)) return true;
    return false;
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
      if (key !== PACK_KEY && !key?.startsWith(ASIDE_PREFIX)) continue;
      const record = packRecordSchema.safeParse(safeJson(storage.getItem(key) ?? ''));
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
      const stuck = moveAside(storage, text, check);
      if (stuck) return { stored: null, aside: [stuck, ...listAsidePacks(storage, check)] };
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
    if (key.startsWith(ASIDE_PREFIX) || key === PACK_KEY) storage?.removeItem(key);
  } catch {
    // Storage that throws here throws on every use: nothing more can be done.
  }
}
