import '@/i18n/domains/workshop';
import type { Lang } from '@/i18n/messages';
import type { Translate } from '@/i18n/t';
import type { AnswerValue, Participant } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { packNames, type PackNames } from '../model/pack-names';

/** The workshop's words for pack items, answers and numbers, in one language (screens and workshop report alike). */
export type WorkshopWords = Omit<PackNames, 'criterion'> & {
  /** An answer in words: the choice label, the labels of a multi answer, the text, or "not sure". */
  answer: (question: string, value: AnswerValue | null | undefined) => string;
  /** Several options in words, as a list ("A, B and C"; "A、B、C"). */
  options: (ids: readonly string[]) => string;
  /** The language tag numbers are formatted in. */
  locale: Lang;
  /** A score in a table: one decimal (78.0). */
  score: (n: number) => string;
  /** A score in running text: one decimal only when it has one (78, 58.2), as the rest of the report. */
  scoreInText: (n: number) => string;
  /** A measure in 0..1 with two decimals. */
  measure: (n: number) => string;
};

export function workshopWords(pack: Pack, lang: Lang, t: Translate): WorkshopWords {
  const { option, question, choice } = packNames(pack, lang);
  const one = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return {
    option,
    question,
    choice,
    answer: (id, value) => {
      if (value === null || value === undefined) return t('workshop.answer.none');
      // A text answer reads as itself: `choice` finds no label for it.
      if (typeof value === 'string') return choice(id, value);
      if (Array.isArray(value)) return value.length === 0 ? t('workshop.answer.emptySet') : value.map((v) => choice(id, v)).join(t('workshop.answer.separator'));
      return t('workshop.answer.unsure');
    },
    options: (ids) => list.format(ids.map((id) => option(id))),
    locale: lang,
    score: (n) => one.format(n),
    scoreInText: (n) => compact.format(Math.round(n * 10) / 10),
    measure: (n) => two.format(n),
  };
}

/** "A", "B", …, "Z", "AA", "AB", … for the participant at 0-based `index`. */
export function anonymousLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The name shown for each participant id: their label, or "Participant A, B, …" when anonymised. */
export function displayNames(participants: readonly Participant[], anonymous: boolean, t: Translate): Map<string, string> {
  return new Map(participants.map((p, i) => [p.id, anonymous ? t('workshop.participants.anonymous', { letter: anonymousLetter(i) }) : p.label]));
}
