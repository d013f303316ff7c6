import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack, Question } from '@/rules/pack/pack-schema';
import { roomAgenda, type AgendaBasis, type AgendaItem } from './aggregate-agenda';
import { prepareRoom, roomRows, topOf } from './aggregate-impact';
import { viewQuestion } from './aggregate-spread';
import { answerOf, isAnswered } from '../score/answer-state';
import { notNeededQuestions } from '../express/assess';
import { SCORE_EPSILON, agreementBand, compareDesc, compareText, kendallW, midRanks, tiedRanks, type AgreementBand, type TiedRank } from './aggregate-stats';
import { RECOMMENDED_WITHIN } from '../score/score';
import type { Scored, ScoreSettings } from '../score/types';

export type { AgendaAnswer, AgendaBasis, AgendaChange, AgendaItem, AgendaOutcome } from './aggregate-agenda';

/** One participant of a workshop: an id unique in the workshop, a label and their answers. */
export type WorkshopMember = { readonly id: string; readonly label: string; readonly answers: Answers };

export type ParticipantRanking = {
  id: string;
  label: string;
  scored: Scored;
  /** Their first option, or null when every option is blocked for them (the first by option id when several tie). */
  top: string | null;
  /** Every option tied first for them (none when all are blocked). */
  tops: string[];
  /** Their tie-aware place of each option: equal scores (with the same guard status) share a place. */
  places: Record<string, TiedRank>;
};

export type GroupMeanRow = {
  option: string;
  /** Tie-aware place: options with equal means (and the same majority-blocked status) share the first place of their group. */
  rank: number;
  tied: boolean;
  /** Mean of the participants' scores (0..100). */
  mean: number;
  /** How many participants have a block guard on this option. */
  blockedFor: number;
};

export type GroupBordaRow = {
  option: string;
  /** Tie-aware place by points. */
  rank: number;
  tied: boolean;
  /** Σ over participants of (n − r), r their mid-rank of the option among n options (equal scores share their places' mean). */
  points: number;
  /** How many participants have it first, alone or tied. */
  firstChoices: number;
  /** Of these, how many share their first place with other options. */
  sharedFirstChoices: number;
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
  /** Visible but not answered, and able to change their recommendation. */
  unanswered: string[];
  /** Visible but not answered, and not needed: no answer to it could change their recommendation (an express run). */
  notNeeded: string[];
  /** Not shown to them (its showIf is false for their answers). */
  hidden: string[];
  /** 0 (all agree) .. 1 (split between the extremes). Text questions: 0. */
  disagreement: number;
  /** The room's middle answer: the lower median level (choice), the values more than half chose (multi); null for text or no answers. */
  median: AnswerValue | null;
  /** The distinct concrete answers given: choices in pack order; sets of a multi question in a fixed order. */
  values: AnswerValue[];
};

export type WorkshopAggregate = {
  participants: ParticipantRanking[];
  groupMean: GroupMeanRow[];
  groupBorda: GroupBordaRow[];
  /** First option of the mean ranking; null without participants or when it is blocked for most of them. */
  groupTop: string | null;
  /** Every option tied first in the mean ranking (empty when groupTop is null). */
  groupTops: string[];
  /** Options recommended by the participants' means: not blocked for most, within 3 points of the best mean. */
  groupRecommended: string[];
  agreement: Agreement;
  spreads: QuestionSpread[];
  /** Measured against the agreed answers (the rest at the room's medians); see roomAgenda. */
  agenda: AgendaItem[];
  agendaBasis: AgendaBasis;
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
 * - Ties: equal scores (closer than SCORE_EPSILON, same guard status) share a place everywhere:
 *   each participant's places, the group ranks ("#1="), Borda points by mid-ranks, and a first
 *   choice counted for every option tied first.
 * - Agenda: measured against the consensus of the agreed answers (`agreed`), the other questions
 *   at the room's median answers, with pairs of open questions; see roomAgenda.
 */
export function aggregateWorkshop(
  pack: Pack,
  participants: readonly WorkshopMember[],
  settings?: ScoreSettings,
  agreed: Answers = {},
): WorkshopAggregate {
  const room = prepareRoom(pack, participants, settings);
  const groupMean = roomRows(room);
  const groupTop = topOf(groupMean, participants.length);
  const questions = pack.sections.flatMap((section) => section.questions);
  const notNeeded = participants.map((p, i) => notNeededOf(pack, questions, p.answers, room.shown[i], settings));
  const spreads = questions.map((question, position) => viewQuestion(question, position, participants, room.shown, notNeeded).spread);
  const { agenda, basis } = roomAgenda(pack, spreads, agreed, settings);
  const m = participants.length;
  const majorityBlocked = (row: GroupMeanRow) => m > 0 && row.blockedFor * 2 > m;
  const best = groupMean.find((row) => !majorityBlocked(row))?.mean;
  return {
    participants: participants.map((p, i) => participantRanking(p, room.scored[i] as Scored)),
    groupMean,
    groupBorda: bordaRanking(pack, room.scored),
    groupTop,
    groupTops: groupTop === null ? [] : groupMean.filter((row) => row.rank === 1 && !majorityBlocked(row)).map((row) => row.option),
    groupRecommended: best === undefined || m === 0 ? [] : groupMean.filter((row) => !majorityBlocked(row) && row.mean >= best - RECOMMENDED_WITHIN).map((row) => row.option),
    agreement: agreement(pack, room.scored),
    spreads,
    agenda,
    agendaBasis: basis,
  };
}

const NOTHING: ReadonlySet<string> = new Set();

/** The open choice and list questions a participant's answers settle; the settledness analysis runs only when a shown choice or list question is open. */
function notNeededOf(pack: Pack, questions: readonly Question[], answers: Answers, shown: Uint8Array | undefined, settings: ScoreSettings | undefined): ReadonlySet<string> {
  const open = questions.some((q, position) => q.kind !== 'text' && shown?.[position] === 1 && !isAnswered(answerOf(answers, q.id)));
  if (!open) return NOTHING;
  // A free-text note never changes a score: it stays "no answer" rather than "not needed".
  const text = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  return new Set(notNeededQuestions(pack, answers, settings?.weights ? { weights: settings.weights } : {}).filter((id) => !text.has(id)));
}

/** The agenda again after the agreed answers changed (the participants' part of the aggregate stays). */
export function withAgreedAgenda(pack: Pack, aggregate: WorkshopAggregate, agreed: Answers, settings?: ScoreSettings): WorkshopAggregate {
  const { agenda, basis } = roomAgenda(pack, aggregate.spreads, agreed, settings);
  return { ...aggregate, agenda, agendaBasis: basis };
}

function participantRanking(member: WorkshopMember, scored: Scored): ParticipantRanking {
  const places = tiedRanks(sameAsPrevious(scored));
  const tops = scored.ranking.filter((entry, i) => places[i]?.rank === 1 && entry.verdict !== 'not-recommended').map((entry) => entry.option);
  return {
    id: member.id,
    label: member.label,
    scored,
    top: tops[0] ?? null,
    tops,
    places: Object.fromEntries(scored.ranking.map((entry, i) => [entry.option, places[i] ?? { rank: i + 1, tied: false }])),
  };
}

/** Per entry of a ranking: whether it ties with the one before (equal score, same guard status). */
function sameAsPrevious(scored: Scored): boolean[] {
  const ranking = scored.ranking;
  return ranking.map((entry, i) => {
    const previous = ranking[i - 1];
    return previous !== undefined && (previous.guards.length > 0) === (entry.guards.length > 0) && Math.abs(previous.score - entry.score) < SCORE_EPSILON;
  });
}

function bordaRanking(pack: Pack, scored: readonly Scored[]): GroupBordaRow[] {
  const n = pack.options.length;
  const points = new Map(pack.options.map((o) => [o.id, 0]));
  const firsts = new Map(pack.options.map((o) => [o.id, 0]));
  const shared = new Map(pack.options.map((o) => [o.id, 0]));
  for (const s of scored) {
    const ranks = midRanks(sameAsPrevious(s));
    s.ranking.forEach((entry, index) => points.set(entry.option, (points.get(entry.option) ?? 0) + n - (ranks[index] ?? index + 1)));
    const places = tiedRanks(sameAsPrevious(s));
    const firstPlace = s.ranking.filter((_, index) => places[index]?.rank === 1);
    for (const entry of firstPlace) {
      firsts.set(entry.option, (firsts.get(entry.option) ?? 0) + 1);
      if (firstPlace.length > 1) shared.set(entry.option, (shared.get(entry.option) ?? 0) + 1);
    }
  }
  const rows = pack.options
    .map((o) => ({ option: o.id, points: points.get(o.id) ?? 0, firstChoices: firsts.get(o.id) ?? 0, sharedFirstChoices: shared.get(o.id) ?? 0 }))
    .sort((a, b) => compareDesc(a.points, b.points) || compareText(a.option, b.option));
  const places = tiedRanks(rows.map((row, i) => i > 0 && compareDesc(rows[i - 1]?.points ?? 0, row.points) === 0));
  return rows.map((row, i) => ({ ...row, rank: places[i]?.rank ?? i + 1, tied: places[i]?.tied ?? false }));
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
  const ranks = midRanks(sameAsPrevious(scored));
  const byOption = new Map(ranking.map((entry, i) => [entry.option, ranks[i] ?? 0]));
  return pack.options.map((o) => byOption.get(o.id) ?? 0);
}
