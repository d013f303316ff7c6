import '@/i18n/domains/results';
import { useMemo } from 'react';
import type { Result, Scored } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import { pluralKey } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { buildRankingChart } from '@/report/model/chart-model';
import { closeCallLines, decisionNames, rankLabel, samplesLine } from '@/report/phrases/decision-phrase';
import { ChartSvg } from './chart-svg';
import { DataTable } from './data-table';
import { useFormats } from '../format';
import { OptionCard } from './option-card';
import type { PackText } from '../pack-text';

type RankingSectionProps = {
  pack: Pack;
  scored: Scored;
  /** The full result with robustness, once calculated (null before). */
  result: Result | null;
  text: PackText;
  /** A polite message when the what-if scenario changed the order. */
  announcement: string;
};

/** The options ranked: a bar chart of the scores, then one card per option with its explanation. */
export function RankingSection({ pack, scored, result, text, announcement }: RankingSectionProps) {
  const { lang, t } = useLanguage();
  const f = useFormats();
  const closeCall = useMemo(() => {
    const names = decisionNames(text, { points: f.score, percent: f.percent, count: f.count });
    // The samples' favourite, once robustness has been calculated for this same ranking.
    const current = result && result.ranking[0]?.option === scored.ranking[0]?.option ? samplesLine(result, t, names) : null;
    return [...closeCallLines(scored, t, names), ...(current ? [current] : [])];
  }, [scored, result, t, text, f]);
  const chart = useMemo(() => buildRankingChart(scored, pack, lang), [scored, pack, lang]);
  const label = t('results.ranking.chartLabel', {
    items: scored.ranking
      .map((o) => t('results.ranking.chartItem', { option: text.option(o.option), score: f.score(o.score), verdict: t(`results.verdict.${o.verdict}`) }))
      .join(t('results.robustness.list')),
  });
  return (
    <section className="results-section" aria-labelledby="results-ranking">
      <h2 id="results-ranking">{t('results.ranking.heading')}</h2>
      <p className="results-announce" role="status" aria-live="polite">
        {announcement}
      </p>
      {closeCall.length > 0 ? (
        <div className="results-close-call" role="note">
          {closeCall.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <ChartSvg model={chart} label={label}>
        <DataTable
          caption={t('results.ranking.tableCaption')}
          columns={[t('results.ranking.colOption'), t('results.ranking.colRank'), t('results.ranking.colScore'), t('results.ranking.colVerdict')]}
          rows={scored.ranking.map((o) => ({
            key: o.option,
            cells: [text.option(o.option), rankLabel(scored.ranking, o, t), f.score(o.score), t(`results.verdict.${o.verdict}`)],
          }))}
        />
      </ChartSvg>
      {scored.needsAnswers.length > 0 ? (
        <div className="results-needs-answers" role="note">
          <p>
            <strong>
              {t(pluralKey(scored.needsAnswers.length, 'results.ranking.needsAnswersOne', 'results.ranking.needsAnswersOther'), { count: scored.needsAnswers.length })}
            </strong>
          </p>
          <ul>
            {scored.needsAnswers.map((id) => (
              <li key={id}>{text.question(id)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="option-list">
        {scored.ranking.map((o) => (
          <OptionCard key={o.option} ranked={o} ranking={scored.ranking} text={text} unknownGuards={scored.unknownGuards} />
        ))}
      </ol>
    </section>
  );
}
