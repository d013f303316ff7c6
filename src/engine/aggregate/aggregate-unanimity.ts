import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { QuestionSpread } from './aggregate';

/** How the room answered one question when it was unanimous: the answer, and how many gave it. */
export type Unanimity = { question: string; value: AnswerValue; among: number; unsure: number; unanswered: number };

/** A key equal for equal answers (a multi answer's values in any order). */
function keyOf(value: AnswerValue | undefined): string {
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : (value ?? null));
}

/**
 * The question's unanimous answer, or null. Only real answers count: everyone with a concrete
 * answer gave the same one, and at least one did. "Not sure", no answer and an answer dropped on
 * import are not answers, so they neither break nor make unanimity; they are counted beside it so
 * that the screen can say "unanimous among the 4 who answered".
 */
export function unanimityOf(spread: QuestionSpread): Unanimity | null {
  const value = spread.values[0];
  if (spread.kind === 'text' || spread.values.length !== 1 || value === undefined) return null;
  return { question: spread.question, value, among: spread.answered.length, unsure: spread.unsure.length, unanswered: spread.unanswered.length + spread.notNeeded.length };
}

/**
 * The agreed answers adopted as unanimous (`unanimous`) that the room no longer gives unanimously:
 * after a participant was added, removed or replaced, someone answers otherwise or nobody answers.
 */
export function brokenUnanimous(agreed: { answers: Answers; unanimous?: readonly string[] | undefined }, spreads: readonly QuestionSpread[]): string[] {
  return (agreed.unanimous ?? []).filter((question) => {
    const spread = spreads.find((s) => s.question === question);
    const found = spread ? unanimityOf(spread) : null;
    return found === null || keyOf(found.value) !== keyOf(Object.hasOwn(agreed.answers, question) ? agreed.answers[question] : undefined);
  });
}
