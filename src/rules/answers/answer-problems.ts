/**
 * What can be wrong with answers read from a file, a link or storage. Each problem has a stable
 * `code`; screens and the command line put it into words through the `problems` messages.
 */

export type QuestionKind = 'choice' | 'multi' | 'text';

export type AnswerProblem =
  /** The text is not JSON. Fatal. */
  | { code: 'not-json'; line: number; column: number }
  /** Too large or too deeply nested to be answers. Fatal. */
  | { code: 'too-complex' }
  /** Not an answers file: not an object, or another `format` (given in `found` when it is text). Fatal. */
  | { code: 'wrong-format'; found?: string }
  /** A field an answers file needs (`rules`, `answers`) is missing or not valid. Fatal. */
  | { code: 'missing-field'; field: string }
  /** Answers for another pack. Fatal. */
  | { code: 'other-pack'; expected: string; found: string }
  /** Answers for another version of this pack: answers that still fit are kept. */
  | { code: 'other-version'; expected: string; found: string }
  /** An optional field (`respondent.name`, `savedAt`, …) that is not valid: it was dropped. */
  | { code: 'invalid-field'; field: string }
  /** A field answers files do not have: ignored. */
  | { code: 'unknown-field'; field: string }
  /** An answer to a question the pack does not have: dropped. */
  | { code: 'unknown-question'; question: string }
  /** A value that is not one of the question's choices: dropped. */
  | { code: 'not-a-choice'; question: string; value: string; choices: string[] }
  /** An answer of the wrong shape for the question (e.g. a list for a choice question): dropped. */
  | { code: 'wrong-kind'; question: string; expected: QuestionKind }
  /** A text answer longer than the question allows: dropped. */
  | { code: 'too-long'; question: string; max: number }
  /** "Not sure" for a question that does not allow it: dropped. */
  | { code: 'unsure-not-allowed'; question: string }
  /** A value listed twice in a multi answer: kept once. */
  | { code: 'duplicate-values'; question: string; value: string };

export type AnswerProblemCode = AnswerProblem['code'];

const FATAL: ReadonlySet<AnswerProblemCode> = new Set(['not-json', 'too-complex', 'wrong-format', 'missing-field', 'other-pack']);

/** True for the problems that make a whole file unreadable (nothing was loaded). */
export function isFatalAnswerProblem(problem: AnswerProblem): boolean {
  return FATAL.has(problem.code);
}
