import '@/i18n/domains/workshop';
import type { AgendaItem, WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { SCORE_EPSILON } from '@/engine/aggregate/aggregate-stats';
import type { Scored } from '@/engine/score/types';
import { quotedInSentence, type Translate } from '@/i18n/t';
import type { WorkshopWords } from './workshop-words';

/** One outcome in words: the first option(s) if the room agreed on that answer, ties named as ties. */
export function outcomeLine(text: WorkshopWords, t: Translate, question: string, outcome: { value: AgendaItem['outcomes'][number]['value']; tops: readonly string[] }, score: number | undefined): string {
  const answer = text.answer(question, outcome.value);
  if (outcome.tops.length === 0) return t('workshop.agenda.outcomeNone', { answer });
  const key = outcome.tops.length > 1 ? 'workshop.agenda.outcomeTied' : 'workshop.agenda.outcome';
  return t(key, { answer, options: text.options(outcome.tops), score: text.scoreInText(score ?? 0) });
}

/** The lines an agenda item shows about the outcome: whether it can change it, and how (screens and PDF alike). */
export function outcomeNote(item: AgendaItem, baseTops: readonly string[], text: WorkshopWords, t: Translate): { matters: boolean; lead: string; lines: string[] } {
  if (item.agreed || !item.changesTop || !item.change) {
    return {
      matters: false,
      lead: baseTops.length > 0 ? t('workshop.agenda.cannotChange', { options: text.options(baseTops) }) : t('workshop.agenda.cannotChangeNone'),
      lines: [],
    };
  }
  const { given, outcomes } = item.change;
  const scoreOf = (value: unknown, tops: readonly string[]) =>
    given === null ? item.outcomes.find((o) => JSON.stringify(o.value) === JSON.stringify(value))?.scores[tops[0] ?? ''] : undefined;
  const lines = outcomes.map((outcome) => {
    const score = scoreOf(outcome.value, outcome.tops);
    return score === undefined && outcome.tops.length > 0
      ? t(outcome.tops.length > 1 ? 'workshop.agenda.outcomeTiedNoScore' : 'workshop.agenda.outcomeNoScore', { answer: text.answer(item.question, outcome.value), options: text.options(outcome.tops) })
      : outcomeLine(text, t, item.question, outcome, score);
  });
  return {
    matters: true,
    lead: given === null ? t('workshop.agenda.canChange') : t('workshop.agenda.canChangeWith', { question: quotedInSentence(text.question(given.question)), given: text.answer(given.question, given.value) }),
    lines,
  };
}


/** The consensus in words: which option(s) the agreed answers recommend, ties and the 3-point band named (card and PDF alike). */
export type ConsensusLines = {
  /** "Provisional: 4 of 29 questions agreed." or "All 29 questions agreed." */
  basis: string;
  top: string;
  /** Every option the agreed answers recommend (tied first and within 3 points), in ranking order. */
  recommended: string[];
  /** The first options, several when tied. */
  tops: string[];
  alsoRecommended?: string;
  runnerUp?: string;
};

export function consensusLines(consensus: Scored, agreedCount: number, total: number, w: WorkshopWords, t: Translate): ConsensusLines {
  const basis = agreedCount >= total ? t('workshop.consensus.complete', { total }) : t('workshop.consensus.provisional', { count: agreedCount, total });
  const open = consensus.ranking.filter((entry) => entry.verdict !== 'not-recommended');
  const first = open[0];
  if (!first) return { basis, top: t('workshop.consensus.none'), recommended: [], tops: [] };
  const tops = open.filter((entry) => Math.abs(entry.score - first.score) < SCORE_EPSILON).map((entry) => entry.option);
  const recommended = open.filter((entry) => entry.verdict === 'recommended').map((entry) => entry.option);
  const others = recommended.filter((id) => !tops.includes(id));
  const next = open.find((entry) => !recommended.includes(entry.option) && !tops.includes(entry.option));
  return {
    basis,
    top:
      tops.length > 1
        ? t('workshop.consensus.tied', { options: w.options(tops), score: w.scoreInText(first.score) })
        : t('workshop.consensus.top', { option: w.option(first.option), score: w.scoreInText(first.score) }),
    recommended: [...new Set([...tops, ...recommended])],
    tops,
    ...(others.length > 0 ? { alsoRecommended: t('workshop.consensus.alsoRecommended', { options: w.options(others) }) } : {}),
    ...(next ? { runnerUp: t('workshop.consensus.runnerUp', { option: w.option(next.option), score: w.scoreInText(next.score) }) } : {}),
  };
}

/** The group ranking in words: its basis, the first option(s), ties and the 3-point band (screen and PDF alike). */
export function groupLines(aggregate: WorkshopAggregate, w: WorkshopWords, t: Translate): { basis: string; top: string; alsoRecommended?: string; split?: string; rows: string[][] } {
  const m = aggregate.participants.length;
  const tops = aggregate.groupTops;
  const bordaTops = aggregate.groupBorda.filter((row) => row.rank === 1).map((row) => row.option);
  const others = aggregate.groupRecommended.filter((id) => !tops.includes(id));
  const borda = new Map(aggregate.groupBorda.map((row) => [row.option, row]));
  const points = new Intl.NumberFormat(w.locale, { maximumFractionDigits: 1 });
  return {
    basis: t('workshop.group.basis', { count: m }),
    top: tops.length === 0 ? t('workshop.group.noTop') : tops.length > 1 ? t('workshop.group.topTied', { options: w.options(tops) }) : t('workshop.group.top', { option: w.option(tops[0] ?? '') }),
    ...(others.length > 0 ? { alsoRecommended: t('workshop.group.alsoRecommended', { options: w.options(others) }) } : {}),
    ...(tops.length > 0 && bordaTops.length > 0 && !bordaTops.some((id) => tops.includes(id))
      ? { split: t('workshop.group.split', { mean: w.options(tops), borda: w.options(bordaTops) }) }
      : {}),
    rows: aggregate.groupMean.map((row) => {
      const b = borda.get(row.option);
      return [
        t(row.tied ? 'workshop.group.rankedTied' : 'workshop.group.ranked', { rank: row.rank, option: w.option(row.option) }),
        w.score(row.mean),
        b ? t(b.tied ? 'workshop.group.bordaCellTied' : 'workshop.group.bordaCell', { points: points.format(b.points), rank: b.rank }) : '',
        b
          ? b.sharedFirstChoices > 0
            ? t('workshop.group.sharedFirst', { count: b.firstChoices, total: m, shared: b.sharedFirstChoices })
            : t('workshop.group.ofParticipants', { count: b.firstChoices, total: m })
          : '',
        t('workshop.group.ofParticipants', { count: row.blockedFor, total: m }),
      ];
    }),
  };
}

/** A participant's first option(s) in words, ties named as ties. */
export function topPick(tops: readonly string[], w: WorkshopWords, t: Translate): string {
  if (tops.length === 0) return t('workshop.participants.noTop');
  return tops.length > 1 ? t('workshop.participants.topTied', { options: w.options(tops) }) : w.option(tops[0] ?? '');
}
