import '@/i18n/domains/workshop';
import { useId } from 'react';
import type { ParticipantRanking } from '@/engine/aggregate/aggregate';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import { own } from '@/rules/own';
import type { Participant } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { FileDrop } from '@/ui/file-drop';
import type { WorkshopText } from '../workshop-text';

export type ParticipantDetailProps = {
  pack: Pack;
  participant: Participant;
  ranking: ParticipantRanking | undefined;
  name: string;
  text: WorkshopText;
  busy: boolean;
  onReplace: (file: File) => void;
  onClose: () => void;
};

/**
 * One participant's full result, as their own answers give it: every option in order with its
 * score and verdict, and every answer; a newer answers file can replace their answers.
 */
export function ParticipantDetail({ pack, participant, ranking, name, text, busy, onReplace, onClose }: ParticipantDetailProps) {
  const { t } = text;
  const id = useId();
  const answers = participant.answers.answers;
  const dropped = new Set(participant.dropped ?? []);
  const questions = pack.sections.flatMap((s) => s.questions).filter((q) => isQuestionVisible(pack, answers, q.id) || dropped.has(q.id));
  return (
    <Dialog title={t('workshop.participants.detailsTitle', { name })} onClose={onClose}>
      <div className="stack-tight workshop-detail">
        {ranking ? (
          <div className="workshop-table-wrap" role="region" aria-labelledby={`${id}-ranking`} tabIndex={0}>
            <table className="workshop-table">
              <caption id={`${id}-ranking`}>{t('workshop.participants.detailsRanking', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop.participants.rank')}</th>
                  <th scope="col">{t('workshop.group.option')}</th>
                  <th scope="col">{t('workshop.participants.score')}</th>
                  <th scope="col">{t('workshop.participants.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {ranking.scored.ranking.map((entry) => {
                  const place = ranking.places[entry.option];
                  return (
                    <tr key={entry.option}>
                      <td>{place ? t(place.tied ? 'workshop.rankings.cellTiedRank' : 'workshop.rankings.cellRank', { rank: place.rank }) : ''}</td>
                      <th scope="row">{text.option(entry.option)}</th>
                      <td>{text.score(entry.score)}</td>
                      <td>{t(`workshop.verdict.${entry.verdict}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        <h3>{t('workshop.participants.detailsAnswers')}</h3>
        <dl className="workshop-detail__answers">
          {questions.map((q) => (
            <div key={q.id}>
              <dt>{text.question(q.id)}</dt>
              <dd>
                {text.answer(q.id, own(answers, q.id))}
                {dropped.has(q.id) ? <span className="workshop-flag"> {t('workshop.participants.droppedOne')}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        <section className="card stack-tight" aria-labelledby={`${id}-replace`}>
          <h3 id={`${id}-replace`}>{t('workshop.participants.replaceHeading')}</h3>
          <p className="muted">{t('workshop.participants.replaceIntro')}</p>
          <FileDrop prompt={t('workshop.participants.replacePrompt')} buttonLabel={t('workshop.participants.replaceButton')} accept=".json,application/json" busy={busy} onFile={onReplace} />
        </section>
        <div className="actions">
          <Button variant="secondary" onClick={onClose}>
            {t('workshop.participants.close')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
