import type { AnswerProblem } from './answer-problems';
import { ANSWERS_FORMAT, packRefSchema, type AnswerValue, type Answers, type AnswersFile, type Respondent } from './answers-schema';
import { checkAnswer } from './check-answer';
import { inputTooComplex } from '../input-guard';
import { parseJsonText } from '../json-text';
import type { Pack, Question } from '../pack/pack-schema';

export type { AnswerProblem } from './answer-problems';

export type AnswersCheck = {
  /** False when nothing could be read (not an answers file, another pack); see `problems`. */
  ok: boolean;
  /** The file as read: only valid answers and fields. */
  file?: AnswersFile;
  answers: Answers;
  respondent?: Respondent;
  /** Everything that was dropped or is worth saying, in file order. */
  problems: AnswerProblem[];
};

const FILE_FIELDS = new Set(['format', 'rules', 'respondent', 'answers', 'savedAt']);
const RESPONDENT_FIELDS = ['name', 'role', 'company'] as const;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function questionsOf(pack: Pack): Map<string, Question> {
  return new Map(pack.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
}

/**
 * Checks a raw answers map (a file's `answers`, a stored record, a workshop participant) against a
 * pack: keeps every valid answer, including answers to questions hidden by showIf, and reports
 * each one dropped. Never throws.
 */
export function checkAnswers(pack: Pack, input: unknown): { answers: Answers; problems: AnswerProblem[] } {
  if (!isRecord(input)) return { answers: {}, problems: [{ code: 'missing-field', field: 'answers' }] };
  if (inputTooComplex(input)) return { answers: {}, problems: [{ code: 'too-complex' }] };
  const questions = questionsOf(pack);
  const kept: [string, AnswerValue][] = [];
  const problems: AnswerProblem[] = [];
  for (const [id, raw] of Object.entries(input)) {
    const question = questions.get(id);
    if (!question) {
      problems.push({ code: 'unknown-question', question: id });
      continue;
    }
    const checked = checkAnswer(question, raw);
    for (const problem of checked.problems) problems.push(problem);
    if (checked.value !== undefined) kept.push([id, checked.value]);
  }
  return { answers: Object.fromEntries(kept), problems };
}

function checkRespondent(raw: unknown, problems: AnswerProblem[]): Respondent | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push({ code: 'invalid-field', field: 'respondent' });
    return undefined;
  }
  const respondent: Respondent = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = RESPONDENT_FIELDS.find((f) => f === key);
    if (!field) problems.push({ code: 'unknown-field', field: `respondent.${key}` });
    else if (typeof value === 'string' && value.length <= 200) respondent[field] = value;
    else problems.push({ code: 'invalid-field', field: `respondent.${key}` });
  }
  return respondent;
}

function fatal(problem: AnswerProblem): AnswersCheck {
  return { ok: false, answers: {}, problems: [problem] };
}

/**
 * A session record this app keeps in the browser (`{version: 1, pack, answers, draft?, …}`), as a
 * download of a record that could not be read gives it: read as the answers file it holds, the
 * fields being edited over the saved answers.
 */
function fromSessionRecord(input: Record<string, unknown>): Record<string, unknown> | undefined {
  if (input.format !== undefined || input.version !== 1 || !isRecord(input.pack) || !isRecord(input.answers)) return undefined;
  const answers = new Map(Object.entries(input.answers));
  const draft = isRecord(input.draft) && isRecord(input.draft.answers) ? input.draft.answers : {};
  for (const [id, value] of Object.entries(draft)) {
    if (value === null) answers.delete(id);
    else answers.set(id, value);
  }
  return {
    format: ANSWERS_FORMAT,
    rules: input.pack,
    ...(input.respondent === undefined ? {} : { respondent: input.respondent }),
    answers: Object.fromEntries(answers),
    ...(input.savedAt === undefined ? {} : { savedAt: input.savedAt }),
  };
}

function checkFile(pack: Pack, given: unknown): AnswersCheck {
  if (!isRecord(given)) return fatal({ code: 'wrong-format' });
  if (inputTooComplex(given)) return fatal({ code: 'too-complex' });
  const input = fromSessionRecord(given) ?? given;
  if (input.format !== ANSWERS_FORMAT) {
    return fatal(typeof input.format === 'string' ? { code: 'wrong-format', found: input.format.slice(0, 80) } : { code: 'wrong-format' });
  }
  const ref = packRefSchema.safeParse(input.rules);
  if (!ref.success) return fatal({ code: 'missing-field', field: 'rules' });
  if (ref.data.id !== pack.id) return fatal({ code: 'other-pack', expected: pack.id, found: ref.data.id });
  if (!isRecord(input.answers)) return fatal({ code: 'missing-field', field: 'answers' });
  const problems: AnswerProblem[] = [];
  if (ref.data.version !== pack.version) problems.push({ code: 'other-version', expected: pack.version, found: ref.data.version });
  for (const key of Object.keys(input)) if (!FILE_FIELDS.has(key)) problems.push({ code: 'unknown-field', field: key });
  const respondent = checkRespondent(input.respondent, problems);
  const savedAt = typeof input.savedAt === 'string' && ISO_DATETIME.test(input.savedAt) ? input.savedAt : undefined;
  if (input.savedAt !== undefined && savedAt === undefined) problems.push({ code: 'invalid-field', field: 'savedAt' });
  const checked = checkAnswers(pack, input.answers);
  for (const problem of checked.problems) problems.push(problem);
  const file: AnswersFile = {
    format: ANSWERS_FORMAT,
    rules: ref.data,
    ...(respondent ? { respondent } : {}),
    answers: checked.answers,
    ...(savedAt ? { savedAt } : {}),
  };
  return { ok: true, file, answers: checked.answers, ...(respondent ? { respondent } : {}), problems };
}

/**
 * Checks an answers file (already parsed JSON) against a pack; a session record kept by this app
 * (a download of one that could not be read) is read as the answers it holds. `ok: false` when
 * nothing can be read: not an answers file, or answers for another pack. Otherwise `answers` holds every valid
 * answer and `problems` says what was dropped. Nothing invalid is guessed. Never throws.
 */
export function checkAnswersFile(pack: Pack, input: unknown): AnswersCheck {
  try {
    return checkFile(pack, input);
  } catch {
    // Only exotic inputs get here (getters or proxies that throw while being read): not a file.
    return fatal({ code: 'wrong-format' });
  }
}

/** Parses and checks the text of an answers file; JSON syntax errors become `not-json` with a position. */
export function parseAnswersJson(pack: Pack, text: string): AnswersCheck {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fatal({ code: 'not-json', line: parsed.line, column: parsed.column });
  return checkAnswersFile(pack, parsed.value);
}
