import type { AnswerValue, Answers } from '@/rules/answers-schema';
import type { Pack, Question } from '@/rules/pack-schema';
import {
  SCORE_EPSILON,
  agreementBand,
  kendallW,
  lowerMedian,
  midRanks,
  ordinalDisagreement,
  setDisagreement,
  type AgreementBand,
} from './aggregate-stats';
import { rankOptions } from './score';
import type { Scored, ScoreSettings } from './types';
import { isQuestionVisible } from './visibility';

/** One participant of a workshop: an id unique in the workshop, a label and their answers. */
export type WorkshopMember = { readonly id: string; readonly label: string; readonly answers: Answers };

export type ParticipantRanking = {
  id: string;
  label: string;
  scored: Scored;
  /** Their first option, or null when every option is blocked for them. */
  top: string | null;
};

export type GroupMeanRow = {
  option: string;
  rank: number;
  /** Mean of the participants' scores (0..100). */
  mean: number;
  /** How many participants have a block guard on this option. */
  blockedFor: number;
};

export type GroupBordaRow = {
  option: string;
  rank: number;
  /** Σ over participants of (n − r), r their 1-based rank of the option among n options. */
  points: number;
  /** How many participants rank it first. */
  firstChoices: number;
};

export type Agreement = {
  /** Kendall's W in [0, 1]; null without participants; 1 by convention for a single one. */
  w: number | null;
  band: AgreementBand | null;
  raters: number;
  /** `single`: one participant, W says nothing about agreement; `none`: no participants. */
  basis: 'none' | 'single' | 'group';
};

export type QuestionSpread = {
  question: string;
  kind: Question['kind'];
  /** Participants per choice (choice) or per value (multi), every choice listed in pack order; text: empty. */
  counts: Record<string, number>;
  /** Ids of the participants behind each count, in the participants' order. */
  byValue: Record<string, string[]>;
  /** Ids with a concrete answer (a visible answer other than "not sure"). */
  answered: string[];
  unsure: string[];
  /** Visible but not answered. */
  unanswered: string[];
  /** Not shown to them (its showIf is false for their answers). */
  hidden: string[];
  /** 0 (all agree) .. 1 (split between the extremes). Text questions: 0. */
  disagreement: number;
  /** The room's middle answer: the lower median level (choice), the values more than half chose (multi); null for text or no answers. */
  median: AnswerValue | null;
  /** The distinct concrete answers given: choices in pack order; sets of a multi question in a fixed order. */
  values: AnswerValue[];
};

export type AgendaOutcome = {
  value: AnswerValue;
  /** The group's first option if everyone gave this answer (other answers kept). */
  top: string | null;
  /** Group mean score of each option in that case. */
  means: Record<string, number>;
};

export type AgendaItem = {
  question: string;
  disagreement: number;
  impact: number;
  /** disagreement × impact: the agenda's sort key. */
  priority: number;
  /** True when two of the room's answers lead to different group first options. */
  changesTop: boolean;
  /** The group first options reached by some answer given in the room, other than the current one. */
  alternativeTops: string[];
  outcomes: AgendaOutcome[];
};

export type WorkshopAggregate = {
  participants: ParticipantRanking[];
  groupMean: GroupMeanRow[];
  groupBorda: GroupBordaRow[];
  /** First option of the mean ranking; null without participants or when it is blocked for most of them. */
  groupTop: string | null;
  agreement: Agreement;
  spreads: QuestionSpread[];
  agenda: AgendaItem[];
};

/**
 * Aggregates a workshop. Pure and deterministic; participant order changes nothing but the order
 * of the lists of participants.
 * - Each participant is ranked by `rankOptions` (guards included).
 * - Group mean ranking: options blocked for more than half the participants last, then mean score
 *   descending, then option id. Borda: an option ranked r of n earns n − r points; points
 *   descending, then option id.
 * - Agreement: Kendall's W over the participants' rankings, options with equal scores (and the same
 *   guard status) tied at their mid-rank, with the tie correction.
 * - Spread and disagreement per question (see QuestionSpread; unsure, unanswered and hidden answers
 *   are counted apart and take no part in the disagreement).
 * - Agenda: every choice or multi question with at least two distinct answers in the room. Impact:
 *   for each distinct answer v given, set the question to v for every participant (keeping their
 *   other answers; a participant to whom it is hidden is unchanged), recompute the group mean
 *   scores; impact = the largest difference of one option's group mean between two of these
 *   answers (points, 0..100). `changesTop` when these answers lead to different group first
 *   options. Sorted by disagreement × impact, descending, then pack order of the questions.
 */
export function aggregateWorkshop(
  pack: Pack,
  participants: readonly WorkshopMember[],
  settings?: ScoreSettings,
): WorkshopAggregate {
  const base = participants.map((p) => rankOptions(pack, p.answers, settings));
  const order = canonicalOrder(participants);
  const groupMean = meanRanking(pack, base, order);
  const groupTop = topOf(groupMean, participants.length);
  const questions = pack.sections.flatMap((section) => section.questions);
  const views = questions.map((question) => viewQuestion(pack, question, participants));
  const spreads = views.map((view) => view.spread);
  const agenda = views
    .map((view, index) => ({ item: agendaItem(pack, view, participants, base, order, groupTop, settings), index }))
    .filter((entry): entry is { item: AgendaItem; index: number } => entry.item !== null)
    .sort((a, b) => compareDesc(a.item.priority, b.item.priority) || a.index - b.index)
    .map((entry) => entry.item);
  return {
    participants: participants.map((p, i) => ({ id: p.id, label: p.label, scored: base[i] as Scored, top: firstOption(base[i] as Scored) })),
    groupMean,
    groupBorda: bordaRanking(pack, base),
    groupTop,
    agreement: agreement(pack, base),
    spreads,
    agenda,
  };
}

/** The option a scored answers set puts first, or null when every option is blocked. */
export function firstOption(scored: Scored): string | null {
  const first = scored.ranking[0];
  return first && first.verdict !== 'not-recommended' ? first.option : null;
}

function canonicalOrder(participants: readonly WorkshopMember[]): number[] {
  return participants.map((_, i) => i).sort((a, b) => compareText(participants[a]?.id ?? '', participants[b]?.id ?? '') || a - b);
}

function meanRanking(pack: Pack, scored: readonly Scored[], order: readonly number[]): GroupMeanRow[] {
  const m = scored.length;
  const rows = pack.options.map((option) => {
    let sum = 0;
    let blockedFor = 0;
    for (const i of order) {
      const entry = (scored[i] as Scored).ranking.find((r) => r.option === option.id);
      sum += entry?.score ?? 0;
      if (entry && entry.guards.length > 0) blockedFor += 1;
    }
    return { option: option.id, rank: 0, mean: m === 0 ? 0 : sum / m, blockedFor };
  });
  const blocked = (row: GroupMeanRow) => (m > 0 && row.blockedFor * 2 > m ? 1 : 0);
  rows.sort((a, b) => blocked(a) - blocked(b) || compareDesc(a.mean, b.mean) || compareText(a.option, b.option));
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

function topOf(rows: readonly GroupMeanRow[], m: number): string | null {
  const first = rows[0];
  if (!first || m === 0 || first.blockedFor * 2 > m) return null;
  return first.option;
}

function bordaRanking(pack: Pack, scored: readonly Scored[]): GroupBordaRow[] {
  const n = pack.options.length;
  const points = new Map(pack.options.map((o) => [o.id, 0]));
  const firsts = new Map(pack.options.map((o) => [o.id, 0]));
  for (const s of scored) {
    s.ranking.forEach((entry, index) => points.set(entry.option, (points.get(entry.option) ?? 0) + n - (index + 1)));
    const top = s.ranking[0]?.option;
    if (top !== undefined) firsts.set(top, (firsts.get(top) ?? 0) + 1);
  }
  return pack.options
    .map((o) => ({ option: o.id, rank: 0, points: points.get(o.id) ?? 0, firstChoices: firsts.get(o.id) ?? 0 }))
    .sort((a, b) => b.points - a.points || compareText(a.option, b.option))
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

function agreement(pack: Pack, scored: readonly Scored[]): Agreement {
  const raters = scored.length;
  if (raters === 0) return { w: null, band: null, raters, basis: 'none' };
  if (raters === 1) return { w: 1, band: agreementBand(1), raters, basis: 'single' };
  const w = kendallW(scored.map((s) => rankRow(pack, s)));
  return { w, band: agreementBand(w), raters, basis: 'group' };
}

/** One participant's ranks of the pack's options (pack order), equal scores tied at mid-rank. */
function rankRow(pack: Pack, scored: Scored): number[] {
  const ranking = scored.ranking;
  const ties = ranking.map((entry, i) => {
    const previous = ranking[i - 1];
    return previous !== undefined && (previous.guards.length > 0) === (entry.guards.length > 0) && Math.abs(previous.score - entry.score) < SCORE_EPSILON;
  });
  const ranks = midRanks(ties);
  const byOption = new Map(ranking.map((entry, i) => [entry.option, ranks[i] ?? 0]));
  return pack.options.map((o) => byOption.get(o.id) ?? 0);
}

type QuestionView = {
  question: Question;
  spread: QuestionSpread;
  /** Per participant: is the question hidden for them, and their concrete answer if any. */
  hidden: boolean[];
  given: (AnswerValue | undefined)[];
};

function viewQuestion(pack: Pack, question: Question, participants: readonly WorkshopMember[]): QuestionView {
  const choices = question.kind === 'text' ? [] : question.choices.map((c) => c.value);
  const counts: Record<string, number> = Object.fromEntries(choices.map((c) => [c, 0]));
  const byValue: Record<string, string[]> = Object.fromEntries(choices.map((c) => [c, []]));
  const answered: string[] = [];
  const unsure: string[] = [];
  const unanswered: string[] = [];
  const hiddenIds: string[] = [];
  const hidden: boolean[] = [];
  const given: (AnswerValue | undefined)[] = [];
  for (const p of participants) {
    const isHidden = !isQuestionVisible(pack, p.answers, question.id);
    hidden.push(isHidden);
    const value = isHidden ? undefined : concreteAnswer(question, p.answers[question.id]);
    given.push(value);
    if (isHidden) hiddenIds.push(p.id);
    else if (isUnsureValue(p.answers[question.id])) unsure.push(p.id);
    else if (value === undefined) unanswered.push(p.id);
    else {
      answered.push(p.id);
      const picked = question.kind === 'choice' ? [value as string] : question.kind === 'multi' ? (value as string[]) : [];
      for (const v of picked) {
        counts[v] = (counts[v] ?? 0) + 1;
        (byValue[v] ??= []).push(p.id);
      }
    }
  }
  const concrete = given.filter((v): v is AnswerValue => v !== undefined);
  const spread: QuestionSpread = {
    question: question.id,
    kind: question.kind,
    counts,
    byValue,
    answered,
    unsure,
    unanswered,
    hidden: hiddenIds,
    disagreement: disagreementOf(question, concrete, choices),
    median: medianOf(question, concrete, choices),
    values: distinctValues(question, concrete, choices),
  };
  return { question, spread, hidden, given };
}

/** The answer as a value of the question's kind, or undefined (unanswered, unsure or not valid); as the engine reads it, an empty list or blank text is no answer. */
function concreteAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | undefined {
  if (value === undefined || isUnsureValue(value)) return undefined;
  if (question.kind === 'text') return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  const valid = new Set(question.choices.map((c) => c.value));
  if (question.kind === 'choice') return typeof value === 'string' && valid.has(value) ? value : undefined;
  return Array.isArray(value) && value.length > 0 && value.every((v) => valid.has(v)) ? value : undefined;
}

function isUnsureValue(value: AnswerValue | undefined): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.unsure === true;
}

function disagreementOf(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): number {
  if (question.kind === 'choice') return ordinalDisagreement(concrete.map((v) => choices.indexOf(v as string)), choices.length);
  if (question.kind === 'multi') return setDisagreement(concrete as string[][]);
  return 0;
}

function medianOf(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): AnswerValue | null {
  if (concrete.length === 0 || question.kind === 'text') return null;
  if (question.kind === 'choice') return choices[lowerMedian(concrete.map((v) => choices.indexOf(v as string)))] ?? null;
  return choices.filter((c) => concrete.filter((v) => (v as string[]).includes(c)).length * 2 > concrete.length);
}

function setKey(values: readonly string[], choices: readonly string[]): string {
  return [...new Set(values.map((v) => choices.indexOf(v)))]
    .sort((a, b) => a - b)
    .map((i) => String(i).padStart(3, '0'))
    .join(',');
}

function distinctValues(question: Question, concrete: readonly AnswerValue[], choices: readonly string[]): AnswerValue[] {
  if (question.kind === 'choice') return choices.filter((c) => concrete.includes(c));
  if (question.kind === 'text') return [];
  const byKey = new Map<string, string[]>();
  for (const value of concrete as string[][]) {
    const key = setKey(value, choices);
    if (!byKey.has(key)) byKey.set(key, choices.filter((c) => value.includes(c)));
  }
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, value]) => value);
}

function sameValue(question: Question, a: AnswerValue | undefined, b: AnswerValue): boolean {
  if (a === undefined) return false;
  if (question.kind === 'multi') {
    const choices = question.choices.map((c) => c.value);
    return Array.isArray(a) && Array.isArray(b) && setKey(a, choices) === setKey(b, choices);
  }
  return a === b;
}

function agendaItem(
  pack: Pack,
  view: QuestionView,
  participants: readonly WorkshopMember[],
  base: readonly Scored[],
  order: readonly number[],
  groupTop: string | null,
  settings: ScoreSettings | undefined,
): AgendaItem | null {
  const { question, spread } = view;
  if (question.kind === 'text' || spread.values.length < 2) return null;
  const outcomes: AgendaOutcome[] = spread.values.map((value) => {
    const scored = participants.map((p, i) =>
      view.hidden[i] || sameValue(question, view.given[i], value)
        ? (base[i] as Scored)
        : rankOptions(pack, { ...p.answers, [question.id]: value }, settings),
    );
    const rows = meanRanking(pack, scored, order);
    const means = Object.fromEntries(pack.options.map((o) => [o.id, rows.find((r) => r.option === o.id)?.mean ?? 0]));
    return { value, top: topOf(rows, participants.length), means };
  });
  const impact = Math.max(
    0,
    ...pack.options.map((o) => {
      const means = outcomes.map((outcome) => outcome.means[o.id] ?? 0);
      return Math.max(...means) - Math.min(...means);
    }),
  );
  const tops = [...new Set(outcomes.map((o) => o.top))];
  return {
    question: question.id,
    disagreement: spread.disagreement,
    impact,
    priority: spread.disagreement * impact,
    changesTop: tops.length > 1,
    alternativeTops: tops.filter((t): t is string => t !== null && t !== groupTop),
    outcomes,
  };
}

/** Descending with a tolerance, so that sums taken in another order compare equal. */
function compareDesc(a: number, b: number): number {
  return Math.abs(a - b) < SCORE_EPSILON ? 0 : b - a;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
