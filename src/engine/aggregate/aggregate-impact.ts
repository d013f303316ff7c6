import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { GroupMeanRow } from './aggregate';
import { compareDesc, compareText, tiedRanks } from './aggregate-stats';
import { readAnswers, type AnswerState } from '../score/answer-state';
import { evaluate, resolveOverride } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import { scoredFrom } from '../score/score';
import type { Scored, ScoreSettings } from '../score/types';

/**
 * The room read once for fast what-ifs: each participant's answer state and scores, evaluated
 * with the engine's own arrays (the same formula as rankOptions, without building explanations),
 * so that setting one question for everyone costs one evaluation per participant.
 */
export type Room = {
  readonly pack: Pack;
  readonly model: Model;
  readonly override: Float64Array;
  readonly raw: readonly AnswerState[];
  readonly scored: readonly Scored[];
  /** Per participant: 1 where a question is shown to them (pack order). */
  readonly shown: readonly Uint8Array[];
  readonly scores: readonly Float64Array[];
  readonly blocked: readonly Uint8Array[];
  /** Participant indexes sorted by id: sums are taken in this order, whatever the input order. */
  readonly order: readonly number[];
};

/** Reads and scores every participant once (pure; never throws, like rankOptions). */
export function prepareRoom(pack: Pack, participants: readonly { id: string; answers: Answers }[], settings: ScoreSettings | undefined): Room {
  const model = packModel(pack);
  const override = resolveOverride(model, settings?.weights);
  const raw = participants.map((p) => readAnswers(model.index, p.answers));
  const evaluations = raw.map((state) => evaluate(model, state, override));
  return {
    pack,
    model,
    override,
    raw,
    scored: evaluations.map((evaluation) => scoredFrom(pack, model, evaluation)),
    shown: evaluations.map((e) => e.shown),
    scores: evaluations.map((e) => e.scores),
    blocked: evaluations.map((e) => e.blocked),
    order: participants.map((_, i) => i).sort((a, b) => compareText(participants[a]?.id ?? '', participants[b]?.id ?? '') || a - b),
  };
}

/** The group mean ranking from per-option sums: options blocked for more than half last, then mean descending, then id. */
export function meanRows(pack: Pack, sums: ArrayLike<number>, blockedFor: ArrayLike<number>, m: number): GroupMeanRow[] {
  const rows = pack.options.map((option, o) => ({ option: option.id, rank: 0, tied: false, mean: m === 0 ? 0 : (sums[o] ?? 0) / m, blockedFor: blockedFor[o] ?? 0 }));
  const blocked = (row: GroupMeanRow) => (m > 0 && row.blockedFor * 2 > m ? 1 : 0);
  rows.sort((a, b) => blocked(a) - blocked(b) || compareDesc(a.mean, b.mean) || compareText(a.option, b.option));
  const places = tiedRanks(rows.map((row, i) => {
    const previous = rows[i - 1];
    return previous !== undefined && blocked(previous) === blocked(row) && compareDesc(previous.mean, row.mean) === 0;
  }));
  return rows.map((row, i) => ({ ...row, rank: places[i]?.rank ?? i + 1, tied: places[i]?.tied ?? false }));
}

/** The group's first option, or null without participants or when it is blocked for most of them. */
export function topOf(rows: readonly GroupMeanRow[], m: number): string | null {
  const first = rows[0];
  if (!first || m === 0 || first.blockedFor * 2 > m) return null;
  return first.option;
}

/** The group mean ranking of the room as answered. */
export function roomRows(room: Room): GroupMeanRow[] {
  const sums = new Float64Array(room.model.optionIds.length);
  const blockedFor = new Int32Array(room.model.optionIds.length);
  for (const i of room.order) add(sums, blockedFor, room.scores[i], room.blocked[i]);
  return meanRows(room.pack, sums, blockedFor, room.raw.length);
}

function add(sums: Float64Array, blockedFor: Int32Array, scores: Float64Array | undefined, blocked: Uint8Array | undefined): void {
  for (let o = 0; o < sums.length; o += 1) {
    sums[o] = (sums[o] ?? 0) + (scores?.[o] ?? 0);
    if (blocked?.[o] === 1) blockedFor[o] = (blockedFor[o] ?? 0) + 1;
  }
}
