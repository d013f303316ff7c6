import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import { countedProgress } from '@/engine/express/open-questions';
import { pluralKey } from '@/i18n/t';
import { displayNames } from '@/report/phrases/workshop-words';
import type { Participant } from '@/rules/answers/answers-schema';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { appAddress } from '@/lib/share/app-address';
import { selectAggregate, selectAnonymous, selectIsReplacing, selectPack, selectParticipants } from '../machine/selectors';
import { encodeShareLink } from '@/lib/share/share-link';
import { QrCode } from '@/lib/share/qr-code';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { duplicateNames, nameKey } from '../machine/workshop-model';
import { ParticipantDetail } from './participant-detail';
import { useWorkshopText, type WorkshopText } from '../workshop-text';
import type { Pack } from '@/rules/pack/pack-schema';
import { topPick } from '@/report/phrases/workshop-phrases';
import { isolate } from '@/ui/isolate';

type RowProps = {
  participant: Participant;
  /** The name on the row's buttons (told apart by row number when two rows show the same name). */
  name: string;
  /** The name shown in the row (anonymised when asked). */
  shown: string;
  tops: readonly string[];
  duplicateOf: string | undefined;
  anonymous: boolean;
  renaming: boolean;
  onDetail: () => void;
  onRename: (open: boolean) => void;
  onRemove: () => void;
};

/** One participant: name (or the rename form), answers given, top pick, and the row's actions. */
function ParticipantRow({ participant: p, name, shown, tops, duplicateOf, anonymous, renaming, onDetail, onRename, onRemove }: RowProps) {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form
            className="workshop-rename"
            onSubmit={(event) => {
              event.preventDefault();
              const entry = new FormData(event.currentTarget).get('label');
              const label = typeof entry === 'string' ? entry : '';
              actor.send({ type: 'participants.rename', id: p.id, label });
              onRename(false);
            }}
          >
            <label className="visually-hidden" htmlFor={`${id}-label`}>
              {isolate(t('workshop.participants.renameLabel'), { name: p.label })}
            </label>
            <input id={`${id}-label`} name="label" className="input" defaultValue={p.label} maxLength={200} required />
            <Button type="submit" variant="secondary">
              {t('workshop.participants.renameSave')}
            </Button>
          </form>
        ) : (
          <>
            {shown}
            {!anonymous && p.answers.respondent?.role ? <span className="muted">{t('workshop.participants.roleAfter', { role: p.answers.respondent.role })}</span> : null}
          </>
        )}
        {duplicateOf !== undefined && !anonymous ? <p className="workshop-flag">{t('workshop.participants.duplicate', { other: duplicateOf })}</p> : null}
      </th>
      <td>
        <AnsweredCell pack={pack} participant={p} text={text} />
      </td>
      <td>{topPick(tops, text, t)}</td>
      <td>
        <div className="actions">
          <Button variant="link" aria-label={t('workshop.participants.detailsFor', { name })} onClick={onDetail}>
            {t('workshop.participants.details')}
          </Button>
          {!renaming ? (
            <Button variant="link" aria-label={t('workshop.participants.renameFor', { name })} onClick={() => onRename(true)}>
              {t('workshop.participants.rename')}
            </Button>
          ) : null}
          <Button variant="link" aria-label={t('workshop.participants.removeFor', { name })} onClick={onRemove}>
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
}

/** Asks before a participant's answers leave the workshop (this may be their only copy). */
function RemoveDialog({ participant, name, onClose }: { participant: Participant; name: string; onClose: () => void }) {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const { t } = useWorkshopText(pack);
  return (
    <Dialog title={isolate(t('workshop.participants.removeTitle'), { name })} onClose={onClose}>
      <p>{t('workshop.participants.removeWarning')}</p>
      <p>{t('workshop.participants.removeOnlyCopy')}</p>
      <div className="actions">
        <Button
          variant="danger"
          onClick={() => {
            actor.send({ type: 'participants.remove', id: participant.id });
            onClose();
          }}
        >
          {t('workshop.participants.removeConfirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('workshop.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

/** Who is in the workshop: name, answers given, top pick, a flag for names seen twice; rename, share, remove. */
export function ParticipantList() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const participants = WorkshopMachineContext.useSelector(selectParticipants);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const anonymous = WorkshopMachineContext.useSelector(selectAnonymous);
  const replacing = WorkshopMachineContext.useSelector(selectIsReplacing);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const names = displayNames(participants, anonymous, t);
  const duplicates = duplicateNames(participants);
  // Two rows showing the same name get buttons told apart by their row.
  const shown = [...names.values()].map(nameKey);
  const rowName = (id: string, index: number) => {
    const name = names.get(id) ?? id;
    return shown.filter((n) => n === nameKey(name)).length > 1 ? t('workshop.participants.nameInRow', { name, n: index + 1 }) : name;
  };
  const detailOf = participants.find((p) => p.id === detail);

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
            {participants.map((p, index) => (
              <ParticipantRow
                key={p.id}
                participant={p}
                name={rowName(p.id, index)}
                shown={names.get(p.id) ?? p.label}
                tops={aggregate.participants.find((r) => r.id === p.id)?.tops ?? []}
                duplicateOf={duplicates.get(p.id)}
                anonymous={anonymous}
                renaming={renaming === p.id}
                onDetail={() => setDetail(p.id)}
                onRename={(open) => setRenaming(open ? p.id : null)}
                onRemove={() => setRemoving(p)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {detailOf ? (
        <ParticipantDetail
          pack={pack}
          participant={detailOf}
          ranking={aggregate.participants.find((r) => r.id === detailOf.id)}
          name={names.get(detailOf.id) ?? detailOf.label}
          text={text}
          busy={replacing}
          onReplace={(file) => {
            actor.send({ type: 'participants.replace', id: detailOf.id, file });
            setDetail(null);
          }}
          onClose={() => setDetail(null)}
        />
      ) : null}
      {removing ? <RemoveDialog participant={removing} name={names.get(removing.id) ?? removing.label} onClose={() => setRemoving(null)} /> : null}
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

/** "28 of 29 questions", and a lasting mark when answers were dropped on import. */
function AnsweredCell({ pack, participant, text }: { pack: Pack; participant: Participant; text: WorkshopText }) {
  const { t } = text;
  const { answered, total } = countedProgress(pack, participant.answers.answers);
  const dropped = participant.dropped ?? [];
  return (
    <>
      {t(pluralKey(total, 'workshop.participants.answeredCountOne', 'workshop.participants.answeredCountOther'), { count: answered, total })}
      {dropped.length > 0 ? (
        <p className="workshop-flag">
          {t('workshop.participants.dropped', { count: dropped.length, questions: dropped.map((q) => text.question(q)).join(t('workshop.answer.separator')) })}
        </p>
      ) : null}
    </>
  );
}
