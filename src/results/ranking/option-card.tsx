import '@/i18n/domains/results';
import { useId, useState } from 'react';
import type { RankedOption, UnknownGuard } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { isTiedRank } from '@/report/phrases/decision-phrase';
import { useFormats } from '../format';
import { OptionExplanation, OptionGuards } from './option-explanation';
import { OptionPlan } from './option-plan';
import type { PackText } from '../pack-text';
import { VerdictBadge } from './verdict-badge';
import { Button } from '@/ui/button';

type OptionCardProps = {
  ranked: RankedOption;
  ranking: readonly RankedOption[];
  text: PackText;
  unknownGuards: readonly UnknownGuard[];
};

/** One ranked option: rank, name, verdict, score, summary and guards; the explanation on demand. */
export function OptionCard({ ranked, ranking, text, unknownGuards }: OptionCardProps) {
  const { lang, t } = useLanguage();
  const f = useFormats();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const option = text.index.options.get(ranked.option);
  return (
    <li className={`option-card option-card--${ranked.verdict}`}>
      <div className="option-card__head">
        <span className="option-card__rank">{t(isTiedRank(ranking, ranked) ? 'results.ranking.rankTied' : 'results.ranking.rank', { rank: ranked.rank })}</span>
        <h3 className="option-card__name">{text.option(ranked.option)}</h3>
        <VerdictBadge verdict={ranked.verdict} />
        <span className="option-card__score">{t('results.ranking.score', { score: f.score(ranked.score) })}</span>
      </div>
      {option ? <p className="option-card__summary">{localize(option.summary, lang)}</p> : null}
      <OptionGuards ranked={ranked} ranking={ranking} text={text} unknownGuards={unknownGuards} />
      <Button
        variant="secondary"
        className="option-card__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t(open ? 'results.ranking.hideExplanation' : 'results.ranking.showExplanation')}
        <span className="visually-hidden">{t('results.ranking.explanationOf', { option: text.option(ranked.option) })}</span>
      </Button>
      <div id={panelId} className="option-card__details" hidden={!open}>
        {open ? (
          <>
            <OptionExplanation ranked={ranked} text={text} />
            {option ? <OptionPlan option={option} /> : null}
          </>
        ) : null}
      </div>
    </li>
  );
}
