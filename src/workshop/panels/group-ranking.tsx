import '@/i18n/domains/workshop';
import { useId } from 'react';
import type { Agreement, WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { groupLines, topPick } from '@/report/phrases/workshop-phrases';
import type { WorkshopText } from '../workshop-text';

/** Kendall's W in plain words, with what it means. */
export function AgreementSummary({ agreement, text }: { agreement: Agreement; text: WorkshopText }) {
  const { t } = text;
  if (agreement.basis === 'none' || agreement.w === null || agreement.band === null) return <p>{t('workshop.agreement.none')}</p>;
  if (agreement.basis === 'single') return <p>{t('workshop.agreement.single')}</p>;
  return (
    <div className={`workshop-agreement workshop-agreement--${agreement.band}`}>
      <p className="workshop-agreement__value">
        {t('workshop.agreement.value', { w: text.measure(agreement.w), band: text.band(agreement.band) })}
      </p>
      <p className="muted">{t('workshop.agreement.explain')}</p>
    </div>
  );
}

/** The group ranking by mean score, with each option's Borda count beside it; ties shown as ties. */
export function GroupRanking({ aggregate, text }: { aggregate: WorkshopAggregate; text: WorkshopText }) {
  const { t } = text;
  const id = useId();
  const lines = groupLines(aggregate, text, t);
  return (
    <div className="stack-tight">
      <p className="workshop-basis">{lines.basis}</p>
      <p className="workshop-verdict">{lines.top}</p>
      {lines.alsoRecommended ? <p>{lines.alsoRecommended}</p> : null}
      {lines.split ? <p>{lines.split}</p> : null}
      <div className="workshop-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="workshop-table">
          <caption id={`${id}-caption`}>{t('workshop.group.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.group.option')}</th>
              <th scope="col">{t('workshop.group.mean')}</th>
              <th scope="col">{t('workshop.group.borda')}</th>
              <th scope="col">{t('workshop.group.firstChoices')}</th>
              <th scope="col">{t('workshop.group.blocked')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.rows.map(([label, ...cells], i) => (
              <tr key={aggregate.groupMean[i]?.option ?? i}>
                <th scope="row">{label}</th>
                {cells.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('workshop.group.explain')}</p>
    </div>
  );
}

/** Every participant's ranking side by side: one column per participant, their top pick first. */
export function RankingsSideBySide({ aggregate, names, text }: { aggregate: WorkshopAggregate; names: ReadonlyMap<string, string>; text: WorkshopText }) {
  const { t } = text;
  const id = useId();
  const options = aggregate.groupMean.map((row) => row.option);
  return (
    <div className="workshop-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="workshop-table workshop-table--matrix">
        <caption id={`${id}-caption`}>{t('workshop.rankings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.group.option')}</th>
            {aggregate.participants.map((p) => (
              <th scope="col" key={p.id}>
                {names.get(p.id) ?? p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="workshop-table__top">
            <th scope="row">{t('workshop.rankings.topPick')}</th>
            {aggregate.participants.map((p) => (
              <td key={p.id}>{topPick(p.tops, text, t)}</td>
            ))}
          </tr>
          {options.map((option) => (
            <tr key={option}>
              <th scope="row">{text.option(option)}</th>
              {aggregate.participants.map((p) => {
                const entry = p.scored.ranking.find((r) => r.option === option);
                const place = p.places[option];
                if (!entry || !place) return <td key={p.id} />;
                return (
                  <td key={p.id} className={entry.verdict === 'not-recommended' ? 'workshop-cell--blocked' : place.rank === 1 ? 'workshop-cell--first' : undefined}>
                    {t(place.tied ? 'workshop.rankings.cellTied' : 'workshop.rankings.cell', { rank: place.rank, score: text.score(entry.score) })}
                    {entry.verdict === 'not-recommended' ? <span className="workshop-cell__note">{t('workshop.rankings.blocked')}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
