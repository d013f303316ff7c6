import '@/i18n/domains/report';
import { MAX_CHANGE_EVALUATIONS } from '@/engine/robustness/changes';
import type { RankedOption, Result, Scored, WeightStability } from '@/engine/score/types';
import { pluralKey, type Translate } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';

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

/**
 * A weight range in the words the user chose: for a criterion whose weight comes from an answer
 * (`weightFrom`), the answers whose weight keeps the first option first ("“Moderately important” or
 * higher"). Undefined when the weight does not come from an answer (a default or a what-if weight),
 * or when every answer keeps it.
 */
export function answerRange(pack: Pack, stability: WeightStability, t: Translate, choice: (question: string, value: string) => string): { question: string; choices: string } | undefined {
  const from = pack.criteria.find((c) => c.id === stability.criterion)?.weightFrom;
  const question = from ? pack.sections.flatMap((s) => s.questions).find((q) => q.id === from.question) : undefined;
  if (!from || !question || question.kind !== 'choice') return undefined;
  const weights = question.choices.map((c) => (Object.hasOwn(from.weights, c.value) ? from.weights[c.value] : undefined));
  if (!weights.some((w) => w !== undefined && Math.abs(w - stability.current) <= 1e-9)) return undefined;
  const kept = question.choices.flatMap((c, i) => {
    const w = weights[i];
    return w !== undefined && w >= stability.min - 1e-9 && w <= stability.max + 1e-9 ? [i] : [];
  });
  if (kept.length === 0 || kept.length === question.choices.length) return undefined;
  const name = (i: number) => t('report.decision.question', { text: choice(question.id, question.choices[i]?.value ?? '') });
  const first = kept[0] ?? 0;
  const last = kept[kept.length - 1] ?? 0;
  const contiguous = last - first + 1 === kept.length;
  const choices =
    contiguous && last === question.choices.length - 1 && kept.length > 1
      ? t('report.decision.orHigher', { choice: name(first) })
      : contiguous && first === 0 && kept.length > 1
        ? t('report.decision.orLower', { choice: name(last) })
        : `${kept.slice(0, -1).map(name).join(t('report.decision.list'))}${kept.length > 1 ? t('report.decision.or') : ''}${name(last)}`;
  return { question: question.id, choices };
}

/** "X stays first as long as the answer to “Q” is “A” or higher, as far as the weight of C goes", or undefined (see answerRange). */
export function answerRangeLine(
  pack: Pack,
  stability: WeightStability,
  option: string,
  t: Translate,
  names: DecisionNames & { readonly choice: (question: string, value: string) => string },
): string | undefined {
  const range = answerRange(pack, stability, t, names.choice);
  if (!range) return undefined;
  return t('report.decision.answerRange', {
    option: quoted(t, names.option(option)),
    question: t('report.decision.question', { text: names.question(range.question) }),
    choices: range.choices,
    criterion: quoted(t, names.criterion(stability.criterion)),
  });
}
