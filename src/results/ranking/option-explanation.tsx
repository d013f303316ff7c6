import '@/i18n/domains/results';
import type { Contribution, RankedOption, UnknownGuard } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import { localize, pluralKey, quotedInSentence, type MessageKey } from '@/i18n/t';
import { useFormats } from '../format';
import type { PackText } from '../pack-text';
import { SourceRef } from './source-ref';
import { isolate } from '@/ui/isolate';

type OptionExplanationProps = {
  ranked: RankedOption;
  /** The whole ranking, to point a blocked option to the best option that is not blocked. */
  ranking: readonly RankedOption[];
  text: PackText;
  /** Block guards that block only while answers are unknown, with the questions they wait for. */
  unknownGuards?: readonly UnknownGuard[];
};

function ContributionGroup({ title, items, text }: { title: MessageKey; items: Contribution[]; text: PackText }) {
  const { lang, t } = useLanguage();
  const f = useFormats();
  if (items.length === 0) return null;
  return (
    <div className="explanation__group">
      <h5>{t(title)}</h5>
      <ul className="contributions">
        {items.map((c) => {
          const rule = text.index.rules.get(c.rule);
          const tone = c.points > 0 ? 'for' : c.points < 0 ? 'against' : 'neutral';
          return (
            <li key={c.rule} className={`contribution contribution--${tone}`}>
              <strong className="contribution__points">{t('results.explain.points', { points: f.points(c.points) })}</strong>
              {t('results.explain.separator')}
              {rule ? localize(rule.because, lang) : c.rule} {rule ? <SourceRef index={text.index} id={rule.source} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type GuardNotesProps = { ids: readonly string[]; text: PackText; kind: 'block' | 'caution'; unknownGuards?: readonly UnknownGuard[] };

function GuardNotes({ ids, text, kind, unknownGuards = [] }: GuardNotesProps) {
  const { lang, t } = useLanguage();
  if (ids.length === 0) return null;
  return (
    <ul className={`guard-notes guard-notes--${kind}`}>
      {ids.map((id) => {
        const guard = text.index.guards.get(id);
        const waiting = kind === 'block' ? (unknownGuards.find((u) => u.guard === id)?.questions ?? []) : [];
        const questions = waiting.map((q) => t('results.guards.quoted', { text: quotedInSentence(text.question(q)) })).join(t('results.robustness.list'));
        return (
          <li key={id}>
            {waiting.length > 0 ? (
              <strong className="guard-notes__unknown">{t(pluralKey(waiting.length, 'results.guards.whileUnknownOne', 'results.guards.whileUnknownOther'), { questions })} </strong>
            ) : null}
            {guard ? localize(guard.because, lang) : id} {guard ? <SourceRef index={text.index} id={guard.source} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The guards that fired for an option: why it is not recommended and what to do instead, and cautions. */
export function OptionGuards({ ranked, ranking, text, unknownGuards }: OptionExplanationProps) {
  const { t } = useLanguage();
  const instead = ranking.find((o) => o.verdict !== 'not-recommended');
  if (ranked.guards.length === 0 && ranked.cautions.length === 0) return null;
  return (
    <div className="option-guards">
      {ranked.guards.length > 0 ? (
        <div className="option-guards__group option-guards__group--block">
          <h4>{t('results.guards.blockHeading')}</h4>
          <GuardNotes ids={ranked.guards} text={text} kind="block" {...(unknownGuards ? { unknownGuards } : {})} />
          <p>{instead ? isolate(t('results.guards.instead'), { option: text.option(instead.option) }) : t('results.guards.noAlternative')}</p>
        </div>
      ) : null}
      {ranked.cautions.length > 0 ? (
        <div className="option-guards__group option-guards__group--caution">
          <h4>{t('results.guards.cautionHeading')}</h4>
          <GuardNotes ids={ranked.cautions} text={text} kind="caution" />
        </div>
      ) : null}
    </div>
  );
}

/** Why an option scores what it does: the baseline and every contribution with its source, by size. */
export function OptionExplanation({ ranked, text }: Pick<OptionExplanationProps, 'ranked' | 'text'>) {
  const { t } = useLanguage();
  const f = useFormats();
  const byMagnitude = (a: Contribution, b: Contribution) => Math.abs(b.points) - Math.abs(a.points) || a.rule.localeCompare(b.rule);
  const pros = ranked.contributions.filter((c) => c.points > 0).sort(byMagnitude);
  const cons = ranked.contributions.filter((c) => c.points < 0).sort(byMagnitude);
  const flat = ranked.contributions.filter((c) => c.points === 0);
  return (
    <div className="explanation">
      <h4>{isolate(t('results.explain.heading'), { option: text.option(ranked.option) })}</h4>
      <p>{t('results.explain.baseline', { score: f.score(ranked.baseline) })}</p>
      {ranked.contributions.length === 0 ? <p>{t('results.explain.none')}</p> : null}
      <ContributionGroup title="results.explain.for" items={pros} text={text} />
      <ContributionGroup title="results.explain.against" items={cons} text={text} />
      <ContributionGroup title="results.explain.neutral" items={flat} text={text} />
      <p className="explanation__total">
        {t('results.explain.total', {
          score: f.score(ranked.score),
          baseline: f.score(ranked.baseline),
          delta: f.points(ranked.score - ranked.baseline),
        })}
      </p>
    </div>
  );
}
