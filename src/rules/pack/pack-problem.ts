import type { JsonErrorCode } from '../json-text';

/**
 * A rules pack's problems as data: a stable `code` and the parameters its text needs, never words.
 * `describePackProblem` puts them into words through the `packProblems` texts
 * (src/i18n/locales/{en,ja}/pack-problems.json): the CLI with the English texts, the app in the
 * user's language. Values from the file (ids, choice values, texts found) arrive JSON-quoted and
 * shortened (`"hgh"`, see `quote`), so that a line break or a long text never spills out.
 */

/** What kind of value was found where another was expected, and the value itself when it is short. */
export type FoundKind = 'nothing' | 'null' | 'emptyList' | 'list' | 'text' | 'number' | 'notFinite' | 'boolean' | 'object' | 'other';
export type FoundParams = { foundKind: FoundKind; found: string | number };

/** What was expected: a type, one language of a text, a text in both, or either a choice or a list of choices. */
export type ExpectedCode = 'en' | 'ja' | 'localized' | 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'record' | 'choiceOrList' | 'other';
export type Bound = 'above' | 'below' | 'at-least' | 'at-most';
/** Why an unknown field is there, when it can be said: a mistyped operator, or a field of another kind of question. */
export type FieldHint = 'none' | 'operator' | 'localized' | 'allowUnsure' | 'maxLength' | 'multiline' | 'choices';
export type DuplicateWhat = 'source-id' | 'criterion-id' | 'section-id' | 'question-id' | 'choice-value' | 'option-id' | 'rule-id' | 'guard-id';
export type ReferenceKind = 'question' | 'source' | 'option' | 'criterion';
export type QuestionKind = 'choice' | 'multi' | 'text';
export type TestOperator = 'is' | 'atLeast' | 'atMost' | 'includes';

type Nothing = Record<string, never>;
/** `suggestion` is empty when there is no close id ("did you mean …?"). */
type Suggestion = { suggestion: string };

/** The parameters of each code. */
export type PackProblemParams = {
  'not-a-pack': FoundParams;
  'too-large': { limit: number };
  'too-deep': { limit: number };
  unreadable: { reason: string };
  'not-json': { line: number; column: number; reason: JsonErrorCode };
  // The shape (pack-schema.ts, through schema-problems.ts).
  'missing-language': { lang: 'en' | 'ja' };
  'empty-language': { lang: 'en' | 'ja' };
  'missing-field': { expected: ExpectedCode; type: string };
  'wrong-type': { expected: ExpectedCode; type: string } & FoundParams;
  'too-few-items': { limit: number; count: number };
  'too-many-items': { limit: number; count: number };
  empty: Nothing;
  'too-short': { limit: number };
  'too-long': { limit: number };
  'out-of-range': { bound: Bound; limit: number } & FoundParams;
  'unknown-field': { field: string; hint: FieldHint } & Suggestion;
  /** With what was found when the condition is not an object, or with a mistyped operator. */
  'not-a-condition': Partial<FoundParams> & Partial<Suggestion>;
  /** `tests`: the operators present, joined by ", ". */
  'condition-two-tests': { tests: string };
  'test-needs-operator': { operators: string };
  /** `choices`: the allowed values, joined by ", " (JSON-quoted when they are values of the file). */
  'missing-one-of': { choices: string };
  /** `value` when a text was found, else what kind of value (`found`). */
  'not-one-of': { value: string; choices: string } | ({ choices: string } & FoundParams);
  'no-allowed-form': FoundParams;
  'invalid-key': { key: string };
  'wrong-value': { expected: string } & FoundParams;
  'not-a-url': { value: string };
  'bad-id': { value: string };
  'bad-version': { value: string };
  'wrong-form': { value: string; format: string };
  invalid: FoundParams;
  /** A schema's own message that has no code: shown as it is, in English. */
  other: { message: string };
  // Cross-references (pack-references.ts, condition-checks.ts).
  /** `question` is the question of a duplicate choice value, else empty; `first` is the path of the first use. */
  'duplicate-id': { what: DuplicateWhat; id: string; question: string; first: string };
  /** `known` lists the ids there are (joined by ", ") when no suggestion is close. */
  'unknown-reference': { kind: ReferenceKind; id: string; known: string } & Suggestion;
  'weight-from-not-choice': { question: string; kind: QuestionKind };
  'needs-choice-question': { question: string; kind: QuestionKind };
  'actionable-not-choice': { question: string; kind: QuestionKind };
  'no-weight': { value: string; question: string };
  'no-baseline': { criterion: string };
  'no-step': { value: string; question: string; start: string };
  'step-to-start': { value: string; direction: 'up' | 'down' };
  'unknown-action': { option: string; action: number; last: number };
  'unknown-question': { id: string } & Suggestion;
  'not-a-choice': { value: string; question: string; choices: string } & Suggestion;
  'show-if-self': Nothing;
  'show-if-order': { question: string; target: string };
  'wrong-test': { question: string; kind: QuestionKind; operator: TestOperator };
  'condition-too-deep': { limit: number };
};

export type PackProblemCode = keyof PackProblemParams;

/** One problem without its place: the code and, typed by it, its parameters. */
export type PackProblemBody = { [C in PackProblemCode]: { code: C; params: PackProblemParams[C] } }[PackProblemCode];

/** A problem at its place in the file: `path` is the JSON path as shown (`rules[4].when.all[0].atLeast`, empty for the whole file). */
export type PackProblem = PackProblemBody & { path: string };
