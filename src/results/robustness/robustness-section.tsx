import '@/i18n/domains/results';
import { useMemo } from 'react';
import type { Result } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import type { Pack } from '@/rules/pack/pack-schema';
import { buildAcceptabilityChart, buildStabilityChart } from '@/report/model/chart-model';
import { ChartSvg } from '../ranking/chart-svg';
import { DataTable } from '../ranking/data-table';
import { useFormats } from '../format';
import type { PackText } from '../pack-text';
import { describeRobustness } from './robustness-text';
import { ROBUSTNESS_SAMPLES } from '../worker/use-results';
import { isolate } from '@/ui/isolate';

type RobustnessSectionProps = {
  pack: Pack;
  /** Null until the first analysis is done. */
  result: Result | null;
  calculating: boolean;
  text: PackText;
};

const SHOWN_CHANGES = 5;

/** How firm the ranking is: acceptability, weight stability and the answer changes that would change it. */
export function RobustnessSection({ pack, result, calculating, text }: RobustnessSectionProps) {
  const { lang, t } = useLanguage();
  const f = useFormats();
  const words = useMemo(() => (result ? describeRobustness(result, ROBUSTNESS_SAMPLES, text, t, f, pack) : null), [result, text, t, f, pack]);
  const charts = useMemo(
    () => (result ? { acceptability: buildAcceptabilityChart(result, pack, lang), stability: buildStabilityChart(result, pack, lang) } : null),
    [result, pack, lang],
  );
  const top = result?.ranking[0]?.option ?? '';
  return (
    <section className="results-section robustness" aria-labelledby="results-robustness" aria-busy={calculating}>
      <h2 id="results-robustness">{t('results.robustness.heading')}</h2>
      <p className="robustness__status" role="status" aria-live="polite">
        {calculating ? t('results.robustness.calculating') : ''}
      </p>
      {result && words && charts ? (
        <div className={calculating ? 'robustness__body robustness__body--stale' : 'robustness__body'}>
          <h3>{t('results.robustness.acceptabilityHeading')}</h3>
          <p>
            <strong>{words.headline}</strong> {words.strength}
          </p>
          {words.preferred ? (
            <p className="robustness__preferred" role="note">
              <strong>{words.preferred}</strong>
            </p>
          ) : null}
          {words.others.length > 0 ? (
            <ul>
              {words.others.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
          {words.neverFirst ? <p>{words.neverFirst}</p> : null}
          <p className="muted">{words.method}</p>
          <ChartSvg
            model={charts.acceptability}
            label={t('results.robustness.acceptabilityChart', {
              items: charts.acceptability.rows.map((r) => t('results.robustness.acceptabilityItem', { option: r.label, share: r.valueLabel })).join(t('results.robustness.list')),
            })}
          >
            <DataTable
              caption={t('results.robustness.tableCaptionShare')}
              columns={[t('results.ranking.colOption'), t('results.robustness.colShare')]}
              rows={charts.acceptability.rows.map((r) => ({ key: r.id, cells: [r.label, r.valueLabel] }))}
            />
          </ChartSvg>

          <h3>{t('results.robustness.stabilityHeading')}</h3>
          <p>{isolate(t('results.robustness.stabilityIntro'), { option: text.option(top) })}</p>
          {words.sensitive.length > 0 ? (
            <ul>
              {words.sensitive.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : null}
          {words.insensitive ? <p>{words.insensitive}</p> : null}
          <ChartSvg
            model={charts.stability}
            label={t('results.robustness.stabilityChart', {
              option: text.option(top),
              items: result.robustness.weightStability
                .map((s) =>
                  t('results.robustness.stabilityItem', {
                    criterion: text.criterion(s.criterion),
                    min: f.weight(s.min),
                    max: f.weight(s.max),
                    current: f.weight(s.current),
                  }),
                )
                .join(t('results.robustness.list')),
            })}
          >
            <DataTable
              caption={t('results.robustness.tableCaptionStability', { option: text.option(top) })}
              columns={[t('results.robustness.colCriterion'), t('results.robustness.colRange'), t('results.robustness.colCurrent')]}
              rows={charts.stability.rows.map((r) => ({ key: r.id, cells: [r.label, r.valueLabel, f.weight(r.current)] }))}
            />
          </ChartSvg>

          <h3>{t('results.robustness.changesHeading')}</h3>
          {words.changes.length === 0 ? <p>{t('results.robustness.noChanges')}</p> : null}
          <ul className="robustness__changes">
            {words.changes.slice(0, SHOWN_CHANGES).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          {words.changes.length > SHOWN_CHANGES ? (
            <details>
              <summary>{t('results.robustness.moreChanges', { count: f.count(words.changes.length - SHOWN_CHANGES) })}</summary>
              <ul className="robustness__changes">
                {words.changes.slice(SHOWN_CHANGES).map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {words.changeNotes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
