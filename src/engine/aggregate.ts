import type { AnswerValue, Answers } from '@/rules/answers-schema';
import type { Pack, Question } from '@/rules/pack-schema';
import { outcomeRows, prepareRoom, roomRows, topOf, type Room } from './aggregate-impact';
import { answerKey, viewQuestion, type QuestionView } from './aggregate-spread';
import { SCORE_EPSILON, agreementBand, compareDesc, compareText, kendallW, midRanks, type AgreementBand } from './aggregate-stats';
import type { Scored, ScoreSettings } from './types';

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
  const room = prepareRoom(pack, participants, settings);
  const groupMean = roomRows(room);
  const groupTop = topOf(groupMean, participants.length);
  const views = pack.sections.flatMap((section) => section.questions).map((question, position) => viewQuestion(question, position, participants, room.shown));
  const agenda = views
    .map((view) => agendaItem(room, view, groupTop))
    .filter((item): item is AgendaItem => item !== null)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compareDesc(a.item.priority, b.item.priority) || a.index - b.index)
    .map((entry) => entry.item);
  return {
    participants: participants.map((p, i) => ({ id: p.id, label: p.label, scored: room.scored[i] as Scored, top: firstOption(room.scored[i] as Scored) })),
    groupMean,
    groupBorda: bordaRanking(pack, room.scored),
    groupTop,
    agreement: agreement(pack, room.scored),
    spreads: views.map((view) => view.spread),
    agenda,
  };
}

/** The option a scored answers set puts first, or null when every option is blocked. */
export function firstOption(scored: Scored): string | null {
  const first = scored.ranking[0];
  return first && first.verdict !== 'not-recommended' ? first.option : null;
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

function agendaItem(room: Room, view: QuestionView, groupTop: string | null): AgendaItem | null {
  const { question, spread } = view;
  if (question.kind === 'text' || spread.values.length < 2) return null;
  const givenKeys = view.given.map((given) => (given === undefined ? undefined : answerKey(question, given)));
  const outcomes: AgendaOutcome[] = spread.values.map((value) => {
    const key = answerKey(question, value);
    const rows = outcomeRows(room, view.position, value, (i) => givenKeys[i] === key);
    const means = Object.fromEntries(room.pack.options.map((o) => [o.id, rows.find((r) => r.option === o.id)?.mean ?? 0]));
    return { value, top: topOf(rows, room.raw.length), means };
  });
  const impact = Math.max(
    0,
    ...room.pack.options.map((o) => {
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
