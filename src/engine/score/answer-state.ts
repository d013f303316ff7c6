import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { PackIndex } from './pack-index';

/** Code of a question with no usable answer. */
export const NONE = -1;
/** Code of a question answered "not sure". */
export const UNSURE = -2;

/**
 * Answers read into arrays in pack order, so that conditions are cheap to evaluate.
 * `code[i]` is the choice position of a choice question (0 = lowest), 0 for an answered multi or
 * text question, NONE or UNSURE; `multi[i]` holds the values of an answered multi question.
 */
export type AnswerState = {
  readonly code: Int32Array;
  readonly multi: ReadonlyArray<ReadonlySet<string> | undefined>;
};

/** True for the "not sure" answer `{ unsure: true }` (checked structurally, whatever the input). */
export function isUnsureAnswer(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { readonly unsure?: unknown }).unsure === true
  );
}

/** True when `value` is an answer: "not sure", a text that is not blank after trimming, or a non-empty list. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return isUnsureAnswer(value);
}

/** The answer stored for `id`, ignoring inherited properties. */
export function answerOf(answers: Answers, id: string): AnswerValue | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function codeOf(index: PackIndex, position: number, value: unknown): number {
  if (isUnsureAnswer(value)) return UNSURE;
  const entry = index.questionList[position];
  if (!entry) return NONE;
  switch (entry.question.kind) {
    case 'choice':
      return typeof value === 'string' ? (entry.choiceOrder.get(value) ?? NONE) : NONE;
    case 'multi':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? 0 : NONE;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? 0 : NONE;
  }
}

/**
 * Reads `answers` against the pack's questions. An answer that does not fit its question (a value
 * that is not one of the choices, a blank text, an empty list, a wrong shape) counts as no answer.
 */
export function readAnswers(index: PackIndex, answers: Answers): AnswerState {
  const count = index.questionList.length;
  const code = new Int32Array(count);
  const multi: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(count);
  for (let i = 0; i < count; i += 1) {
    const entry = index.questionList[i];
    const value = entry ? answerOf(answers, entry.question.id) : undefined;
    code[i] = codeOf(index, i, value);
    multi[i] = code[i] === 0 && Array.isArray(value) ? new Set(value) : undefined;
  }
  return { code, multi };
}
