import type { PackIndex } from './pack-index';

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
