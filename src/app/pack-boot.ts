import { parsePackJson, type LoadPackResult } from '@/rules/load-pack';
import { loadDefaultPack } from './default-pack';
import { clearStoredPack, listAsidePacks, MAX_PACK_BYTES, readStoredPack, removeAsidePack, saveStoredPack, type AsidePack, type StoredPackRead } from './pack-store';

/**
 * Everything needed to choose the active pack, loaded after the first screen's code: the bundled
 * pack (the largest single piece of data), the loader that checks it and any pack the user
 * loads, and the storage of that pack. The app imports this module dynamically and shows a loading
 * status meanwhile.
 */

/** What the app does with packs once the loader has arrived. */
export type PackTools = {
  /** Checks the text of a pack file; every problem is one line naming its place in the file. */
  check: (text: string, fileName: string) => LoadPackResult;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /** Remembers a loaded pack in this browser; false when the browser would not store it. */
  save: (fileName: string, text: string) => boolean;
  /** Back to the bundled pack. */
  forget: () => void;
  /** Removes a pack kept aside; returns those left. */
  removeAside: (key: string) => AsidePack[];
};

export type PackBoot = {
  /** The bundled pack, checked like any other: a broken pack is explained, never half-used. */
  bundled: LoadPackResult;
  /** The pack loaded earlier in this browser, if any, and those that could not be used. */
  stored: StoredPackRead;
  tools: PackTools;
};

/** Checks the text of a pack file with the loader. */
export function checkPackText(text: string, fileName: string): LoadPackResult {
  return parsePackJson(text, { file: fileName });
}

export function packTools(storage: Storage | undefined): PackTools {
  return {
    check: checkPackText,
    maxBytes: MAX_PACK_BYTES,
    save: (fileName, text) => saveStoredPack(storage, fileName, text, new Date()),
    forget: () => clearStoredPack(storage),
    removeAside: (key) => {
      removeAsidePack(storage, key);
      return storage ? listAsidePacks(storage, checkPackText) : [];
    },
  };
}

export function bootPacks(storage: Storage | undefined): PackBoot {
  return { bundled: loadDefaultPack(), stored: readStoredPack(storage, checkPackText), tools: packTools(storage) };
}
