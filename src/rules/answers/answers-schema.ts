import * as z from 'zod/mini';
import { idSchema } from '../pack/id-schema';
import { MAX_TEXT_ANSWER } from '../limits';
import { ANSWERS_FORMAT, MAX_ITEM_NOTES, WORKSHOP_FORMATS } from './answer-formats';

/**
 * The files that travel between people and devices (DESIGN.md "Files that travel"). Written with
 * zod/mini: stored answers are read as the app starts, which cannot afford zod classic (and a first
 * visit, with nothing stored, does not fetch these schemas at all: answer-formats.ts).
 */

export { ANSWERS_FORMAT, isUnsure, MAX_ITEM_NOTES, WORKSHOP_FORMAT, WORKSHOP_FORMATS } from './answer-formats';

/**
 * Text of at most `max` UTF-16 code units: counted as the screens and `String.length` count it
 * (zod's own `max` counts code points, so 𠮷 would count once here and twice on screen).
 */
export function textOfAtMost(max: number) {
  return z.string().check(z.refine((text) => text.length <= max, { message: `Too long: at most ${max} characters` }));
}

export { MAX_TEXT_ANSWER };

export const unsureSchema = z.strictObject({ unsure: z.literal(true) });
export type Unsure = z.infer<typeof unsureSchema>;

/** One answer: a choice value or text (string), the values of a multi question, or "not sure". */
export const answerValueSchema = z.union([
  textOfAtMost(MAX_TEXT_ANSWER),
  z.array(textOfAtMost(200)).check(z.maxLength(100)),
  unsureSchema,
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Answers keyed by question id. Loose here; load-answers.ts checks them against a pack. */
export const answersSchema = z.record(textOfAtMost(200), answerValueSchema);
export type Answers = Readonly<Record<string, AnswerValue>>;

export const packRefSchema = z.strictObject({ id: idSchema, version: z.string().check(z.minLength(1), z.maxLength(40)) });

export const respondentSchema = z.strictObject({
  name: z.optional(textOfAtMost(200)),
  role: z.optional(textOfAtMost(200)),
  company: z.optional(textOfAtMost(200)),
});
export type Respondent = z.infer<typeof respondentSchema>;

/** Answers to add to a workshop under a label: a participant's turn on this device, or a share link opened. */
export const labelledAnswersSchema = z.strictObject({
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  answers: answersSchema,
  respondent: z.optional(respondentSchema),
});
export type LabelledAnswers = z.infer<typeof labelledAnswersSchema>;

export const answersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT),
  rules: packRefSchema,
  respondent: z.optional(respondentSchema),
  answers: answersSchema,
  savedAt: z.optional(z.iso.datetime()),
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

export const participantSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  answers: answersFileSchema,
  /** Questions whose answer was dropped when the answers were imported (not a choice, wrong kind…): the mark stays. */
  dropped: z.optional(z.array(textOfAtMost(200)).check(z.maxLength(500))),
});
export type Participant = z.infer<typeof participantSchema>;

export const workshopItemSchema = z.strictObject({
  notes: z.optional(textOfAtMost(MAX_ITEM_NOTES)),
  /** Whole seconds the room spent on the item. */
  seconds: z.optional(z.int().check(z.minimum(0), z.maximum(86_400 * 7))),
});
export type WorkshopItem = z.infer<typeof workshopItemSchema>;

export const workshopFileSchema = z.strictObject({
  format: z.enum(WORKSHOP_FORMATS),
  title: z.string().check(z.maxLength(300)),
  date: z.string().check(z.maxLength(40)),
  notes: z.optional(textOfAtMost(MAX_TEXT_ANSWER)),
  rules: packRefSchema,
  participants: z.array(participantSchema).check(z.maxLength(200)),
  agreed: z.strictObject({
    answers: answersSchema,
    /** Questions whose agreed answer was adopted because everyone who answered gave it. */
    unanimous: z.optional(z.array(textOfAtMost(200)).check(z.maxLength(500))),
  }),
  /** Per agenda item (question id): the facilitator's notes and the time spent on it in presenter mode. */
  items: z.optional(z.record(textOfAtMost(200), workshopItemSchema)),
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;
