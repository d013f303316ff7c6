import type { AnswerValue, Unsure } from './answers-schema';

/**
 * The formats and caps of the files that travel (DESIGN.md "Files that travel"), and the "not sure"
 * test: no zod here, so the first screen can use them without the schemas of answers-schema.ts.
 */

export const ANSWERS_FORMAT = 'aperture-answers/1';
/** Workshop files are written in format 2; format 1 files (no notes per item, no marks) still open. */
export const WORKSHOP_FORMAT = 'aperture-workshop/2';
export const WORKSHOP_FORMATS = ['aperture-workshop/1', WORKSHOP_FORMAT] as const;

export const MAX_ITEM_NOTES = 5000;

/** True for the "not sure" answer `{ unsure: true }`. */
export function isUnsure(value: AnswerValue | undefined): value is Unsure {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}
