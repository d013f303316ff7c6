import '@/i18n/domains/results';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { Option } from '@/rules/pack/pack-schema';
import { isolate } from '@/ui/isolate';

/** What to do next with an option: its actions, risks with mitigations, and licence. */
export function OptionPlan({ option }: { option: Option }) {
  const { lang, t } = useLanguage();
  return (
    <div className="plan">
      <h4>{t('results.plan.actionsHeading')}</h4>
      <ul className="plan__actions">
        {option.actions.map((action, i) => (
          <li key={i} className="plan__action">
            <span>{localize(action.text, lang)}</span>
            <dl className="plan__tags">
              <div>
                <dt>{t('results.plan.colHorizon')}</dt>
                <dd>{t(`results.horizon.${action.horizon}`)}</dd>
              </div>
              <div>
                <dt>{t('results.plan.colOwner')}</dt>
                <dd>{t(`results.owner.${action.owner}`)}</dd>
              </div>
              <div>
                <dt>{t('results.plan.colPhase')}</dt>
                <dd>{t(`results.phase.${action.phase}`)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <h4>{t('results.plan.risksHeading')}</h4>
      <ul className="plan__risks">
        {option.risks.map((risk, i) => (
          <li key={i}>
            {localize(risk.text, lang)}
            <br />
            <span className="plan__mitigation">{isolate(t('results.plan.mitigation'), { text: localize(risk.mitigation, lang) })}</span>
          </li>
        ))}
      </ul>
      <h4>{t('results.plan.licenceHeading')}</h4>
      <p>
        {isolate(t('results.plan.licence'), { kind: t(`results.licenceKind.${option.licence.kind}`), text: localize(option.licence.text, lang) })}
      </p>
    </div>
  );
}
