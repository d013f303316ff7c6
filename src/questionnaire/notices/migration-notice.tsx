import type { AnswerProblem } from '@/rules/answers/answer-problems';
import { describeAnswerProblem, packProblemNames } from '@/rules/answers/describe-problem';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { questionLabel } from '../import/answer-text';
import type { MigrationReport } from '../storage/fingerprints';
import { findQuestion } from '../machine/navigation';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { selectPack } from '../machine/selectors';
import { formatWhole } from '@/i18n/numbers';

export type MigrationNoticeProps = { problems: AnswerProblem[]; report?: MigrationReport | undefined; onDismiss: () => void };

function QuestionList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="notice-list-title">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * What became of the saved answers when the questionnaire changed: which carried over, which
 * questions are new, changed or gone, and anything else that could not be kept.
 */
export function MigrationNotice({ problems, report, onDismiss }: MigrationNoticeProps) {
  const pack = QuestionnaireContext.useSelector(selectPack);
  const { lang, t } = useLanguage();
  if (problems.length === 0 && !report) return null;
  const questionName = (id: string) => {
    const question = findQuestion(pack, id);
    return question ? questionLabel(question, lang) : id;
  };
  return (
    <Alert tone="warning" role="status" title={t('questionnaire.migration.title')} labelledBy="migration-title">
      {report ? (
        <>
          <p>
            {t('questionnaire.migration.versions', { from: report.from, to: report.to })}{' '}
            {report.carried.length > 0
              ? t('questionnaire.migration.carried', { count: formatWhole(lang, report.carried.length) })
              : t('questionnaire.migration.noneCarried')}
          </p>
          <QuestionList title={t('questionnaire.migration.changed')} items={report.changed.map(questionName)} />
          <QuestionList title={t('questionnaire.migration.added')} items={report.added.map(questionName)} />
          <QuestionList title={t('questionnaire.migration.removed')} items={report.removed} />
        </>
      ) : null}
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{describeAnswerProblem(problem, t, packProblemNames(pack, lang))}</li>
          ))}
        </ul>
      ) : null}
      <Button variant="secondary" onClick={onDismiss}>
        {t('questionnaire.migration.dismiss')}
      </Button>
    </Alert>
  );
}
