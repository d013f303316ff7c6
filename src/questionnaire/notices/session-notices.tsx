import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { selectNewer, selectSaveFailed } from '../machine/selectors';

/** Another tab saved newer answers: nothing is overwritten until the user chooses. */
export function NewerAnswersBanner() {
  const actor = QuestionnaireContext.useActorRef();
  const newer = QuestionnaireContext.useSelector(selectNewer);
  const { lang, t } = useLanguage();
  if (!newer) return null;
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', dateStyle: 'medium' }).format(new Date(newer.savedAt));
  return (
    <Alert tone="warning" role="alert" title={t('questionnaire.newer.title')} labelledBy="newer-title">
      <p>{t('questionnaire.newer.body', { time })}</p>
      <div className="actions">
        <Button onClick={() => actor.send({ type: 'storage.loadNewer' })}>{t('questionnaire.newer.load')}</Button>
        <Button variant="secondary" onClick={() => actor.send({ type: 'storage.keepMine' })}>
          {t('questionnaire.newer.keep')}
        </Button>
      </div>
    </Alert>
  );
}

/** Storage is full or disabled: say so, and point to the answers file. */
export function SaveFailedNotice() {
  const failed = QuestionnaireContext.useSelector(selectSaveFailed);
  const { t } = useLanguage();
  if (!failed) return null;
  return (
    <Alert tone="error" role="alert" title={t('questionnaire.saveFailed.title')} labelledBy="save-failed-title">
      <p>{t('questionnaire.saveFailed.body')}</p>
    </Alert>
  );
}
