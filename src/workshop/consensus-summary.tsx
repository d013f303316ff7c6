import '@/i18n/domains/workshop';
import type { Result } from '@/engine/types';
import { localize, pluralKey } from '@/i18n/t';
import type { Pack } from '@/rules/pack-schema';
import type { WorkshopText } from './workshop-text';

export type ConsensusSummaryProps = {
  pack: Pack;
  consensus: Result;
  agreedCount: number;
  questionCount: number;
  text: WorkshopText;
};

/** The recommendation of the agreed answers, scored like any answers set: its first option, score and actions. */
export function ConsensusSummary({ pack, consensus, agreedCount, questionCount, text }: ConsensusSummaryProps) {
  const { t } = text;
  const first = consensus.ranking[0];
  const recommended = first && first.verdict !== 'not-recommended' ? first : undefined;
  const option = recommended ? pack.options.find((o) => o.id === recommended.option) : undefined;
  const runnerUp = consensus.ranking[1];
  return (
    <div className="card workshop-consensus stack-tight">
      <p className="muted">{t(pluralKey(questionCount, 'workshop.consensus.basisOne', 'workshop.consensus.basisOther'), { count: agreedCount, total: questionCount })}</p>
      {recommended && option ? (
        <>
          <p className="workshop-verdict">{t('workshop.consensus.top', { option: localize(option.name, text.lang), score: text.score(recommended.score) })}</p>
          {runnerUp ? (
            <p>{t('workshop.consensus.runnerUp', { option: text.option(runnerUp.option), score: text.score(runnerUp.score) })}</p>
          ) : null}
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
      ) : (
        <p className="workshop-verdict">{t('workshop.consensus.none')}</p>
      )}
    </div>
  );
}
