import { z } from 'zod';
import { idSchema } from './id-schema';

/** The files that travel between people and devices (DESIGN.md "Files that travel"). */

export const ANSWERS_FORMAT = 'aperture-answers/1';
/** Workshop files are written in format 2; format 1 files (no notes per item, no marks) still open. */
export const WORKSHOP_FORMAT = 'aperture-workshop/2';
export const WORKSHOP_FORMATS = ['aperture-workshop/1', WORKSHOP_FORMAT] as const;

/**
 * Text of at most `max` UTF-16 code units: counted as the screens and `String.length` count it
 * (zod's own `max` counts code points, so 𠮷 would count once here and twice on screen).
 */
export function textOfAtMost(max: number) {
  return z.string().refine((text) => text.length <= max, { message: `Too long: at most ${max} characters` });
}

/** The longest text answer any question allows (a pack's `maxLength` is at most this). */
export const MAX_TEXT_ANSWER = 20000;

export const unsureSchema = z.strictObject({ unsure: z.literal(true) });
export type Unsure = z.infer<typeof unsureSchema>;

/** One answer: a choice value or text (string), the values of a multi question, or "not sure". */
export const answerValueSchema = z.union([
  textOfAtMost(MAX_TEXT_ANSWER),
  z.array(textOfAtMost(200)).max(100),
  unsureSchema,
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Answers keyed by question id. Loose here; load-answers.ts checks them against a pack. */
export const answersSchema = z.record(textOfAtMost(200), answerValueSchema);
export type Answers = Readonly<Record<string, AnswerValue>>;

export const packRefSchema = z.strictObject({ id: idSchema, version: z.string().min(1).max(40) });

export const respondentSchema = z.strictObject({
  name: textOfAtMost(200).optional(),
  role: textOfAtMost(200).optional(),
  company: textOfAtMost(200).optional(),
});
export type Respondent = z.infer<typeof respondentSchema>;

export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  rules: packRefSchema,
  respondent: respondentSchema.optional(),
  answers: answersSchema,
  savedAt: z.iso.datetime().optional(),
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

export const participantSchema = z.strictObject({
  id: z.string().min(1).max(80),
  label: z.string().min(1).max(200),
  answers: answersFileSchema,
  /** Questions whose answer was dropped when the answers were imported (not a choice, wrong kind…): the mark stays. */
  dropped: z.array(textOfAtMost(200)).max(500).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const MAX_ITEM_NOTES = 5000;

export const workshopItemSchema = z.strictObject({
  notes: textOfAtMost(MAX_ITEM_NOTES).optional(),
  /** Whole seconds the room spent on the item. */
  seconds: z.int().min(0).max(86_400 * 7).optional(),
});
export type WorkshopItem = z.infer<typeof workshopItemSchema>;

export const workshopFileSchema = z.strictObject({
  format: z.enum(WORKSHOP_FORMATS),
  title: z.string().max(300),
  date: z.string().max(40),
  notes: z.string().max(20000).optional(),
  rules: packRefSchema,
  participants: z.array(participantSchema).max(200),
  agreed: z.strictObject({
    answers: answersSchema,
    /** Questions whose agreed answer was adopted because everyone who answered gave it. */
    unanimous: z.array(textOfAtMost(200)).max(500).optional(),
  }),
  /** Per agenda item (question id): the facilitator's notes and the time spent on it in presenter mode. */
  items: z.record(textOfAtMost(200), workshopItemSchema).optional(),
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** True for the "not sure" answer `{ unsure: true }`. */
export function isUnsure(value: AnswerValue | undefined): value is Unsure {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}
