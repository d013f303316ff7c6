import '@/i18n/domains/report';
import { MAX_CHANGE_EVALUATIONS } from '@/engine/changes';
import type { RankedOption, Result, Scored } from '@/engine/types';
import { pluralKey, type Translate } from '@/i18n/t';

/**
 * How close the decision is, in words, for every medium (screen, terminal, PDF): ties, leads too
 * close to call, a sampled favourite other than the point pick, and what the list of changes
 * covers. Each medium passes its own names and number formats; the sentences are the same.
 */
export type DecisionNames = {
  /** An option's plain name (quoted here where the language quotes names). */
  readonly option: (id: string) => string;
  readonly criterion: (id: string) => string;
  /** A question's text, without a closing full stop. */
  readonly question: (id: string) => string;
  readonly points: (value: number) => string;
  readonly percent: (share: number) => string;
  readonly count: (value: number) => string;
};

/** True when another option shares this one's rank (equal scores, same standing). */
export function isTiedRank(ranking: readonly RankedOption[], entry: RankedOption): boolean {
  return ranking.some((other) => other !== entry && other.rank === entry.rank);
}

/** A rank for lists and tables: "1" alone, "1=" / 「1位（同点）」 when shared; `plain` formats an unshared one. */
export function rankLabel(ranking: readonly RankedOption[], entry: RankedOption, t: Translate, plain: (rank: number) => string = String): string {
  return isTiedRank(ranking, entry) ? t('report.decision.rankTied', { rank: entry.rank }) : plain(entry.rank);
}

function quoted(t: Translate, text: string): string {
  return t('report.quote', { text });
}

/** "A", "A and B", "A, B and C" (Japanese: 「A」と「B」). */
function list(t: Translate, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(t('report.decision.list'))}${t('report.decision.and')}${items[items.length - 1] ?? ''}`;
}

/**
 * The sentences that qualify the first place, or none for a clear lead: a tie ("A and B are tied"),
 * or a lead under 1 point ("too close to call"), each with the criterion that separates the two
 * most and the questions behind it.
 */
export function closeCallLines(scored: Scored, t: Translate, names: DecisionNames): string[] {
  const call = scored.closeCall;
  if (!call) return [];
  const option = (id: string) => quoted(t, names.option(id));
  const lines =
    call.tied.length > 1
      ? [t('report.decision.tie', { options: list(t, call.tied.map(option)) })]
      : [t('report.decision.close', { first: option(call.first), second: option(call.second), lead: names.points(call.lead) })];
  if (call.criterion !== undefined) {
    const criterion = quoted(t, names.criterion(call.criterion));
    lines.push(
      call.questions.length > 0
        ? t('report.decision.separates', { criterion, questions: list(t, call.questions.map((q) => t('report.decision.question', { text: names.question(q) }))) })
        : t('report.decision.separatesProfile', { criterion }),
    );
  }
  return lines;
}

/** "Under plausible scenarios, B comes first more often (47%) than A (18%)", when another option does; otherwise null. */
export function samplesLine(result: Result, t: Translate, names: DecisionNames): string | null {
  const top = result.ranking[0]?.option;
  if (top === undefined) return null;
  const shares = result.robustness.acceptability;
  const topShare = shares[top] ?? 0;
  let other: string | undefined;
  for (const entry of result.ranking) {
    const share = shares[entry.option] ?? 0;
    if (entry.option !== top && share > topShare && (other === undefined || share > (shares[other] ?? 0))) other = entry.option;
  }
  if (other === undefined) return null;
  return t('report.decision.samplesPrefer', {
    other: quoted(t, names.option(other)),
    otherShare: names.percent(shares[other] ?? 0),
    top: quoted(t, names.option(top)),
    topShare: names.percent(topShare),
  });
}

/**
 * What the list of answer changes covers: for a tie, that any listed change decides it; lines not
 * listed (beyond `shown` lines, or found beyond the engine's cap); open questions counted as changes;
 * questions not tried; a search cut short at its work limit.
 */
export function changeNotes(result: Result, shown: number, t: Translate, names: DecisionNames): string[] {
  const { changes, changeSearch } = result.robustness;
  const notes: string[] = [];
  const tied = result.closeCall?.tied ?? [];
  if (tied.length > 1 && changes.length > 0) notes.push(t('report.decision.tieChanges', { options: list(t, tied.map((id) => quoted(t, names.option(id)))) }));
  const more = Math.max(0, changes.length - shown) + changeSearch.more;
  if (more > 0) notes.push(t(pluralKey(more, 'report.decision.moreOne', 'report.decision.more'), { count: names.count(more) }));
  const tried = changeSearch.open - Math.min(changeSearch.open, changeSearch.notVaried);
  if (tried > 0) notes.push(t(pluralKey(changeSearch.open, 'report.decision.openOne', 'report.decision.open'), { count: names.count(changeSearch.open) }));
  const untried = changeSearch.notVaried;
  if (untried > 0) notes.push(t(pluralKey(untried, 'report.decision.notVariedOne', 'report.decision.notVaried'), { count: names.count(untried) }));
  if (!changeSearch.complete) notes.push(t('report.decision.cut', { count: names.count(MAX_CHANGE_EVALUATIONS) }));
  return notes;
}

/** Decision names from a medium's pack names and number formats; a question loses its closing full stop inside a sentence. */
export function decisionNames(
  names: { readonly option: (id: string) => string; readonly criterion: (id: string) => string; readonly question: (id: string) => string },
  formats: { readonly points: (value: number) => string; readonly percent: (share: number) => string; readonly count: (value: number) => string },
): DecisionNames {
  return {
    option: names.option,
    criterion: names.criterion,
    question: (id) => names.question(id).replace(/[。.]$/, ''),
    ...formats,
  };
}
