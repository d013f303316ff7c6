import '@/i18n/domains/workshop';
import type { Result } from '@/engine/score/types';
import { localize } from '@/i18n/t';
import { consensusLines } from '@/report/phrases/workshop-phrases';
import type { Pack } from '@/rules/pack/pack-schema';
import type { WorkshopText } from '../workshop-text';

export type ConsensusSummaryProps = {
  pack: Pack;
  consensus: Result;
  agreedCount: number;
  questionCount: number;
  text: WorkshopText;
};

/**
 * The recommendation of the agreed answers, scored like any answers set: its basis (provisional
 * until every question is agreed), the first option or the options tied first, every other option
 * within the recommendation band, and the actions of a single first option.
 */
export function ConsensusSummary({ pack, consensus, agreedCount, questionCount, text }: ConsensusSummaryProps) {
  const { t } = text;
  const lines = consensusLines(consensus, agreedCount, questionCount, text, t);
  const option = lines.tops.length === 1 ? pack.options.find((o) => o.id === lines.tops[0]) : undefined;
  return (
    <div className="card workshop-consensus stack-tight">
      <p className="workshop-basis">
        {/* The label in bold, placed and punctuated by the language's line (「【…】」 in Japanese, " · " in English). */}
        {t('workshop.consensus.basisLine', { basis: lines.basis })
          .split(/(\{label\})/)
          .map((part, i) => (part === '{label}' ? <strong key={i}>{t('workshop.consensus.basisLabel')}</strong> : part))}
      </p>
      <p className="workshop-verdict">{lines.top}</p>
      {lines.alsoRecommended ? <p>{lines.alsoRecommended}</p> : null}
      {lines.runnerUp ? <p>{lines.runnerUp}</p> : null}
      {option ? (
        <>
          <p>{localize(option.summary, text.lang)}</p>
          <h3>{t('workshop.consensus.actionsHeading')}</h3>
          <ul className="workshop-actions">
            {option.actions.map((action, i) => (
              <li key={i}>
                <span>{localize(action.text, text.lang)}</span>{' '}
                <span className="muted">
                  {t('workshop.consensus.actionMeta', { horizon: t(`workshop.horizon.${action.horizon}`), owner: t(`workshop.owner.${action.owner}`) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
