import * as z from 'zod/mini';
import { asidePrefix, listAside, moveAside, parseJson } from '@/lib/storage/record-store';
import { MAX_PACK_BYTES, PACK_KEY, PACK_RECORD_VERSION, type AsidePack, type CheckPackText, type StoredPack, type StoredPackRead } from './pack-store';

/**
 * Reading the pack this browser keeps (pack-store.ts), checked with zod/mini: fetched only when
 * this browser keeps a pack or a pack set aside.
 */

const packRecordSchema = z.strictObject({
  version: z.literal(PACK_RECORD_VERSION),
  fileName: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(MAX_PACK_BYTES)),
  savedAt: z.iso.datetime(),
});

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

