import type { Horizon, Owner } from '@/rules/pack/pack-schema';

/** Engine-owned output types: the result object of DESIGN.md, plain JSON-safe data. */

export type Verdict = 'recommended' | 'viable' | 'not-recommended';

export type Contribution = { rule: string; points: number };

export type RankedOption = {
  option: string;
  /** 1-based position in the ranking. */
  rank: number;
  score: number;
  baseline: number;
  verdict: Verdict;
  contributions: Contribution[];
  /** Ids of the `block` guards that block this option: fired, or fire for some answer to an unknown question (see `unknownGuards`). */
  guards: string[];
  /** Ids of the `caution` guards that fired for this option. */
  cautions: string[];
};

export type WeightStability = { criterion: string; current: number; min: number; max: number };

/** One answer changed; `open` when the question was unanswered (`from` is "") or answered "not sure" (`from` is "unsure"). */
export type AnswerChange = { question: string; from: string; to: string; open?: 'unanswered' | 'unsure' };

/**
 * A set of answer changes that puts `newTop` first, by `lead` points. `targets`: for a single change
 * that works at several levels, every such level in choice order (`to` and `lead` are the nearest one's).
 */
export type RankingChange = { changes: AnswerChange[]; newTop: string; lead: number; targets?: string[] };

/** What the search for changes covered: lines not listed, open questions, questions not varied, whether it was cut short, and its work. */
export type ChangeSearch = {
  /** Lines found beyond those listed. */
  more: number;
  /** Shown questions left unanswered or "not sure" (choice and multi-choice). */
  open: number;
  /** Shown questions the search never varied: open multi-choice questions, and any question left out when the work limit was reached. */
  notVaried: number;
  /** False when the work limit cut the search short: other changes may exist. */
  complete: boolean;
  /** Evaluations of changed answers made (the search's work, bounded). */
  evaluations: number;
};

export type Robustness = {
  acceptability: Record<string, number>;
  weightStability: WeightStability[];
  changes: RankingChange[];
  changeSearch: ChangeSearch;
  unknownGuards: UnknownGuardShare[];
};

/** A `block` guard that blocks because answers are unknown: it fires for some answers to `questions` ("not sure" or unanswered). */
export type UnknownGuard = { guard: string; questions: string[] };

/** Per `block` guard that blocks while answers are unknown: the share of robustness samples in which it still blocks once "not sure" answers are drawn. */
export type UnknownGuardShare = { guard: string; share: number };

export type Scored = {
  rules: { id: string; version: string };
  ranking: RankedOption[];
  weights: Record<string, number>;
  unanswered: string[];
  unsure: string[];
  /** Block guards that block only because answers are unknown ("not recommended while … is unknown"), in pack order. */
  unknownGuards: UnknownGuard[];
  /** Questions to answer before any option is recommended (decisive ones first); empty when there are enough answers. While not empty, no verdict is "recommended". */
  needsAnswers: string[];
  /** Set when first place is a tie or a lead under 1 point over the next option of the same standing ("too close to call"). */
  closeCall?: CloseCall;
};

/**
 * A first place too close to call. `tied`: every option sharing first place (empty unless a tie);
 * `first` and `second`: the two compared; `lead`: points between them (0 for a tie); `criterion`:
 * where their weighted performances differ most; `questions`: the questions behind it.
 */
export type CloseCall = { tied: string[]; first: string; second: string; lead: number; criterion?: string; questions: string[] };

export type Result = Scored & {
  robustness: Robustness;
  /** Shown questions left open that cannot change the recommended set (`assess` only; they are then not in `unanswered`). */
  notNeeded?: string[];
};

export type ScoreSettings = {
  /** What-if weights set by the user; they override defaults and `weightFrom`. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Robustness samples (default 2000). */
  readonly samples?: number;
  /** Seed of the robustness sampler (default fixed). */
  readonly seed?: number;
  /** Whether acceptability also varies the pack's own judgements (rule deltas × U(0.5, 1.5), baselines ± 1); default true. */
  readonly varyPack?: boolean;
  /**
   * Unanswered questions that were not needed for the recommendation: sampled like "not sure", and
   * never a reason to withhold the verdict (no answer to them can change the recommended set).
   */
  readonly notNeeded?: readonly string[];
  /** Give every verdict as the scores and guards make it, without withholding it for open questions (default true: withhold). */
  readonly withhold?: boolean;
};

/** An action of the pack, by option id and 0-based position in its `actions`. */
export type ActionRef = { option: string; action: number };

/** One improvement of an actionable answer, one step or more along its direction. */
export type TargetChange = {
  question: string;
  from: string;
  to: string;
  steps: number;
  /**
   * The question is unanswered or "not sure" today: `from` is the lowest level of its direction and
   * `steps` and `horizon` are counted from there (the worst case). Find out where the company stands first.
   */
  fromLowest: boolean;
  horizon: Horizon;
  owner: Owner;
  actions: ActionRef[];
};

/** A minimal set of improvements that makes the target recommended. */
export type TargetPath = {
  changes: TargetChange[];
  /** The longest question's horizon: steps of one question add up, questions run in parallel. */
  horizon: Horizon;
  /** The block guards on the target that fire today and no longer fire. */
  lifts: string[];
  /** The target's score afterwards. */
  score: number;
  /** The options recommended afterwards, in ranking order. */
  recommended: string[];
};

/** A block guard on the target that no improvement lifts, with the fixed questions it depends on. */
export type TargetObstacle = { guard: string; fixed: string[] };

/** A checkpoint of a stage: an actionable answer reaching a level, who builds it and the actions that do. */
export type Checkpoint = {
  question: string;
  from: string;
  to: string;
  /** As TargetChange.fromLowest: the question's level today is not known; its steps are counted from the lowest level. */
  fromLowest: boolean;
  owner: Owner;
  actions: ActionRef[];
};

/** One stage of the staged path: what is done by its horizon and what is recommended then. */
export type TargetStage = {
  horizon: Horizon;
  checkpoints: Checkpoint[];
  recommended: string[];
  top: string;
  /** The target's verdict at the end of the stage. */
  target: Verdict;
};

/**
 * What it would take to make `target` recommended: `recommended` (it is already), `reachable`
 * (`paths` lists every minimal set of at most three improvements; `stages` stage the first one),
 * or `unreachable` by building capabilities alone (`obstacles`: the guards in the way).
 */
export type TargetPlan = {
  target: string;
  status: 'recommended' | 'reachable' | 'unreachable';
  now: { top: string; recommended: string[] };
  paths: TargetPath[];
  stages: TargetStage[];
  obstacles: TargetObstacle[];
  /** Points the target's score is short of the recommendation band today (0 when within it). */
  shortBy: number;
  /** When unreachable with no guard in the way: the improvements that bring it nearest, and how far it stays short. */
  closest: { changes: TargetChange[]; shortBy: number } | null;
  /** Actionable questions unanswered or answered "not sure": the search moves them from their lowest level; answering them may shorten a path or open another. */
  unknown: string[];
};
