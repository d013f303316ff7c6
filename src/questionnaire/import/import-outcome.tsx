import type { ReactNode } from 'react';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { AnswerProblem } from '@/rules/answers/answer-problems';
import { describeAnswerProblem, packProblemNames } from '@/rules/answers/describe-problem';
import type { AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import type { MessageKey } from '@/i18n/t';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { isolate, isolateFilled } from '@/ui/isolate';
import { formatWhole } from '@/i18n/numbers';

/** Problems that drop nothing: said, but the answers still import whole. */
const NOTES: ReadonlySet<AnswerProblem['code']> = new Set(['other-version', 'duplicate-values']);

/** Where the answers come from: a file (named in the titles) or a share link. */
export type ImportSource = { kind: 'file'; name: string } | { kind: 'link' };

type Titles = { ready: MessageKey; partial: MessageKey; cannot: MessageKey };

const TITLES: Record<ImportSource['kind'], Titles> = {
  file: { ready: 'questionnaire.import.readyTitle', partial: 'questionnaire.import.partialTitle', cannot: 'questionnaire.import.cannotTitle' },
  link: { ready: 'questionnaire.import.link.readyTitle', partial: 'questionnaire.import.link.partialTitle', cannot: 'questionnaire.import.link.cannotTitle' },
};

export type ImportOutcomeProps = {
  pack: Pack;
  source: ImportSource;
  check: AnswersCheck;
  /** True when importing would replace answers given already: the user is told before confirming. */
  replaces: boolean;
  onImport: (answers: Answers, respondent?: Respondent) => void;
  onCancel: () => void;
  /** More choices beside "import" (a share link may go to the workshop instead). */
  actions?: ReactNode;
  /** Said before the problems (who shared a link). */
  intro?: ReactNode;
  /** Instead of "Import the answers" (adding them to a workshop). */
  confirmLabel?: string;
  /** 2 in the page's notices, 3 inside a card (default). */
  headingLevel?: 2 | 3;
};

/** Checked answers before they are imported: every problem in words, then the valid answers on request. */
export function ImportOutcome({ pack, source, check, replaces, onImport, onCancel, actions, intro, confirmLabel, headingLevel = 3 }: ImportOutcomeProps) {
  const { lang, t } = useLanguage();
  const names = packProblemNames(pack, lang);
  // Every quoted value, file name and question in its own <bdi>: bidi controls in an answer cannot reorder the message.
  const problems = check.problems.map((problem) => isolateFilled(t, (fill) => describeAnswerProblem(problem, fill, names)));
  const count = Object.keys(check.answers).length;
  const usable = check.ok && count > 0;
  const partial = check.problems.some((p) => !NOTES.has(p.code));
  const titles = TITLES[source.kind];
  const file = source.kind === 'file' ? source.name : '';
  const title = !usable ? titles.cannot : partial ? titles.partial : titles.ready;
  return (
    <Alert tone={usable ? (partial ? 'warning' : 'success') : 'error'} role="alert" headingLevel={headingLevel} title={isolate(t(title), { file })}>
      {intro}
      {problems.length > 0 ? (
        <ul>
          {problems.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {check.ok && count === 0 ? <p>{t('questionnaire.import.noneUsable')}</p> : null}
      {usable ? <p>{t('questionnaire.import.ready', { count: formatWhole(lang, count) })}</p> : null}
      {usable && replaces ? <p>{t('questionnaire.import.replaces')}</p> : null}
      <div className="actions">
        {usable ? (
          <Button onClick={() => onImport(check.answers, check.respondent)}>
            {confirmLabel ?? (partial ? t('questionnaire.import.confirmValid', { count: formatWhole(lang, count) }) : t('questionnaire.import.confirm'))}
          </Button>
        ) : null}
        {actions}
        <Button variant="link" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
