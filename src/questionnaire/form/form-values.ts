import { isUnsure } from '@/rules/answers/answer-formats';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/limits';
import type { Question, Section } from '@/rules/pack/pack-schema';
import { answerOf } from '../machine/navigation';
import { own } from '@/rules/own';

/**
 * A section form's fields and the machine's answers, converted both ways. Field names replace the
 * dots of question ids (react-hook-form reads dots as nesting); "not sure" is an extra radio value
 * that no choice can take (choice values are lower-case letters, digits, "." and "-").
 */

export const UNSURE_VALUE = '~unsure';

export type FieldValue = string | string[];
export type SectionValues = Record<string, FieldValue>;
/** The answers of one section; null clears an answer. */
export type SectionAnswers = Readonly<Record<string, AnswerValue | null>>;

export function fieldName(questionId: string): string {
  return questionId.replaceAll('.', '__');
}

function fieldValueOf(question: Question, value: AnswerValue | undefined): FieldValue {
  switch (question.kind) {
    case 'choice':
      if (isUnsure(value)) return UNSURE_VALUE;
      return typeof value === 'string' ? value : '';
    case 'multi':
      return Array.isArray(value) ? [...value] : [];
    case 'text':
      return typeof value === 'string' ? value : '';
  }
}

/** The form's default values: the stored answers of every question of the section. */
export function toFormValues(section: Section, answers: Answers): SectionValues {
  return Object.fromEntries(section.questions.map((q) => [fieldName(q.id), fieldValueOf(q, answerOf(answers, q.id))]));
}

function answerValueOf(question: Question, raw: unknown): AnswerValue | null {
  switch (question.kind) {
    case 'choice':
      if (raw === UNSURE_VALUE) return { unsure: true };
      return typeof raw === 'string' && raw !== '' ? raw : null;
    case 'multi': {
      const values = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
      const chosen = question.choices.map((c) => c.value).filter((v) => values.includes(v));
      return chosen.length > 0 ? chosen : null;
    }
    case 'text':
      return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  }
}

/** The section's answers from its fields (every question, hidden ones included, so none is lost). */
export function toSectionAnswers(section: Section, values: Readonly<Record<string, unknown>>): SectionAnswers {
  return Object.fromEntries(section.questions.map((q) => [q.id, answerValueOf(q, values[fieldName(q.id)])]));
}

/** The answers with a section's answers applied: a value replaces, null removes. */
export function applySectionAnswers(answers: Answers, sectionAnswers: SectionAnswers): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const [id, value] of Object.entries(sectionAnswers)) {
    if (value === null) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** The first text answer of the section longer than its question allows, if any. */
export function overlongAnswer(section: Section, sectionAnswers: SectionAnswers | undefined): string | undefined {
  if (!sectionAnswers) return undefined;
  return section.questions.find((q) => {
    const value = own(sectionAnswers, q.id);
    return q.kind === 'text' && typeof value === 'string' && value.length > (q.maxLength ?? DEFAULT_TEXT_MAX_LENGTH);
  })?.id;
}
