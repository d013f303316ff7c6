import { loadSessionReading } from '@/questionnaire/storage/session-storage';
import { loadAppRecordReading } from '../machine/app-record';

/**
 * The records Aperture keeps in localStorage (the app's mode, sessions, turns, workshops, a pack)
 * are read with zod/mini schemas. A first visit has none, so their reading is a chunk of its own:
 * fetched as the app starts, and waited for before the first screen, only when this browser holds
 * such records; otherwise fetched once the first screen has been painted (the autosave reads back what it wrote).
 */

/** Fetches the reading of stored records (the session's and the app's); a failed download can be tried again. */
export function loadRecordReading(): Promise<void> {
  return Promise.all([loadSessionReading(), loadAppRecordReading()]).then(() => undefined);
}
