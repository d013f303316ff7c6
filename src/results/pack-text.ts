import '@/i18n/domains/results';
import { useMemo } from 'react';
import { packIndex, type PackIndex } from '@/engine/visibility';
import { useLanguage } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { localize, type Translate } from '@/i18n/t';
import { isUnsure } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import type { AnswerOverride } from './scenario';

/** The pack's texts in the UI language, looked up by id (an unknown id shows as itself). */
export type PackText = {
  index: PackIndex;
  option: (id: string) => string;
  criterion: (id: string) => string;
  question: (id: string) => string;
  choice: (question: string, value: string) => string;
  /** An answer in words: choice labels, "not sure" or "not answered". */
  answer: (question: string, value: AnswerOverride | undefined) => string;
};

export function packTextFor(pack: Pack, lang: Lang, t: Translate): PackText {
  const index = packIndex(pack);
  const named = (item: { name: { en: string; ja: string } } | undefined, id: string) => (item ? localize(item.name, lang) : id);
  const choice = (question: string, value: string) => {
    const q = index.questions.get(question)?.question;
    const found = q && q.kind !== 'text' ? q.choices.find((c) => c.value === value) : undefined;
    return found ? localize(found.label, lang) : value;
  };
  return {
    index,
    option: (id) => named(index.options.get(id), id),
    criterion: (id) => named(index.criteria.get(id), id),
    question: (id) => {
      const q = index.questions.get(id)?.question;
      return q ? localize(q.text, lang) : id;
    },
    choice,
    answer: (question, value) => {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        return t('results.whatIf.notAnswered');
      }
      if (isUnsure(value)) return t('results.whatIf.notSure');
      if (Array.isArray(value)) return value.map((v) => choice(question, v)).join(t('results.robustness.list'));
      return choice(question, value);
    },
  };
}

export function usePackText(pack: Pack): PackText {
  const { lang, t } = useLanguage();
  return useMemo(() => packTextFor(pack, lang, t), [pack, lang, t]);
}
