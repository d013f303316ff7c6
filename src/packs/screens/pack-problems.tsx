import type { ReactNode } from 'react';
import '@/i18n/domains/pack-problems';
import { useLanguage } from '@/i18n/language-context';
import { isMessageKey } from '@/i18n/t';
import { describePackProblem, type PackProblemTranslate } from '@/rules/pack/describe-pack-problem';
import type { PackProblem } from '@/rules/pack/pack-problem';
import { Alert } from '@/ui/alert';
import { isolateFilled } from '@/ui/isolate';
import { formatWhole } from '@/i18n/numbers';

/** Problems listed at most: thousands of lines would freeze the page and help no one (the count says how many). */
export const MAX_PROBLEMS_SHOWN = 100;

export type PackProblemsProps = {
  title: ReactNode;
  /** The loader's problems, put into words in the user's language. */
  problems: readonly PackProblem[];
  /** False for problems that are not news (found on reading storage): shown, not announced. */
  announce?: boolean;
  children?: ReactNode;
};

/**
 * Every problem of a pack, one per line: where in the file (the JSON path, counted from 0) and
 * what is wrong, in the user's language, with an explanation of how to read the lines.
 */
export function PackProblems({ title, problems, announce = true, children }: PackProblemsProps) {
  const { lang, t } = useLanguage();
  const words: PackProblemTranslate = (key, params) => (isMessageKey(key) ? t(key, params) : key);
  return (
    <Alert tone="error" {...(announce ? { role: 'alert' as const } : {})} headingLevel={3} title={title}>
      <p className="pack-problems__count">{t('common.pack.problemsCount', { count: formatWhole(lang, problems.length) })}</p>
      <p>{t('common.pack.problemsExplain')}</p>
      <ul className="pack-problems">
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, i) => (
          <li key={i}>
            {problem.path ? (
              <>
                <code>{problem.path}</code>
                {t('packProblems.place')}
              </>
            ) : null}
            <span>{isolateFilled(words, (fill) => describePackProblem(problem, fill))}</span>
          </li>
        ))}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN ? (
        <p>{t('common.pack.problemsMore', { count: formatWhole(lang, problems.length - MAX_PROBLEMS_SHOWN) })}</p>
      ) : null}
      {children}
    </Alert>
  );
}
