import { parsePackJson, type LoadPackResult } from '@/rules/load-pack';
import { loadDefaultPack } from './default-pack';
import { readStoredPack, type StoredPackRead } from './pack-store';

/**
 * Everything needed to choose the active pack, loaded after the first screen's code: the bundled
 * pack (the largest single piece of data) and the loader that checks it and any pack the user
 * loaded. The app imports this module dynamically and shows a loading status meanwhile.
 */

export type PackBoot = {
  /** The bundled pack, checked like any other: a broken pack is explained, never half-used. */
  bundled: LoadPackResult;
  /** The pack loaded earlier in this browser, if any, and those that could not be used. */
  stored: StoredPackRead;
};

/** Checks the text of a pack file with the loader; every problem is one line naming its place in the file. */
export function checkPackText(text: string, fileName: string): LoadPackResult {
  return parsePackJson(text, { file: fileName });
}

export function bootPacks(storage: Storage | undefined): PackBoot {
  return { bundled: loadDefaultPack(), stored: readStoredPack(storage, checkPackText) };
}
