import '@/i18n/domains/workshop';
import { useMemo } from 'react';
import type { AgreementBand } from '@/engine/aggregate-stats';
import { packIndex } from '@/engine/visibility';
import { useLanguage } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { localize, type Translate } from '@/i18n/t';
import type { AnswerValue, Participant } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import { anonymousLetter } from './workshop-model';

/** The workshop's words for pack items, answers, numbers and participants, in one language. */
export type WorkshopText = {
  lang: Lang;
  t: Translate;
  option: (id: string) => string;
  question: (id: string) => string;
  choice: (question: string, value: string) => string;
  /** An answer in words: the choice label, the labels of a multi answer, the text, or "not sure". */
  answer: (question: string, value: AnswerValue | null | undefined) => string;
  score: (n: number) => string;
  /** A measure in 0..1 with two decimals. */
  measure: (n: number) => string;
  band: (band: AgreementBand) => string;
};

export function workshopTextFor(pack: Pack, lang: Lang, t: Translate): WorkshopText {
  const index = packIndex(pack);
  const one = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const two = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const choice = (question: string, value: string) => {
    const q = index.questions.get(question)?.question;
    const found = q && q.kind !== 'text' ? q.choices.find((c) => c.value === value) : undefined;
    return found ? localize(found.label, lang) : value;
  };
  return {
    lang,
    t,
    option: (id) => {
      const option = index.options.get(id);
      return option ? localize(option.name, lang) : id;
    },
    question: (id) => {
      const q = index.questions.get(id)?.question;
      return q ? localize(q.text, lang) : id;
    },
    choice,
    answer: (question, value) => {
      if (value === null || value === undefined) return t('workshop.answer.none');
      if (typeof value === 'string') return index.questions.get(question)?.question.kind === 'text' ? value : choice(question, value);
      if (Array.isArray(value)) return value.length === 0 ? t('workshop.answer.emptySet') : value.map((v) => choice(question, v)).join(t('workshop.answer.separator'));
      return t('workshop.answer.unsure');
    },
    score: (n) => one.format(n),
    measure: (n) => two.format(n),
    band: (band) => t(`workshop.agreement.band.${band}`),
  };
}

export function useWorkshopText(pack: Pack): WorkshopText {
  const { lang, t } = useLanguage();
  return useMemo(() => workshopTextFor(pack, lang, t), [pack, lang, t]);
}

/** The name shown for each participant id: their label, or "Participant A, B, …" when anonymised. */
export function displayNames(participants: readonly Participant[], anonymous: boolean, t: Translate): Map<string, string> {
  return new Map(participants.map((p, i) => [p.id, anonymous ? t('workshop.participants.anonymous', { letter: anonymousLetter(i) }) : p.label]));
}
