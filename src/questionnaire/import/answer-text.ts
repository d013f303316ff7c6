import type { AnswerValue } from '@/rules/answers/answers-schema';
import { isUnsure } from '@/rules/answers/answer-formats';
import type { Question } from '@/rules/pack/pack-schema';
import type { Lang } from '@/i18n/messages';
import { localize, type Translate } from '@/i18n/t';

/** A question's text inside a longer line (lists, error summaries), without its own full stop. */
export function questionLabel(question: Question, lang: Lang): string {
  return localize(question.text, lang).replace(/[。.]$/u, '');
}

/** An answer in words: the choice label(s), "not sure", the text, or "not answered". */
export function answerText(question: Question, value: AnswerValue | undefined, lang: Lang, t: Translate): string {
  if (isUnsure(value)) return t('common.notSure');
  const label = (v: string) => {
    const choice = question.kind === 'text' ? undefined : question.choices.find((c) => c.value === v);
    return choice ? localize(choice.label, lang) : v;
  };
  if (Array.isArray(value) && value.length > 0) return new Intl.ListFormat(lang, { type: 'conjunction' }).format(value.map(label));
  if (typeof value === 'string' && value.trim() !== '') return question.kind === 'text' ? value : label(value);
  return t('common.unanswered');
}
