import type { AnswerProblem } from './answer-problems';
import { isUnsure } from './answer-formats';
import type { AnswerValue } from './answers-schema';
import { DEFAULT_TEXT_MAX_LENGTH } from '../limits';
import type { Question } from '../pack/pack-schema';

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
      const allowed = new Set(choices);
      // Sets keep this linear in the list's length; each wrong or repeated value is named once.
      const kept = new Set<string>();
      const named = new Set<string>();
      const problems: AnswerProblem[] = [];
      for (const value of raw) {
        if (!allowed.has(value)) {
          if (!named.has(value)) problems.push({ code: 'not-a-choice', question: id, value, choices });
        } else if (kept.has(value)) {
          if (!named.has(value)) problems.push({ code: 'duplicate-values', question: id, value });
        } else {
          kept.add(value);
          continue;
        }
        named.add(value);
      }
      // An answer whose every value was refused is dropped rather than read as "none of these".
      if (kept.size === 0 && raw.length > 0) return { problems };
      return { value: [...kept], problems };
    }
  }
}
