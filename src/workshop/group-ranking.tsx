import '@/i18n/domains/workshop';
import { useId } from 'react';
import type { Agreement, WorkshopAggregate } from '@/engine/aggregate';
import type { WorkshopText } from './workshop-text';

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

/** The group ranking by mean score, with each option's Borda count beside it. */
export function GroupRanking({ aggregate, text }: { aggregate: WorkshopAggregate; text: WorkshopText }) {
  const { t } = text;
  const id = useId();
  const m = aggregate.participants.length;
  const borda = new Map(aggregate.groupBorda.map((row) => [row.option, row]));
  const meanTop = aggregate.groupTop;
  const bordaTop = aggregate.groupBorda[0]?.option;
  return (
    <div className="stack-tight">
      {meanTop ? (
        <p className="workshop-verdict">{t('workshop.group.top', { option: text.option(meanTop) })}</p>
      ) : (
        <p className="workshop-verdict">{t('workshop.group.noTop')}</p>
      )}
      {meanTop && bordaTop && bordaTop !== meanTop ? (
        <p>{t('workshop.group.split', { mean: text.option(meanTop), borda: text.option(bordaTop) })}</p>
      ) : null}
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
            {aggregate.groupMean.map((row) => {
              const b = borda.get(row.option);
              return (
                <tr key={row.option}>
                  <th scope="row">{t('workshop.group.ranked', { rank: row.rank, option: text.option(row.option) })}</th>
                  <td>{text.score(row.mean)}</td>
                  <td>{b ? t('workshop.group.bordaCell', { points: b.points, rank: b.rank }) : ''}</td>
                  <td>{b ? t('workshop.group.ofParticipants', { count: b.firstChoices, total: m }) : ''}</td>
                  <td>{row.blockedFor > 0 ? t('workshop.group.ofParticipants', { count: row.blockedFor, total: m }) : '–'}</td>
                </tr>
              );
            })}
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
              <td key={p.id}>{p.top ? text.option(p.top) : t('workshop.participants.noTop')}</td>
            ))}
          </tr>
          {options.map((option) => (
            <tr key={option}>
              <th scope="row">{text.option(option)}</th>
              {aggregate.participants.map((p) => {
                const entry = p.scored.ranking.find((r) => r.option === option);
                if (!entry) return <td key={p.id} />;
                return (
                  <td key={p.id} className={entry.verdict === 'not-recommended' ? 'workshop-cell--blocked' : entry.rank === 1 ? 'workshop-cell--first' : undefined}>
                    {t('workshop.rankings.cell', { rank: entry.rank, score: text.score(entry.score) })}
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
