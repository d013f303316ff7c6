import type { ReactNode } from 'react';
import '@/i18n/domains/results';
import { useT } from '@/i18n/language-context';
import { ResultsScreen, type ResultsScreenProps } from '@/results/results-screen';

export { prepareResults } from '@/results/worker/use-results';

/** The results screen with its page title and what the app adds under it: loaded with the results feature, texts included. */
export function ResultsPage({ children, ...props }: ResultsScreenProps & { children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <title>{t('common.pageTitle', { page: t('results.title') })}</title>
      <ResultsScreen {...props} />
      {children}
    </>
  );
}
