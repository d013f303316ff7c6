import type { ReactNode } from 'react';
import { useLanguage } from '@/i18n/language-context';
import { pluralKey } from '@/i18n/t';
import { Alert } from '@/ui/alert';
import { formatWhole } from '@/i18n/numbers';

export type SettledNoticeProps = {
  /** How many open questions are left (none of them can change the recommendation). */
  remaining: number;
  /** The recommended strategies, by name. */
  recommended: readonly string[];
  headingLevel?: 2 | 3;
  /** The choices offered: see the results, continue answering. */
  children?: ReactNode;
};

/** "Your recommendation is settled: none of the remaining N questions can change it", with what to do next. */
export function SettledNotice({ remaining, recommended, headingLevel = 2, children }: SettledNoticeProps) {
  const { lang, t } = useLanguage();
  const count = formatWhole(lang, remaining);
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(recommended);
  return (
    <Alert tone="success" role="status" title={t('questionnaire.express.settledTitle')} headingLevel={headingLevel}>
      <p>{t(pluralKey(remaining, 'questionnaire.express.settledOne', 'questionnaire.express.settledOther'), { count })}</p>
      <p>{recommended.length > 0 ? t('questionnaire.express.recommended', { options: list }) : t('questionnaire.express.noneRecommended')}</p>
      {children}
    </Alert>
  );
}
