import '@/i18n/domains/workshop';
import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { downloadText } from '@/ui/download-file';
import {
  selectAnonymous,
  selectExportNotice,
  selectMovedAside,
  selectNamesInPdf,
  selectPdfStatus,
  selectSaveFailed,
  selectWorkshop,
} from './machine/selectors';
import { WorkshopMachineContext } from './machine/workshop-context';
import { workshopJson } from './machine/workshop-file';
import { NewerWorkshopNotice } from './newer-workshop-notice';

/** File name of the downloaded workshop file: `aperture-workshop-<date>.json`. */
export function workshopFileName(date: string): string {
  const safe = date.replace(/[^0-9A-Za-z-]/g, '');
  return `aperture-workshop${safe ? `-${safe}` : ''}.json`;
}

/** The switches and downloads that apply to every step, and the notices about saving and exporting. */
export function WorkshopToolbar() {
  const { t, lang } = useLanguage();
  const actor = WorkshopMachineContext.useActorRef();
  const anonymous = WorkshopMachineContext.useSelector(selectAnonymous);
  const workshop = WorkshopMachineContext.useSelector(selectWorkshop);
  const pdf = WorkshopMachineContext.useSelector(selectPdfStatus);
  const notice = WorkshopMachineContext.useSelector(selectExportNotice);
  const movedAside = WorkshopMachineContext.useSelector(selectMovedAside);
  const saveFailed = WorkshopMachineContext.useSelector(selectSaveFailed);
  const namesInPdf = WorkshopMachineContext.useSelector(selectNamesInPdf);
  const empty = workshop.participants.length === 0;
  // Nothing to keep: no title, nobody, nothing agreed.
  const untitledEmpty = empty && workshop.title.trim() === '' && Object.keys(workshop.agreed.answers).length === 0;
  return (
    <div className="workshop-toolbar stack-tight">
      <div className="workshop-toolbar__row">
        <label className="workshop-switch">
          <input
            type="checkbox"
            role="switch"
            checked={anonymous}
            onChange={(event) => actor.send({ type: 'view.anonymise', anonymous: event.target.checked })}
          />
          <span>{t('workshop.anonymise.label')}</span>
        </label>
        <div className="actions">
          <Button
            variant="secondary"
            disabled={untitledEmpty}
            aria-describedby={untitledEmpty ? 'workshop-empty-note' : undefined}
            onClick={() => downloadText(workshopFileName(workshop.date), workshopJson(workshop))}
          >
            {t('workshop.file.download')}
          </Button>
          <Button variant="secondary" busy={pdf === 'exporting'} disabled={empty} onClick={() => actor.send({ type: 'pdf.export', lang })}>
            {pdf === 'exporting' ? t('workshop.pdf.exporting') : t('workshop.pdf.download')}
          </Button>
        </div>
      </div>
      {untitledEmpty ? (
        <p id="workshop-empty-note" className="muted">
          {t('workshop.file.emptyUntitled')}
        </p>
      ) : null}
      {!empty ? (
        <label className="workshop-switch">
          <input type="checkbox" checked={namesInPdf} onChange={(event) => actor.send({ type: 'pdf.names', names: event.target.checked })} />
          <span>{t('workshop.pdf.names')}</span>
        </label>
      ) : null}
      {pdf === 'failed' ? (
        <Alert tone="error" role="alert" title={t('workshop.pdf.failedTitle')}>
          <p>{t('workshop.pdf.failed')}</p>
          <div className="actions">
            <Button onClick={() => actor.send({ type: 'pdf.export', lang })}>{t('workshop.pdf.retry')}</Button>
            <Button variant="link" onClick={() => actor.send({ type: 'pdf.dismiss' })}>
              {t('workshop.dismiss')}
            </Button>
          </div>
        </Alert>
      ) : null}
      {notice && notice.replaced.length > 0 ? (
        <Alert tone="warning" role="status">
          <p>{t('workshop.pdf.replaced', { characters: notice.replaced.join(' ') })}</p>
        </Alert>
      ) : null}
      <NewerWorkshopNotice />
      {saveFailed ? (
        <Alert tone="warning" role="alert">
          <p>{t('workshop.storage.saveFailed')}</p>
        </Alert>
      ) : null}
      {movedAside ? (
        <Alert tone="warning" role="alert" title={t('workshop.storage.unreadableTitle')}>
          <p>{t('workshop.storage.unreadable')}</p>
          <div className="actions">
            <Button variant="secondary" onClick={() => downloadText('aperture-workshop-unreadable.json', movedAside.text)}>
              {t('workshop.storage.download')}
            </Button>
            <Button variant="link" onClick={() => actor.send({ type: 'storage.dismiss' })}>
              {t('workshop.dismiss')}
            </Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
