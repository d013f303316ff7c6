import { useState } from 'react';
import type { Answers, Respondent } from '@/rules/answers-schema';
import type { AnswerProblem } from '@/rules/answer-problems';
import { describeAnswerProblem } from '@/rules/describe-problem';
import { parseAnswersJson, type AnswersCheck } from '@/rules/load-answers';
import type { Pack } from '@/rules/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { FileDrop } from '@/ui/file-drop';
import { questionLabel } from './answer-text';
import { findQuestion } from './navigation';

/** Larger files are refused before they are read: an answers file is a few kilobytes. */
const MAX_FILE_BYTES = 2_000_000;

/** Problems that drop nothing: said, but the file still imports whole. */
const NOTES: ReadonlySet<AnswerProblem['code']> = new Set(['other-version', 'duplicate-values']);

type Checked = { fileName: string; check: AnswersCheck } | { fileName: string; failure: 'unreadable' | 'too-large' };

export type ImportAnswersProps = {
  pack: Pack;
  /** True when importing would replace answers given already. */
  replaces: boolean;
  onImport: (answers: Answers, respondent?: Respondent) => void;
};

/** Import an answers file (picker or drag-and-drop): every problem in words, then the valid answers on request. */
export function ImportAnswers({ pack, replaces, onImport }: ImportAnswersProps) {
  const { lang, t } = useLanguage();
  const [checked, setChecked] = useState<Checked | null>(null);
  const number = new Intl.NumberFormat(lang);

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setChecked({ fileName: file.name, failure: 'too-large' });
    try {
      setChecked({ fileName: file.name, check: parseAnswersJson(pack, await file.text()) });
    } catch {
      setChecked({ fileName: file.name, failure: 'unreadable' });
    }
  };
  const describe = (check: AnswersCheck) =>
    check.problems.map((problem) =>
      describeAnswerProblem(problem, t, {
        questionName: (id) => {
          const question = findQuestion(pack, id);
          return question ? questionLabel(question, lang) : id;
        },
      }),
    );

  let outcome = null;
  if (checked && 'failure' in checked) {
    outcome = (
      <Alert tone="error" role="alert" headingLevel={3} title={t('questionnaire.import.cannotTitle', { file: checked.fileName })}>
        <p>{t(checked.failure === 'too-large' ? 'questionnaire.import.tooLarge' : 'questionnaire.import.unreadable')}</p>
      </Alert>
    );
  } else if (checked) {
    const { check, fileName } = checked;
    const count = Object.keys(check.answers).length;
    const problems = describe(check);
    const usable = check.ok && count > 0;
    const partial = check.problems.some((p) => !NOTES.has(p.code));
    outcome = (
      <Alert
        tone={usable ? (partial ? 'warning' : 'success') : 'error'}
        role="alert"
        headingLevel={3}
        title={
          !usable
            ? t('questionnaire.import.cannotTitle', { file: fileName })
            : partial
              ? t('questionnaire.import.partialTitle', { file: fileName })
              : t('questionnaire.import.readyTitle', { file: fileName })
        }
      >
        {problems.length > 0 ? (
          <ul>
            {problems.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        {check.ok && count === 0 ? <p>{t('questionnaire.import.noneUsable')}</p> : null}
        {usable ? <p>{t('questionnaire.import.ready', { count: number.format(count) })}</p> : null}
        {usable && replaces ? <p>{t('questionnaire.import.replaces')}</p> : null}
        <div className="actions">
          {usable ? (
            <Button onClick={() => onImport(check.answers, check.respondent)}>
              {partial ? t('questionnaire.import.confirmValid', { count: number.format(count) }) : t('questionnaire.import.confirm')}
            </Button>
          ) : null}
          <Button variant="link" onClick={() => setChecked(null)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Alert>
    );
  }

  return (
    <section className="card stack-tight" aria-labelledby="import-title">
      <h2 id="import-title">{t('questionnaire.import.title')}</h2>
      <p>{t('questionnaire.import.intro')}</p>
      <FileDrop
        prompt={t('questionnaire.import.prompt')}
        buttonLabel={t('questionnaire.import.button')}
        accept="application/json,.json"
        onFile={(file) => void readFile(file)}
      />
      {outcome}
    </section>
  );
}
