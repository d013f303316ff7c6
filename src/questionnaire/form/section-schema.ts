import * as z from 'zod/mini';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import type { Answers } from '@/rules/answers/answers-schema';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/pack/id-schema';
import type { Pack, Question, Section } from '@/rules/pack/pack-schema';
import type { MessageKey } from '@/i18n/t';
import { fieldName, UNSURE_VALUE } from './form-values';

/** Schema messages are i18n keys; the field component translates them. zod/mini: the first question does not wait for zod classic. */
type ErrorKey = Extract<MessageKey, `questionnaire.errors.${string}`>;
const message = (key: ErrorKey) => ({ message: key });

function choiceField(question: Extract<Question, { kind: 'choice' }>) {
  const allowed = new Set(question.choices.map((c) => c.value));
  if (question.allowUnsure === true) allowed.add(UNSURE_VALUE);
  const field = z.pipe(z.nullish(z.string()), z.transform((v) => v ?? '')).check(z.refine((v) => v === '' || allowed.has(v), message('questionnaire.errors.notAChoice')));
  return question.required === true ? field.check(z.refine((v) => v !== '', message('questionnaire.errors.chooseOne'))) : field;
}

function multiField(question: Extract<Question, { kind: 'multi' }>) {
  const allowed = new Set(question.choices.map((c) => c.value));
  const field = z
    .pipe(z.nullish(z.array(z.string())), z.transform((v) => v ?? []))
    .check(z.refine((values) => values.every((v) => allowed.has(v)), message('questionnaire.errors.notAChoice')));
  return question.required === true ? field.check(z.refine((v) => v.length > 0, message('questionnaire.errors.chooseAtLeastOne'))) : field;
}

function textField(question: Extract<Question, { kind: 'text' }>) {
  const max = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
  const field = z.pipe(z.nullish(z.string()), z.transform((v) => v ?? '')).check(z.refine((v) => v.length <= max, message('questionnaire.errors.tooLong')));
  return question.required === true ? field.check(z.refine((v) => v.trim() !== '', message('questionnaire.errors.enterText'))) : field;
}

function questionField(question: Question) {
  switch (question.kind) {
    case 'choice':
      return choiceField(question);
    case 'multi':
      return multiField(question);
    case 'text':
      return textField(question);
  }
}

/**
 * The schema of one section's form. Only questions shown for `answers` (the stored answers with
 * the section's current fields applied) are validated; the fields of hidden questions pass through
 * untouched, so their answers are kept. Pure.
 */
export function buildSectionSchema(section: Section, answers: Answers, pack: Pack) {
  const shape: Record<string, ReturnType<typeof questionField>> = {};
  for (const question of section.questions) {
    if (isQuestionVisible(pack, answers, question.id)) shape[fieldName(question.id)] = questionField(question);
  }
  return z.looseObject(shape);
}

export type SectionSchema = ReturnType<typeof buildSectionSchema>;
