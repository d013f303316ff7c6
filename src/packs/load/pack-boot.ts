import type { LoadPackResult } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';
import type { Lang } from '@/i18n/messages';
import { onceLoaded } from '@/lib/once-loaded';
import { loadBundledPack } from './pack-loading';
import { checkPackOffThread } from './pack-check-off-thread';
import { clearStoredPack, hasStoredPacks, MAX_PACK_BYTES, removeAsidePack, saveStoredPack, type AsidePack, type CheckPackText, type StoredPackRead } from '../storage/pack-store';

/**
 * Everything needed to choose the active pack: the bundled pack (its parts are files of their own,
 * checked when the app was built; pack-loading.ts) and the storage of a pack the user loaded. The
 * loader that checks such a pack comes in a chunk of its own, fetched only when a pack is kept in
 * this browser or the user picks a file.
 */

/** What the app does with packs once they have arrived. */
export type PackTools = {
  /** Checks the text of a pack file; every problem is one line naming its place in the file. */
  check: (text: string, fileName: string) => Promise<LoadPackResult>;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /** Remembers a loaded pack in this browser; false when the browser would not store it. */
  save: (fileName: string, text: string) => boolean;
  /** Back to the bundled pack. */
  forget: () => void;
  /** Removes a pack kept aside; returns those left. */
  removeAside: (key: string) => Promise<AsidePack[]>;
};

export type PackBoot = {
  /** The bundled pack. */
  bundled: Pack;
  /** The pack loaded earlier in this browser, if any, and those that could not be used. */
  stored: StoredPackRead;
  tools: PackTools;
};

type PackCheckModule = typeof import('./pack-check');
type PackReadingModule = typeof import('../storage/pack-reading');

/** The reading of a kept pack's record (zod/mini), fetched only when this browser keeps one; a failed download is forgotten. */
const loadPackReading: () => Promise<PackReadingModule> = onceLoaded(() => import('../storage/pack-reading'));

/** The loader's chunk; a failed download is forgotten, so that the next use fetches it anew. */
const loadPackCheck: () => Promise<PackCheckModule> = onceLoaded(() => import('./pack-check'));

/** Checks the text of a pack file with the loader (fetched on first use). */
export async function checkPackText(text: string, fileName: string): Promise<LoadPackResult> {
  return (await loadPackCheck()).checkPackText(text, fileName);
}

/**
 * The loader's check for the packs kept in `storage`, run ahead in the pack-check worker (a stored
 * pack up to the cap never blocks the page while the app starts); the storage code then reads
 * these results, and checks in place only a text it was not given.
 */
async function checkStoredAhead(storage: Storage | undefined): Promise<CheckPackText> {
  const [{ checkPackText: inPlace }, { storedPackTexts }] = await Promise.all([loadPackCheck(), loadPackReading()]);
  const checked: { text: string; fileName: string; result: LoadPackResult }[] = [];
  for (const { text, fileName } of storedPackTexts(storage)) {
    checked.push({ text, fileName, result: await checkPackOffThread(text, fileName, (t, f) => Promise.resolve(inPlace(t, f))) });
  }
  return (text, fileName) => checked.find((c) => c.fileName === fileName && c.text === text)?.result ?? inPlace(text, fileName);
}

export function packTools(storage: Storage | undefined): PackTools {
  return {
    check: checkPackText,
    maxBytes: MAX_PACK_BYTES,
    save: (fileName, text) => saveStoredPack(storage, fileName, text, new Date()),
    forget: () => clearStoredPack(storage),
    removeAside: async (key) => {
      removeAsidePack(storage, key);
      if (!storage || !hasStoredPacks(storage)) return [];
      const [check, { listAsidePacks }] = await Promise.all([checkStoredAhead(storage), loadPackReading()]);
      return listAsidePacks(storage, check);
    },
  };
}

/** The packs to choose from with `bundled` as the bundled one; the loader is fetched only when this browser keeps a pack. */
export async function bootPacksWith(bundled: Pack, storage: Storage | undefined): Promise<PackBoot> {
  if (!hasStoredPacks(storage)) return { bundled, stored: { stored: null, aside: [] }, tools: packTools(storage) };
  const [check, { readStoredPack }] = await Promise.all([checkStoredAhead(storage), loadPackReading()]);
  const stored = readStoredPack(storage, check);
  return { bundled, stored, tools: packTools(storage) };
}

/** The packs to choose from, the bundled one with the texts of `lang` first (src/app/boot/first-downloads.ts has started its download). */
export async function bootPacks(storage: Storage | undefined, lang: Lang): Promise<PackBoot> {
  return bootPacksWith(await loadBundledPack(lang), storage);
}
