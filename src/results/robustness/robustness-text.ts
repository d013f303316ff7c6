import '@/i18n/domains/results';
import type { RankingChange, Result } from '@/engine/score/types';
import { phraseChange, type ChangeMessages } from '@/report/phrases/change-phrase';
import { answerRangeLine, changeNotes, decisionNames, samplesLine } from '@/report/phrases/decision-phrase';
import type { Pack } from '@/rules/pack/pack-schema';
import type { Translate } from '@/i18n/t';
import type { Formats } from '../format';
import type { PackText } from '../pack-text';
import { own } from '@/rules/own';

/** The robustness of a result in sentences (DESIGN.md "Robustness"). */
export type RobustnessText = {
  /** "<top> comes first in 87% of 2,000 plausible scenarios." */
  headline: string;
  /** Robust, moderately robust or fragile. */
  strength: string;
  method: string;
  /** The same sentence for every other option that is ever first, most often first. */
  others: string[];
  neverFirst: string | null;
  /** The criteria whose weight could change the top pick, narrowest range first. */
  sensitive: string[];
  /** The criteria whose weight (0–5) never changes the top pick. */
  insensitive: string | null;
  changes: string[];
  /** When another option comes first more often in the samples than the point pick: says so. */
  preferred: string | null;
  /** What the list of changes covers (a tie, lines not listed, open questions, a search cut short). */
  changeNotes: string[];
};

const ROBUST = 0.75;
const MODERATE = 0.5;
const MAX_WEIGHT = 5;

const CHANGE_MESSAGES: ChangeMessages = {
  clause: 'results.robustness.changeClause',
  join: 'results.robustness.changeJoin',
  or: 'results.robustness.changeOr',
  withLead: 'results.robustness.change',
  withoutLead: 'results.robustness.changeNoLead',
};

/** "If “Q” were “to” instead of “from” [and …], <option> would come first (by 3.1 points)." */
export function describeChange(change: RankingChange, text: PackText, t: Translate, f: Formats): string {
  return phraseChange(change, t, CHANGE_MESSAGES, { ...text, points: f.score });
}

export function describeRobustness(result: Result, samples: number, text: PackText, t: Translate, f: Formats, pack?: Pack): RobustnessText {
  const { acceptability, weightStability, changes } = result.robustness;
  const top = result.ranking[0]?.option ?? '';
  const firstIn = (option: string) =>
    t('results.robustness.firstIn', { option: text.option(option), share: f.percent(own(acceptability, option) ?? 0), samples: f.count(samples) });
  const topShare = acceptability[top] ?? 0;
  const others = result.ranking
    .map((o) => o.option)
    .filter((o) => o !== top && (acceptability[o] ?? 0) > 0)
    .sort((a, b) => (acceptability[b] ?? 0) - (acceptability[a] ?? 0));
  const never = result.ranking.map((o) => o.option).filter((o) => o !== top && (acceptability[o] ?? 0) === 0);
  const list = (ids: string[], name: (id: string) => string) => ids.map(name).join(t('results.robustness.list'));
  const names = decisionNames(text, { points: f.score, percent: f.percent, count: f.count });
  const full = weightStability.filter((s) => s.min <= 0 && s.max >= MAX_WEIGHT);
  const narrow = weightStability
    .filter((s) => !(s.min <= 0 && s.max >= MAX_WEIGHT))
    .sort((a, b) => a.max - a.min - (b.max - b.min));
  return {
    headline: firstIn(top),
    strength: t(topShare >= ROBUST ? 'results.robustness.robust' : topShare >= MODERATE ? 'results.robustness.moderate' : 'results.robustness.fragile'),
    method: t(result.unsure.length > 0 ? 'results.robustness.methodUnsure' : 'results.robustness.method', { samples: f.count(samples) }),
    others: others.map(firstIn),
    neverFirst: never.length > 0 ? t('results.robustness.neverFirst', { options: list(never, text.option) }) : null,
    sensitive: narrow.map(
      (s) =>
        // A weight set by an answer reads as that answer ("as long as … is “Important” or higher").
        (pack ? answerRangeLine(pack, s, top, t, { ...names, choice: text.choice }) : undefined) ??
        t(s.max - s.min < 1e-9 ? 'results.robustness.staysFirstOnly' : 'results.robustness.staysFirst', {
        option: text.option(top),
        criterion: text.criterion(s.criterion),
        min: f.weight(s.min),
        max: f.weight(s.max),
        current: f.weight(s.current),
      }),
    ),
    insensitive:
      full.length > 0 ? t('results.robustness.insensitive', { criteria: list(full.map((s) => s.criterion), text.criterion), option: text.option(top) }) : null,
    changes: changes.map((c) => describeChange(c, text, t, f)),
    preferred: samplesLine(result, t, names),
    changeNotes: changeNotes(result, changes.length, t, names),
  };
}
