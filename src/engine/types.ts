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

export type AnswerChange = { question: string; from: string; to: string };

export type RankingChange = { changes: AnswerChange[]; newTop: string; lead: number };

export type Robustness = {
  acceptability: Record<string, number>;
  weightStability: WeightStability[];
  changes: RankingChange[];
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
};

export type Result = Scored & { robustness: Robustness };

export type ScoreSettings = {
  /** What-if weights set by the user; they override defaults and `weightFrom`. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Robustness samples (default 2000). */
  readonly samples?: number;
  /** Seed of the robustness sampler (default fixed). */
  readonly seed?: number;
};
