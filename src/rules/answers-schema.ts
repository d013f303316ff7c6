import { z } from 'zod';
import { idSchema } from './id-schema';
import { MAX_TEXT_ANSWER } from './limits';

/** The files that travel between people and devices (DESIGN.md "Files that travel"). */

export const ANSWERS_FORMAT = 'aperture-answers/1';
export const WORKSHOP_FORMAT = 'aperture-workshop/1';

/**
 * Text of at most `max` UTF-16 code units: counted as the screens and `String.length` count it
 * (zod's own `max` counts code points, so 𠮷 would count once here and twice on screen).
 */
export function textOfAtMost(max: number) {
  return z.string().refine((text) => text.length <= max, { message: `Too long: at most ${max} characters` });
}

export { MAX_TEXT_ANSWER };

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

/** Answers to add to a workshop under a label: a participant's turn on this device, or a share link opened. */
export const labelledAnswersSchema = z.strictObject({ label: z.string().trim().min(1).max(200), answers: answersSchema, respondent: respondentSchema.optional() });
export type LabelledAnswers = z.infer<typeof labelledAnswersSchema>;

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
});
export type Participant = z.infer<typeof participantSchema>;

export const workshopFileSchema = z.strictObject({
  format: z.literal(WORKSHOP_FORMAT),
  title: z.string().max(300),
  date: z.string().max(40),
  notes: textOfAtMost(MAX_TEXT_ANSWER).optional(),
  rules: packRefSchema,
  participants: z.array(participantSchema).max(200),
  agreed: z.strictObject({ answers: answersSchema }),
});
export type WorkshopFile = z.infer<typeof workshopFileSchema>;

/** True for the "not sure" answer `{ unsure: true }`. */
export function isUnsure(value: AnswerValue | undefined): value is Unsure {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}
