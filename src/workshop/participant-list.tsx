import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import { pluralKey } from '@/i18n/t';
import { displayNames } from '@/report/workshop-words';
import type { Participant } from '@/rules/answers-schema';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { appAddress } from './app-address';
import { selectAggregate, selectAnonymous, selectPack, selectParticipants } from './selectors';
import { encodeShareLink } from './share-link';
import { QrCode } from './qr-code';
import { WorkshopMachineContext } from './workshop-context';
import { duplicateNames } from './workshop-model';
import { useWorkshopText } from './workshop-text';
import { topPick } from '@/report/workshop-phrases';
import { isolate } from '@/ui/isolate';

/** Who is in the workshop: name, answers given, top pick, a flag for names seen twice; rename, share, remove. */
export function ParticipantList() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const anonymous = WorkshopMachineContext.useSelector(selectAnonymous);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const names = displayNames(participants, anonymous, t);
  const duplicates = duplicateNames(participants);
  const questionCount = pack.sections.reduce((n, s) => n + s.questions.length, 0);

  if (participants.length === 0) return <p className="muted">{t('workshop.participants.none')}</p>;
  return (
    <div className="stack-tight">
      <div className="workshop-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="workshop-table">
          <caption id={`${id}-caption`}>{t('workshop.participants.tableCaption', { count: participants.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.participants.name')}</th>
              <th scope="col">{t('workshop.participants.answered')}</th>
              <th scope="col">{t('workshop.participants.topPick')}</th>
              <th scope="col">{t('workshop.participants.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => {
              const name = names.get(p.id) ?? p.label;
              const tops = aggregate.participants.find((r) => r.id === p.id)?.tops ?? [];
              const duplicateOf = duplicates.get(p.id);
              return (
                <tr key={p.id}>
                  <th scope="row">
                    {renaming === p.id ? (
                      <form
                        className="workshop-rename"
                        onSubmit={(event) => {
                          event.preventDefault();
                          const label = String(new FormData(event.currentTarget).get('label') ?? '');
                          actor.send({ type: 'participants.rename', id: p.id, label });
                          setRenaming(null);
                        }}
                      >
                        <label className="visually-hidden" htmlFor={`${id}-${p.id}-label`}>
                          {isolate(t('workshop.participants.renameLabel'), { name: p.label })}
                        </label>
                        <input id={`${id}-${p.id}-label`} name="label" className="input" defaultValue={p.label} maxLength={200} required />
                        <Button type="submit" variant="secondary">
                          {t('workshop.participants.renameSave')}
                        </Button>
                      </form>
                    ) : (
                      <>
                        {name}
                        {!anonymous && p.answers.respondent?.role ? <span className="muted"> · {p.answers.respondent.role}</span> : null}
                      </>
                    )}
                    {duplicateOf !== undefined && !anonymous ? (
                      <p className="workshop-flag">{t('workshop.participants.duplicate', { other: duplicateOf })}</p>
                    ) : null}
                  </th>
                  <td>{t(pluralKey(questionCount, 'workshop.participants.answeredCountOne', 'workshop.participants.answeredCountOther'), { count: Object.keys(p.answers.answers).length, total: questionCount })}</td>
                  <td>{topPick(tops, text, t)}</td>
                  <td>
                    <div className="actions">
                      {renaming !== p.id ? (
                        <Button variant="link" aria-label={t('workshop.participants.renameFor', { name })} onClick={() => setRenaming(p.id)}>
                          {t('workshop.participants.rename')}
                        </Button>
                      ) : null}
                      <Button variant="link" aria-label={t('workshop.participants.removeFor', { name })} onClick={() => setRemoving(p)}>
                        {t('workshop.participants.remove')}
                      </Button>
                    </div>
                    <details className="workshop-share">
                      <summary aria-label={t('workshop.participants.shareFor', { name })}>{t('workshop.participants.share')}</summary>
                      <ShareLink participant={p} name={name} />
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {removing ? (
        <Dialog title={isolate(t('workshop.participants.removeTitle'), { name: names.get(removing.id) ?? removing.label })} onClose={() => setRemoving(null)}>
          <p>{t('workshop.participants.removeWarning')}</p>
          <p>{t('workshop.participants.removeOnlyCopy')}</p>
          <div className="actions">
            <Button
              variant="danger"
              onClick={() => {
                actor.send({ type: 'participants.remove', id: removing.id });
                setRemoving(null);
              }}
            >
              {t('workshop.participants.removeConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setRemoving(null)}>
              {t('workshop.cancel')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

function ShareLink({ participant, name }: { participant: Participant; name: string }) {
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const { t } = useWorkshopText(pack);
  const link = encodeShareLink(appAddress(), participant.answers);
  return (
    <div className="stack-tight">
      <p className="muted">{t('workshop.participants.shareIntro')}</p>
      <QrCode text={link} alt={t('workshop.participants.shareQr', { name })} />
      <p className="workshop-link">{link}</p>
    </div>
  );
}
