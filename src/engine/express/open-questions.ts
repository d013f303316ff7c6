import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { PackIndex } from '../score/pack-index';
import { isQuestionVisible } from '../conditions/visibility';

/**
 * The unanswered questions worth telling a reader about: required ones that are not free text.
 * An optional question, and a free-text one (its answer never changes a score), is left out, so
 * the summary, the results, the CLI and the review count the same questions.
 */
export function unansweredToRevisit(index: PackIndex, unanswered: readonly string[]): string[] {
  return unanswered.filter((id) => {
    const question = index.questions.get(id)?.question;
    return question !== undefined && question.required === true && question.kind !== 'text';
  });
}

/**
 * The questions that count towards "n of N" wherever a total is shown (start screen, workshop
 * participants, agreed answers, report): every question shown for `answers` that is not free
 * text (a free-text answer never changes a score, and a room cannot agree on one). Pack order.
 */
export function countedQuestions(pack: Pack, answers: Answers): string[] {
  return pack.sections.flatMap((section) =>
    section.questions.filter((q) => q.kind !== 'text' && isQuestionVisible(pack, answers, q.id)).map((q) => q.id),
  );
}

/** How many of the counted questions (`countedQuestions`) `answers` answer ("not sure" counts as an answer), and of how many. */
export function countedProgress(pack: Pack, answers: Answers): { answered: number; total: number } {
  const counted = countedQuestions(pack, answers);
  return { answered: counted.filter((id) => Object.hasOwn(answers, id)).length, total: counted.length };
}
