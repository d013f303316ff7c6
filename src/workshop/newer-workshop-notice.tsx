import '@/i18n/domains/workshop';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { selectNewer } from './machine/selectors';
import { WorkshopMachineContext } from './machine/workshop-context';

/** Another tab saved a newer workshop: load it, or keep this one and write it over the newer one (on every step, presenter mode too). */
export function NewerWorkshopNotice() {
  const { t, lang } = useLanguage();
  const actor = WorkshopMachineContext.useActorRef();
  const newer = WorkshopMachineContext.useSelector(selectNewer);
  if (!newer) return null;
  const time = newer.savedAt ? new Intl.DateTimeFormat(lang, { timeStyle: 'short', dateStyle: 'medium' }).format(new Date(newer.savedAt)) : null;
  return (
    <Alert tone="warning" role="alert" title={t('workshop.storage.newerTitle')} labelledBy="workshop-newer-title">
      <p>{time === null ? t('workshop.storage.newerUntimed') : t('workshop.storage.newer', { time })}</p>
      <div className="actions">
        <Button onClick={() => actor.send({ type: 'storage.loadNewer' })}>{t('workshop.storage.loadNewer')}</Button>
        <Button variant="secondary" onClick={() => actor.send({ type: 'storage.keepMine' })}>
          {t('workshop.storage.keepMine')}
        </Button>
      </div>
    </Alert>
  );
}
