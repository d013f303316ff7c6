import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Question } from '@/rules/pack/pack-schema';
import type { QuestionSpread } from './aggregate';
import { compareText, lowerMedian, ordinalDisagreement, setDisagreement } from './aggregate-stats';

/** One question as the room answered it: the spread, and per participant whether it was hidden and their concrete answer. */
export type QuestionView = {
  question: Question;
  /** 0-based position of the question in the pack. */
  position: number;
  spread: QuestionSpread;
  hidden: boolean[];
  given: (AnswerValue | undefined)[];
};

function isUnsureValue(value: AnswerValue | undefined): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}

/** The answer as a value of the question's kind, or undefined (unanswered, unsure or not valid); as the engine reads it, an empty list or blank text is no answer. */
function concreteAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | undefined {
  if (value === undefined || isUnsureValue(value)) return undefined;
  if (question.kind === 'text') return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  const valid = new Set(question.choices.map((c) => c.value));
  if (question.kind === 'choice') return typeof value === 'string' && valid.has(value) ? value : undefined;
  return Array.isArray(value) && value.length > 0 && value.every((v) => valid.has(v)) ? value : undefined;
}

/** A canonical key of a set of choice values (by choice order), so that equal sets compare equal. */
export function setKey(values: readonly string[], choices: readonly string[]): string {
  return [...new Set(values.map((v) => choices.indexOf(v)))]
    .sort((a, b) => a - b)
    .map((i) => String(i).padStart(3, '0'))
    .join(',');
}

function disagreementOf(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): number {
  if (question.kind === 'choice') return ordinalDisagreement(concrete.map((v) => choices.indexOf(v as string)), choices.length);
  if (question.kind === 'multi') return setDisagreement(concrete as string[][]);
  return 0;
}

function medianOf(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): AnswerValue | null {
  if (concrete.length === 0 || question.kind === 'text') return null;
  if (question.kind === 'choice') return choices[lowerMedian(concrete.map((v) => choices.indexOf(v as string)))] ?? null;
  return choices.filter((c) => concrete.filter((v) => (v as string[]).includes(c)).length * 2 > concrete.length);
}

function distinctValues(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): AnswerValue[] {
  if (question.kind === 'choice') return choices.filter((c) => concrete.includes(c));
  if (question.kind === 'text') return [];
  const byKey = new Map<string, string[]>();
  for (const value of concrete as string[][]) {
    const key = setKey(value, choices);
    if (!byKey.has(key)) byKey.set(key, choices.filter((c) => value.includes(c)));
  }
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, value]) => value);
}

/** How the room answered one question; `shown[i]` says whether participant i was shown it, `notNeeded[i]` which open questions their answers settle. */
export function viewQuestion(
  question: Question,
  position: number,
  participants: readonly { id: string; answers: Answers }[],
  shown: readonly Uint8Array[],
  notNeeded: readonly ReadonlySet<string>[] = [],
): QuestionView {
  const choices = question.kind === 'text' ? [] : question.choices.map((c) => c.value);
  const counts: Record<string, number> = Object.fromEntries(choices.map((c) => [c, 0]));
  const byValue: Record<string, string[]> = Object.fromEntries(choices.map((c) => [c, []]));
  const spread: QuestionSpread = { question: question.id, kind: question.kind, counts, byValue, answered: [], unsure: [], unanswered: [], notNeeded: [], hidden: [], disagreement: 0, median: null, values: [] };
  const hidden: boolean[] = [];
  const given: (AnswerValue | undefined)[] = [];
  participants.forEach((p, i) => {
    const raw = Object.hasOwn(p.answers, question.id) ? p.answers[question.id] : undefined;
    const isHidden = shown[i]?.[position] !== 1;
    const value = isHidden ? undefined : concreteAnswer(question, raw);
    hidden.push(isHidden);
    given.push(value);
    if (isHidden) spread.hidden.push(p.id);
    else if (isUnsureValue(raw)) spread.unsure.push(p.id);
    else if (value === undefined) (notNeeded[i]?.has(question.id) === true ? spread.notNeeded : spread.unanswered).push(p.id);
    else {
      spread.answered.push(p.id);
      const picked = question.kind === 'choice' ? [value as string] : question.kind === 'multi' ? (value as string[]) : [];
      for (const v of new Set(picked)) {
        // Own properties only: a choice value may be "constructor".
        counts[v] = (Object.hasOwn(counts, v) ? (counts[v] ?? 0) : 0) + 1;
        if (Object.hasOwn(byValue, v)) byValue[v]?.push(p.id);
        else byValue[v] = [p.id];
      }
    }
  });
  const concrete = given.filter((v): v is AnswerValue => v !== undefined);
  return {
    question,
    position,
    spread: { ...spread, disagreement: disagreementOf(question, concrete, choices), median: medianOf(question, concrete, choices), values: distinctValues(question, concrete, choices) },
    hidden,
    given,
  };
}
