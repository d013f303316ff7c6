import type { AnswerValue, Answers } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import type { GroupMeanRow } from './aggregate';
import { compareDesc, compareText } from './aggregate-stats';
import { readAnswers, type AnswerState } from './answer-state';
import { createEvaluation, evaluate, resolveOverride } from './evaluate';
import { packModel, type Model } from './model';
import { scoredFrom } from './score';
import type { Scored, ScoreSettings } from './types';

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
  const rows = pack.options.map((option, o) => ({ option: option.id, rank: 0, mean: m === 0 ? 0 : (sums[o] ?? 0) / m, blockedFor: blockedFor[o] ?? 0 }));
  const blocked = (row: GroupMeanRow) => (m > 0 && row.blockedFor * 2 > m ? 1 : 0);
  rows.sort((a, b) => blocked(a) - blocked(b) || compareDesc(a.mean, b.mean) || compareText(a.option, b.option));
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
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

/**
 * The group mean ranking if every participant answered question `position` with `value`, keeping
 * their other answers. Participants to whom the question is hidden, or who gave that answer
 * already, keep their own scores. One scratch state serves every participant (no allocation per
 * evaluation), which keeps a room of 50 well within the time budget.
 */
export function outcomeRows(room: Room, position: number, value: AnswerValue, alreadyGiven: (participant: number) => boolean): GroupMeanRow[] {
  const count = room.model.optionIds.length;
  const sums = new Float64Array(count);
  const blockedFor = new Int32Array(count);
  const buffer = createEvaluation(room.model);
  const entry = room.model.index.questionList[position];
  const code = typeof value === 'string' ? (entry?.choiceOrder.get(value) ?? -1) : Array.isArray(value) && value.length > 0 ? 0 : -1;
  const set = Array.isArray(value) ? new Set(value) : undefined;
  const scratch = new Int32Array(room.model.index.questionList.length);
  const multi: (ReadonlySet<string> | undefined)[] = [];
  for (const i of room.order) {
    const state = room.raw[i];
    if (!state || code < 0 || room.shown[i]?.[position] !== 1 || alreadyGiven(i)) {
      add(sums, blockedFor, room.scores[i], room.blocked[i]);
      continue;
    }
    scratch.set(state.code);
    scratch[position] = code;
    multi.length = 0;
    multi.push(...state.multi);
    if (set) multi[position] = set;
    const evaluation = evaluate(room.model, { code: scratch, multi }, room.override, buffer);
    add(sums, blockedFor, evaluation.scores, evaluation.blocked);
  }
  return meanRows(room.pack, sums, blockedFor, room.raw.length);
}
