import type { ReactNode } from 'react';
import '@/i18n/domains/pack-problems';
import { useLanguage } from '@/i18n/language-context';
import { isMessageKey } from '@/i18n/t';
import { describePackProblem, type PackProblemTranslate } from '@/rules/pack/describe-pack-problem';
import type { PackProblem } from '@/rules/pack/load-pack';
import { Alert } from '@/ui/alert';
import { isolateFilled } from '@/ui/isolate';

/** `rules[4].when.all[0].atLeast: message` → the place in the file and what is wrong there. */
const PLACE = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])*): (.+)$/s;

/** Splits a loader line into its place in the file and its message (the file name, if given, dropped). */
export function splitProblem(line: string, fileName?: string): { place?: string; message: string } {
  const rest = fileName && line.startsWith(`${fileName}: `) ? line.slice(fileName.length + 2) : line;
  const match = PLACE.exec(rest);
  return match ? { place: match[1] as string, message: match[2] as string } : { message: rest };
}

/** Problems listed at most: thousands of lines would freeze the page and help no one (the count says how many). */
export const MAX_PROBLEMS_SHOWN = 100;

export type PackProblemsProps = {
  title: ReactNode;
  /** The loader's lines (`<file>: <path>: <message>`). */
  problems: readonly string[];
  /** The same problems as codes (one per line), put into words in the user's language; without them the lines are shown. */
  details?: readonly PackProblem[] | undefined;
  fileName?: string | undefined;
  /** False for problems that are not news (found on reading storage): shown, not announced. */
  announce?: boolean;
  children?: ReactNode;
};

/**
 * Every problem of a pack, one per line: where in the file (the JSON path, counted from 0) and
 * what is wrong, in the user's language when the problems come with their codes (else the
 * loader's English lines), with an explanation of how to read the lines.
 */
export function PackProblems({ title, problems, fileName, details, announce = true, children }: PackProblemsProps) {
  const { lang, t } = useLanguage();
  const words: PackProblemTranslate = (key, params) => (isMessageKey(key) ? t(key, params) : key);
  const described = details && details.length === problems.length ? details : undefined;
  return (
    <Alert tone="error" {...(announce ? { role: 'alert' as const } : {})} headingLevel={3} title={title}>
      <p className="pack-problems__count">{t('common.pack.problemsCount', { count: new Intl.NumberFormat(lang).format(problems.length) })}</p>
      <p>{t('common.pack.problemsExplain')}</p>
      <ul className="pack-problems">
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((line, i) => {
          const detail = described?.[i];
          if (detail) {
            return (
              <li key={i}>
                {detail.path ? (
                  <>
                    <code>{detail.path}</code>
                    {t('packProblems.place')}
                  </>
                ) : null}
                <span>{isolateFilled(words, (fill) => describePackProblem(detail, fill))}</span>
              </li>
            );
          }
          const { place, message } = splitProblem(line, fileName);
          return (
            <li key={i}>
              {place ? (
                <>
                  <code>{place}</code>: <span lang="en">{message}</span>
                </>
              ) : (
                <span lang="en">{message}</span>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN ? (
        <p>{t('common.pack.problemsMore', { count: new Intl.NumberFormat(lang).format(problems.length - MAX_PROBLEMS_SHOWN) })}</p>
      ) : null}
      {children}
    </Alert>
  );
}
