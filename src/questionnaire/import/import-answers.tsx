import { lazy, Suspense, useState } from 'react';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { checkAnswersTextsOffThread } from '@/lib/answers-check/answers-check-off-thread';
import { Alert } from '@/ui/alert';
import { FileDrop } from '@/ui/file-drop';
import { isolate } from '@/ui/isolate';
import { MAX_FILE_BYTES } from '@/rules/limits';

/** What a file holds, in words: loaded once a file is chosen (the start screen does without it). */
const ImportOutcome = lazy(() => import('./import-outcome').then((m) => ({ default: m.ImportOutcome })));

type Checked = { fileName: string; check: AnswersCheck } | { fileName: string; failure: 'unreadable' | 'too-large' };

export type ImportAnswersProps = {
  pack: Pack;
  /** True when importing would replace answers given already. */
  replaces: boolean;
  onImport: (answers: Answers, respondent?: Respondent) => void;
};

/** Import an answers file (picker or drag-and-drop): every problem in words, then the valid answers on request. */
export function ImportAnswers({ pack, replaces, onImport }: ImportAnswersProps) {
  const { t } = useLanguage();
  const [checked, setChecked] = useState<Checked | null>(null);

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setChecked({ fileName: file.name, failure: 'too-large' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setChecked({ fileName: file.name, failure: 'unreadable' });
    }
    // Parsed and checked in a worker: a file up to the cap never blocks the page.
    const [check] = await checkAnswersTextsOffThread(pack, [text]);
    if (check) setChecked({ fileName: file.name, check });
  };

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
      {checked && 'failure' in checked ? (
        <Alert tone="error" role="alert" headingLevel={3} title={isolate(t('questionnaire.import.cannotTitle'), { file: checked.fileName })}>
          <p>{t(checked.failure === 'too-large' ? 'questionnaire.import.tooLarge' : 'questionnaire.import.unreadable')}</p>
        </Alert>
      ) : checked ? (
        <Suspense fallback={null}>
          <ImportOutcome
            pack={pack}
            source={{ kind: 'file', name: checked.fileName }}
            check={checked.check}
            replaces={replaces}
            onImport={onImport}
            onCancel={() => setChecked(null)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
