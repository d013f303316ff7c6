import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { answerOf, NONE, readAnswers } from '../score/answer-state';
import { resolveVisibility } from './conditions';
import { packIndex } from '../score/pack-index';

export { isAnswered } from '../score/answer-state';
export { packIndex, type IndexedQuestion, type PackIndex } from '../score/pack-index';

function copyOf(value: AnswerValue): AnswerValue {
  if (Array.isArray(value)) return [...value];
  return typeof value === 'string' ? value : { unsure: true };
}

/** Whether question `id` is shown for `answers` (its `showIf` holds over earlier visible answers); false for an unknown id; never throws. */
export function isQuestionVisible(pack: Pack, answers: Answers, id: string): boolean {
  return packIndex(pack).questions.has(id) && shownQuestions(pack, answers)(id);
}

/**
 * `isQuestionVisible` for many questions of the same answers: the visibility of every question is
 * worked out once, and the function returned answers for any id.
 */
export function shownQuestions(pack: Pack, answers: Answers): (id: string) => boolean {
  const index = packIndex(pack);
  const { shown } = resolveVisibility(index, readAnswers(index, answers));
  return (id) => {
    const entry = index.questions.get(id);
    return entry !== undefined && shown[entry.order] === 1;
  };
}

/**
 * The answers of visible questions only, in pack order, as fresh copies. Answers to hidden
 * questions (which callers keep) are dropped, and so are answers that do not count: a blank
 * text, an empty list, a value that is not a choice of its question, an unknown question.
 */
export function visibleAnswers(pack: Pack, answers: Answers): Answers {
  const index = packIndex(pack);
  const { state } = resolveVisibility(index, readAnswers(index, answers));
  const visible: Record<string, AnswerValue> = {};
  index.questionList.forEach((entry, position) => {
    const value = answerOf(answers, entry.question.id);
    if (value !== undefined && (state.code[position] ?? NONE) !== NONE) visible[entry.question.id] = copyOf(value);
  });
  return visible;
}
