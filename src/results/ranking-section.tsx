import '@/i18n/domains/results';
import { useMemo } from 'react';
import type { Scored } from '@/engine/types';
import { useLanguage } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack-schema';
import { buildRankingChart } from '@/report/chart-model';
import { ChartSvg } from './chart-svg';
import { DataTable } from './data-table';
import { useFormats } from './format';
import { OptionCard } from './option-card';
import type { PackText } from './pack-text';

type RankingSectionProps = {
  pack: Pack;
  scored: Scored;
  text: PackText;
  /** A polite message when the what-if scenario changed the order. */
  announcement: string;
};

/** The options ranked: a bar chart of the scores, then one card per option with its explanation. */
export function RankingSection({ pack, scored, text, announcement }: RankingSectionProps) {
  const { lang, t } = useLanguage();
  const f = useFormats();
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
      <ChartSvg model={chart} label={label}>
        <DataTable
          caption={t('results.ranking.tableCaption')}
          columns={[t('results.ranking.colOption'), t('results.ranking.colRank'), t('results.ranking.colScore'), t('results.ranking.colVerdict')]}
          rows={scored.ranking.map((o) => ({
            key: o.option,
            cells: [text.option(o.option), String(o.rank), f.score(o.score), t(`results.verdict.${o.verdict}`)],
          }))}
        />
      </ChartSvg>
      <ol className="option-list">
        {scored.ranking.map((o) => (
          <OptionCard key={o.option} ranked={o} ranking={scored.ranking} text={text} unknownGuards={scored.unknownGuards} />
        ))}
      </ol>
    </section>
  );
}
