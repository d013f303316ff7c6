import '@/i18n/domains/workshop';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useT } from '@/i18n/language-context';
import { isMessageKey, pluralKey } from '@/i18n/t';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { Dialog } from '@/ui/dialog';
import { FieldError, describedBy } from '@/ui/field';
import { fileDate } from '@/ui/download-file';
import { ImportReportView } from './import-report-view';
import { selectIsOpening, selectParticipants, selectReport, selectWorkshop } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { workshopFileTooLarge } from '../machine/workshop-file';
import { MAX_TEXT_ANSWER } from '@/rules/limits';

const setupSchema = z.object({
  title: z.string().trim().min(1, { message: 'workshop.setup.titleRequired' }).max(300, { message: 'workshop.setup.titleTooLong' }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'workshop.setup.dateInvalid' }),
  notes: z.string().max(MAX_TEXT_ANSWER, { message: 'workshop.setup.notesTooLong' }),
});
type SetupValues = z.infer<typeof setupSchema>;

/** The workshop's title, date and notes, checked, then saved: on to the participants. */
function SetupForm({ id }: { id: string }) {
  const t = useT();
  const actor = WorkshopMachineContext.useActorRef();
  const workshop = WorkshopMachineContext.useSelector(selectWorkshop);
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: { title: workshop.title, date: workshop.date, notes: workshop.notes ?? '' },
  });
  const { errors } = form.formState;
  const message = (key: string | undefined) => (key && isMessageKey(key) ? t(key) : key);
  return (
    <form className="stack card" noValidate onSubmit={(event) => void form.handleSubmit((values) => actor.send({ type: 'setup.save', ...values }))(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('workshop.setup.title')}
        </label>
        {errors.title ? <FieldError id={`${id}-title-error`}>{message(errors.title.message)}</FieldError> : null}
        <input
          id={`${id}-title`}
          className="input"
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(errors.title && `${id}-title-error`)}
          {...form.register('title')}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-date`}>
          {t('workshop.setup.date')}
        </label>
        {errors.date ? <FieldError id={`${id}-date-error`}>{message(errors.date.message)}</FieldError> : null}
        <input
          id={`${id}-date`}
          className="input workshop-input--date"
          type="date"
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={describedBy(errors.date && `${id}-date-error`)}
          {...form.register('date')}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          {t('workshop.setup.notes')} <span className="field__optional">{t('workshop.setup.optional')}</span>
        </label>
        {errors.notes ? <FieldError id={`${id}-notes-error`}>{message(errors.notes.message)}</FieldError> : null}
        <textarea
          id={`${id}-notes`}
          className="textarea"
          rows={3}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy(errors.notes && `${id}-notes-error`)}
          {...form.register('notes')}
        />
      </div>
      <div className="actions">
        <Button type="submit">{t('workshop.setup.continue')}</Button>
      </div>
    </form>
  );
}

/** Open a saved workshop file or start afresh; either replaces a workshop with participants only once confirmed. */
function OtherWorkshop() {
  const t = useT();
  const actor = WorkshopMachineContext.useActorRef();
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const opening = WorkshopMachineContext.useSelector(selectIsOpening);
  const [confirm, setConfirm] = useState<{ kind: 'new' } | { kind: 'open'; text: string } | null>(null);
  return (
    <>
      <div className="card card--surface stack-tight">
        <h3>{t('workshop.setup.otherHeading')}</h3>
        <div className="actions">
          <label className="button button--secondary workshop-file-button">
            {t('workshop.file.open')}
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              disabled={opening}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                // A file over the cap is refused before it is read, and replaces nothing: no need to confirm.
                const tooLarge = workshopFileTooLarge(file);
                if (tooLarge) return actor.send({ type: 'workshop.refused', problem: tooLarge });
                void file.text().then((text) => {
                  if (participants.length > 0) setConfirm({ kind: 'open', text });
                  else actor.send({ type: 'workshop.open', text });
                });
              }}
            />
          </label>
          <Button variant="secondary" disabled={opening} onClick={() => (participants.length > 0 ? setConfirm({ kind: 'new' }) : actor.send({ type: 'workshop.new', today: fileDate(new Date()) }))}>
            {t('workshop.setup.new')}
          </Button>
        </div>
        <p role="status">{opening ? t('workshop.file.opening') : null}</p>
      </div>
      {confirm ? (
        <Dialog title={t('workshop.setup.replaceTitle')} onClose={() => setConfirm(null)}>
          <p>{t(pluralKey(participants.length, 'workshop.setup.replaceWarningOne', 'workshop.setup.replaceWarningOther'), { count: participants.length })}</p>
          <div className="actions">
            <Button
              variant="danger"
              onClick={() => {
                setConfirm(null);
                actor.send(confirm.kind === 'open' ? { type: 'workshop.open', text: confirm.text } : { type: 'workshop.new', today: fileDate(new Date()) });
              }}
            >
              {confirm.kind === 'open' ? t('workshop.setup.replaceOpen') : t('workshop.setup.replaceNew')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirm(null)}>
              {t('workshop.cancel')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

/** Step 1: the workshop's title, date and notes; open a saved workshop file or start afresh. */
export function SetupPanel() {
  const t = useT();
  const report = WorkshopMachineContext.useSelector(selectReport);
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={focusOnMount} tabIndex={-1}>{t('workshop.setup.heading')}</h2>
      <p className="lead measure">{t('workshop.setup.intro')}</p>
      {report ? <ImportReportView report={report} /> : null}
      <SetupForm id={id} />
      <OtherWorkshop />
    </section>
  );
}
