import { LANG_KEY } from '@/i18n/initial-lang';
import { loadSessionReading } from '@/questionnaire/storage/session-storage';
import { loadAppRecordReading } from '../machine/app-record';

/**
 * The records Aperture keeps in localStorage (the app's mode, sessions, turns, workshops, a pack)
 * are read with zod/mini schemas. A first visit has none, so their reading is a chunk of its own:
 * fetched as the app starts, and waited for before the first screen, only when this browser holds
 * such records; otherwise fetched once the first screen has been painted (the autosave reads back what it wrote).
 */

/** Keys of this app that are not records to read (the language chosen is read without a schema). */
const NOT_RECORDS = new Set([LANG_KEY]);

/** True when `storage` holds any Aperture record. Storage that throws on reading says false: nothing can be read from it. */
export function holdsStoredRecords(storage: Storage | undefined): boolean {
  try {
    for (let i = 0; storage && i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith('aperture.') && !NOT_RECORDS.has(key)) return true;
    }
  } catch {
    // Blocked storage: nothing stored can be read.
  }
  return false;
}

/** Fetches the reading of stored records (the session's and the app's); a failed download can be tried again. */
export function loadRecordReading(): Promise<void> {
  return Promise.all([loadSessionReading(), loadAppRecordReading()]).then(() => undefined);
}
