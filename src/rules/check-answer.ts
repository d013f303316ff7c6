import type { AnswerProblem } from './answer-problems';
import { isUnsure, type AnswerValue } from './answers-schema';
import { DEFAULT_TEXT_MAX_LENGTH, type Question } from './pack-schema';

/** Checks one raw answer against its question: the value to keep (if any) and what was wrong. */
export function checkAnswer(question: Question, raw: unknown): { value?: AnswerValue; problems: AnswerProblem[] } {
  const id = question.id;
  const wrongKind = { problems: [{ code: 'wrong-kind', question: id, expected: question.kind } as const] };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const keys = Object.keys(raw);
    if (keys.length !== 1 || !isUnsure(raw as AnswerValue)) return wrongKind;
    if (question.kind === 'choice' && question.allowUnsure === true) return { value: { unsure: true }, problems: [] };
    return { problems: [{ code: 'unsure-not-allowed', question: id }] };
  }
  switch (question.kind) {
    case 'text': {
      if (typeof raw !== 'string') return wrongKind;
      const max = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      return raw.length > max ? { problems: [{ code: 'too-long', question: id, max }] } : { value: raw, problems: [] };
    }
    case 'choice': {
      if (typeof raw !== 'string') return wrongKind;
      const choices = question.choices.map((c) => c.value);
      if (choices.includes(raw)) return { value: raw, problems: [] };
      return { problems: [{ code: 'not-a-choice', question: id, value: raw, choices }] };
    }
    case 'multi': {
      if (!Array.isArray(raw) || !raw.every((v): v is string => typeof v === 'string')) return wrongKind;
      const choices = question.choices.map((c) => c.value);
      const kept: string[] = [];
      const problems: AnswerProblem[] = [];
      for (const value of raw) {
        if (!choices.includes(value)) problems.push({ code: 'not-a-choice', question: id, value, choices });
        else if (kept.includes(value)) {
          if (!problems.some((p) => p.code === 'duplicate-values' && p.value === value)) problems.push({ code: 'duplicate-values', question: id, value });
        } else kept.push(value);
      }
      // An answer whose every value was refused is dropped rather than read as "none of these".
      if (kept.length === 0 && raw.length > 0) return { problems };
      return { value: kept, problems };
    }
  }
}
