import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { FieldError } from '@/ui/field';
import { appAddress } from '@/lib/share/app-address';
import { ImportReportView } from './import-report-view';
import { ParticipantList } from './participant-list';
import { QrCode } from '@/lib/share/qr-code';
import { selectIsReading, selectIsReadingLink, selectParticipants, selectRemoved, selectReport } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { FileDrop } from '@/ui/file-drop';
import { isolate } from '@/ui/isolate';

/**
 * Add a participant from a share link they sent; a link without a name gets "Participant n". The
 * link is unfolded and checked in the share-link worker: the button is busy meanwhile, and nothing
 * else is added until it is read (`busy`: answers files are being read).
 */
function AddLinkForm({ id, busy }: { id: string; busy: boolean }) {
  const t = useT();
  const actor = WorkshopMachineContext.useActorRef();
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const readingLink = WorkshopMachineContext.useSelector(selectIsReadingLink);
  const [link, setLink] = useState('');
  return (
    <form
      className="card stack-tight"
      onSubmit={(event) => {
        event.preventDefault();
        if (!link.trim() || busy || readingLink) return;
        const submitted = link;
        actor.send({ type: 'participants.addLink', text: submitted, fallbackLabel: t('workshop.participants.unnamed', { n: participants.length + 1 }) });
        // The box empties once the link's participant is added; a refused link stays in it to be corrected.
        const reading = actor.subscribe((snapshot) => {
          if (selectIsReadingLink(snapshot)) return;
          reading.unsubscribe();
          if (selectParticipants(snapshot).length > participants.length) setLink((current) => (current === submitted ? '' : current));
        });
      }}
    >
      <h3>{t('workshop.participants.linkHeading')}</h3>
      <label className="field__label" htmlFor={`${id}-link`}>
        {t('workshop.participants.linkLabel')}
      </label>
      <input id={`${id}-link`} className="input" value={link} autoComplete="off" spellCheck={false} onChange={(event) => setLink(event.target.value)} />
      <div className="actions">
        <Button type="submit" variant="secondary" busy={busy || readingLink}>
          {t('workshop.participants.linkAdd')}
        </Button>
      </div>
      <p role="status">{readingLink ? t('workshop.participants.linkReading') : null}</p>
    </form>
  );
}

/** "Pass the laptop": a participant's name, then the app shows them the questionnaire (not while another turn is unfinished). */
function TurnForm({ id, onAnswerInTurn, turnOpen }: { id: string; onAnswerInTurn: (label: string) => void; turnOpen: string | null }) {
  const t = useT();
  const [turnLabel, setTurnLabel] = useState('');
  const [turnError, setTurnError] = useState(false);
  return (
    <form
      className="card stack-tight"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const label = turnLabel.trim();
        setTurnError(label === '');
        if (label) onAnswerInTurn(label);
      }}
    >
      <h3>{t('workshop.participants.turnHeading')}</h3>
      <p className="muted">{t('workshop.participants.turnIntro')}</p>
      <label className="field__label" htmlFor={`${id}-turn`}>
        {t('workshop.participants.turnLabel')}
      </label>
      {turnError ? <FieldError id={`${id}-turn-error`}>{t('workshop.participants.turnRequired')}</FieldError> : null}
      <input
        id={`${id}-turn`}
        className="input"
        value={turnLabel}
        maxLength={200}
        autoComplete="off"
        aria-invalid={turnError || undefined}
        aria-describedby={turnError ? `${id}-turn-error` : undefined}
        onChange={(event) => setTurnLabel(event.target.value)}
      />
      {turnOpen !== null ? <p className="workshop-flag">{isolate(t('workshop.participants.turnBusy'), { label: turnOpen })}</p> : null}
      <div className="actions">
        <Button type="submit" variant="secondary" disabled={turnOpen !== null}>
          {t('workshop.participants.turnStart')}
        </Button>
      </div>
    </form>
  );
}

/** Step 2: add participants (answers files, share links, a turn on this device) and check who is in. */
export function ParticipantsPanel({ onAnswerInTurn, turnOpen }: { onAnswerInTurn: (label: string) => void; turnOpen: string | null }) {
  const t = useT();
  const actor = WorkshopMachineContext.useActorRef();
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const report = WorkshopMachineContext.useSelector(selectReport);
  const removed = WorkshopMachineContext.useSelector(selectRemoved);
  const reading = WorkshopMachineContext.useSelector(selectIsReading);
  const readingLink = WorkshopMachineContext.useSelector(selectIsReadingLink);
  const id = useId();
  const invite = appAddress();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={focusOnMount} tabIndex={-1}>{t('workshop.participants.heading')}</h2>
      <p className="lead measure">{t('workshop.participants.intro')}</p>
      {report ? <ImportReportView report={report} /> : null}
      {removed ? (
        <Alert tone="info" role="status" title={isolate(t('workshop.participants.removed'), { name: removed.participant.label })}>
          <div className="actions">
            <Button onClick={() => actor.send({ type: 'participants.undoRemove' })}>{t('workshop.participants.undoRemove')}</Button>
            <Button variant="link" onClick={() => actor.send({ type: 'participants.forgetRemoved' })}>
              {t('workshop.participants.dismissRemoved')}
            </Button>
          </div>
        </Alert>
      ) : null}
      <div className="workshop-add">
        <div className="card stack-tight">
          <h3>{t('workshop.participants.filesHeading')}</h3>
          <FileDrop
            multiple
            prompt={t('workshop.participants.filesPrompt')}
            buttonLabel={t('workshop.participants.filesButton')}
            accept=".json,application/json"
            busy={reading || readingLink}
            onFiles={(files) => actor.send({ type: 'participants.addFiles', files })}
          />
        </div>
        <AddLinkForm id={id} busy={reading} />
        <TurnForm id={id} onAnswerInTurn={onAnswerInTurn} turnOpen={turnOpen} />
        {invite ? (
          <div className="card stack-tight workshop-invite">
            <h3>{t('workshop.participants.inviteHeading')}</h3>
            <p className="muted">{t('workshop.participants.inviteIntro')}</p>
            <QrCode text={invite} alt={t('workshop.participants.inviteQr', { address: invite })} />
            <p className="workshop-link">{invite}</p>
          </div>
        ) : null}
      </div>
      <ParticipantList />
      <div className="actions">
        <Button disabled={participants.length === 0} onClick={() => actor.send({ type: 'nav.overview' })}>
          {t('workshop.participants.continue')}
        </Button>
      </div>
    </section>
  );
}
