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
  /** Ids of the `block` guards that fired for this option. */
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
};

export type Scored = {
  rules: { id: string; version: string };
  ranking: RankedOption[];
  weights: Record<string, number>;
  unanswered: string[];
  unsure: string[];
};

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
  /** Unanswered questions that were not needed for the recommendation: sampled like "not sure". */
  readonly notNeeded?: readonly string[];
};
