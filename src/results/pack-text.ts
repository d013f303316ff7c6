import '@/i18n/domains/results';
import { useMemo } from 'react';
import { packIndex, type PackIndex } from '@/engine/conditions/visibility';
import { useLanguage } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import type { Translate } from '@/i18n/t';
import { packNames, type PackNames } from '@/report/model/pack-names';
import { isUnsure } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { AnswerOverride } from './what-if/scenario';

/** The pack's texts in the UI language, looked up by id (an unknown id shows as itself). */
export type PackText = PackNames & {
  index: PackIndex;
  /** An answer in words: choice labels, "not sure" or "not answered". */
  answer: (question: string, value: AnswerOverride | undefined) => string;
};

export function packTextFor(pack: Pack, lang: Lang, t: Translate): PackText {
  const names = packNames(pack, lang);
  return {
    ...names,
    index: packIndex(pack),
    answer: (question, value) => {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
        return t('results.whatIf.notAnswered');
      }
      if (isUnsure(value)) return t('results.whatIf.notSure');
      if (Array.isArray(value)) return value.map((v) => names.choice(question, v)).join(t('results.robustness.list'));
      return names.choice(question, value);
    },
  };
}

export function usePackText(pack: Pack): PackText {
  const { lang, t } = useLanguage();
  return useMemo(() => packTextFor(pack, lang, t), [pack, lang, t]);
}
