import '@/i18n/domains/workshop';
import { useId, type ReactNode } from 'react';
import type { Lang } from '@/i18n/messages';
import { joinSentences, type Translate } from '@/i18n/t';
import { describeAnswerProblem, packProblemNames, type ProblemTranslate } from '@/rules/answers/describe-problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { ImportEntry } from '../machine/import-participants';
import { selectPack } from '../machine/selectors';
import type { WorkshopFileProblem } from '../machine/workshop-file';
import { WorkshopMachineContext } from '../machine/workshop-context';
import type { ImportReport } from '../machine/workshop-state';
import { useWorkshopText } from '../workshop-text';
import { isolate } from '@/ui/isolate';

/** Bytes in megabytes (of 1,000,000), to one decimal, rounded up: a file just over the cap never reads as the cap itself. */
function megabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.ceil(bytes / 100_000) / 10);
}

function workshopProblemText(problem: WorkshopFileProblem, t: Translate, lang: Lang): ReactNode {
  switch (problem.code) {
    case 'not-json':
      return t('workshop.import.workshopNotJson', { line: problem.line, column: problem.column });
    case 'wrong-format':
      return t('workshop.import.workshopWrongFormat');
    case 'too-complex':
      return t('workshop.import.workshopTooComplex');
    case 'too-large':
      // The file name is the user's: isolated, and inserted as data.
      return isolate(t('workshop.import.workshopTooLarge'), { file: problem.file, size: megabytes(problem.size, lang), limit: megabytes(problem.limit, lang) });
    case 'other-pack':
      return t('workshop.import.workshopOtherPack', { found: problem.found, expected: problem.expected });
  }
}

function sourceProblemText(entry: ImportEntry, t: Translate, lang: Lang): string | null {
  const problem = entry.sourceProblem;
  if (problem === undefined) return null;
  switch (problem) {
    // The same words as for a link opened with the app.
    case 'no-answers':
      return t('common.link.noAnswers');
    case 'not-decodable':
    case 'not-json':
      return t('common.link.notDecodable');
    case 'unchecked':
      return t('common.link.unchecked');
    case 'unreadable-file':
      return t('workshop.import.fileUnreadable');
    case 'too-large-file':
      return t('workshop.import.fileTooLarge', { size: megabytes(entry.size?.bytes ?? 0, lang), limit: megabytes(entry.size?.limit ?? 0, lang) });
    case 'same-answers':
      return t('workshop.import.sameAnswers', { other: entry.duplicateOf ?? '' });
  }
}

/** Entries worth showing: every file or link added by hand; from a workshop or a saved one, only those with something to say. */
function worthShowing(entry: ImportEntry): boolean {
  if (entry.sourceKind !== 'workshop' && entry.sourceKind !== 'saved') return true;
  return entry.status === 'refused' || entry.problems.length > 0 || entry.duplicateOf !== undefined;
}

/** What the last import did, per participant, in words: added, not added and why, answers left out, same name twice. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  // Questions by their text, choices by their labels and the pack by its title, as the questionnaire's import says them.
  const names = packProblemNames(pack, text.lang);
  const describe = (problem: Parameters<typeof describeAnswerProblem>[0]) => describeAnswerProblem(problem, t as ProblemTranslate, names);
  const entries = report.entries.filter(worthShowing);
  const added = report.entries.filter((e) => e.status === 'added').length;
  const refused = report.entries.length - added;
  const trouble = report.workshopProblem !== undefined || refused > 0 || entries.some((e) => e.problems.length > 0 || e.duplicateOf);
  return (
    <Alert tone={report.workshopProblem || refused > 0 ? 'error' : trouble ? 'warning' : 'success'} role={trouble ? 'alert' : 'status'} title={t('workshop.import.title')} headingLevel={3} labelledBy={`${id}-title`}>
      {report.workshopProblem ? <p>{workshopProblemText(report.workshopProblem, t, text.lang)}</p> : <p>{t('workshop.import.summary', { added, refused })}</p>}
      {entries.length > 0 ? (
        <ul className="workshop-import">
          {entries.map((entry, index) => (
            <li key={`${entry.source}-${index}`}>
              <strong>
                <bdi>{entry.source || (entry.sourceKind === 'link' ? t('workshop.import.link') : entry.label)}</bdi>
              </strong>
              {t('workshop.import.sourceSeparator')}
              {entry.status === 'added'
                ? t(entry.replaced ? 'workshop.import.replaced' : 'workshop.import.added', { label: '{label}' })
                    .split(/(\{label\})/)
                    .map((part, i) => (part === '{label}' ? <bdi key={i}>{entry.label ?? ''}</bdi> : part))
                : t('workshop.import.refused')}
              {/* A further sentence: after a space in English, straight after 。 in Japanese. */}
              {sourceProblemText(entry, t, text.lang) ? joinSentences(['', sourceProblemText(entry, t, text.lang) ?? ''], text.lang) : null}
              {entry.problems.length > 0 ? (
                <ul>
                  {entry.problems.map((problem, i) => (
                    <li key={i}>{describe(problem)}</li>
                  ))}
                </ul>
              ) : null}
              {entry.duplicateOf && entry.status === 'added' ? <p className="workshop-import__duplicate">{t('workshop.import.duplicate', { other: entry.duplicateOf })}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.agreedProblems && report.agreedProblems.length > 0 ? (
        <>
          <p>{t('workshop.import.agreedProblems')}</p>
          <ul>
            {report.agreedProblems.map((problem, i) => (
              <li key={i}>{describe(problem)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Button variant="link" onClick={() => actor.send({ type: 'report.dismiss' })}>
        {t('workshop.dismiss')}
      </Button>
    </Alert>
  );
}
