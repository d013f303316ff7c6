import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { bitOf, evaluateAbstract, evaluateAbstractNear, MAY_FAIL, MAY_HOLD, NONE_BIT, questionsOf, UNSURE_BIT, type AbstractAnswers, type AbstractEvaluation } from './abstract-state';
import { NONE, readAnswers, UNSURE } from '../score/answer-state';
import { evaluate, resolveOverride } from '../score/evaluate';
import { packModel, type Model } from '../score/model';
import { gapBounds, maxWeightedMean, ruleDeltas, type GapBounds, type GapReuse } from './score-bounds';
import { rankOptions, RECOMMENDED_WITHIN, scoredFrom } from '../score/score';

/**
 * Settledness: whether any way of answering the questions still open (unanswered, shown or able to
 * be shown) could change which options are recommended. Sound: "settled" is said only when no
 * completion (any choice, "not sure", or no answer, for every open question) changes the set.
 * Interval bounds on every score gap and three-valued guards first; when they leave an option
 * undecided, the open questions that matter most are fixed one value at a time (a bounded search).
 */

export type QuestionImpact = {
  question: string;
  /** Upper bound, in score points, on how much this answer can still move a gap that decides the recommendation; 0: it cannot change it. */
  impact: number;
  /**
   * How much closer, in score points, its answer brings the recommendation to settled, on average
   * over the answers it may get (a one-step look-ahead over the same bounds); 0 when settled or when
   * `impact` is 0. The express path asks the largest first.
   */
  gain: number;
};

export type Settledness = {
  /** True when no completion of the open questions changes the recommended set. */
  settled: boolean;
  /** The options recommended for the answers as they are, in pack order. */
  recommended: string[];
  /** Open questions: unanswered and shown, or able to be shown by another answer; pack order. */
  remaining: string[];
  /** Each open question with its impact, pack order. */
  impacts: QuestionImpact[];
  /** The open question to ask next: the largest gain, then the largest impact, ties in pack order; undefined when settled. */
  next: string | undefined;
};

export type SettlednessSettings = {
  /** What-if weights (they override `weightFrom`, so those questions no longer matter). */
  readonly weights?: Readonly<Record<string, number>>;
  /** How many partial answer sets the search may examine after the bounds (default 48). */
  readonly budget?: number;
  /**
   * Rate each open question's `gain` (the one-step look-ahead the express path asks by; about ten
   * times the work of the check itself). On by default; off (`false`) for a reader that needs only
   * whether the answers are settled: every gain is then 0 and `next` goes by impact.
   */
  readonly lookAhead?: boolean;
};

/** A guard that may still decide an option outranks any move of a score gap (gaps lie within ±100). */
export const GUARD_IMPACT = 200;
const EPSILON = 1e-9;
const DEFAULT_BUDGET = 48;
const MAX_UNDECIDED_TO_SEARCH = 2;

type Decision = {
  readonly evaluation: AbstractEvaluation;
  readonly gaps: GapBounds;
  /** Per option: 1 recommended in every completion, 0 in none, -1 undecided. */
  readonly verdict: Int8Array;
};

function decide(model: Model, answers: AbstractAnswers, override: Float64Array): Decision {
  return decideFrom(model, evaluateAbstract(model, answers, override));
}

/** The verdicts the bounds allow; with `focus`, only for those options (the others stay undecided, -1). */
function decideFrom(model: Model, evaluation: AbstractEvaluation, focus?: readonly number[], reuse?: GapReuse): Decision {
  const gaps = gapBounds(model, evaluation, focus, reuse);
  const n = model.optionIds.length;
  const mayBeFree = (o: number) => ((evaluation.blocked[o] ?? 0) & MAY_FAIL) !== 0;
  const mayBeBlocked = (o: number) => ((evaluation.blocked[o] ?? 0) & MAY_HOLD) !== 0;
  const verdict = new Int8Array(n).fill(-1);
  for (const o of focus ?? model.optionIds.map((_, i) => i)) {
    let alwaysWithin = !mayBeBlocked(o);
    let beaten = !mayBeFree(o);
    for (let b = 0; b < n; b += 1) {
      if (b === o) continue;
      const high = gaps.high[b * n + o] ?? 0;
      const low = gaps.low[b * n + o] ?? 0;
      if (mayBeFree(b) && high > RECOMMENDED_WITHIN - EPSILON) alwaysWithin = false;
      if (!mayBeBlocked(b) && low > RECOMMENDED_WITHIN + EPSILON) beaten = true;
    }
    verdict[o] = beaten ? 0 : alwaysWithin ? 1 : -1;
  }
  return { evaluation, gaps, verdict };
}

/** The codes an open question may take: no answer, "not sure" where allowed, any choice (any list, any text). */
function domainOf(model: Model, position: number): number {
  const question = model.index.questionList[position]?.question;
  if (!question || question.kind !== 'choice') return NONE_BIT | bitOf(0);
  let mask = NONE_BIT | (question.allowUnsure === true ? UNSURE_BIT : 0);
  question.choices.forEach((_, j) => {
    mask |= bitOf(j);
  });
  return mask;
}

type Statics = {
  /** Per question: the questions whose visibility it can change, itself included. */
  readonly reach: readonly ReadonlySet<number>[];
  readonly ruleQuestions: readonly ReadonlySet<number>[];
  readonly guardQuestions: readonly ReadonlySet<number>[];
};

const staticsCache = new WeakMap<Model, Statics>();

function staticsOf(model: Model): Statics {
  let statics = staticsCache.get(model);
  if (statics) return statics;
  const { index } = model;
  const positions = (ids: Set<string>) => new Set([...ids].flatMap((id) => (index.questions.has(id) ? [index.questions.get(id)?.order ?? 0] : [])));
  const showIfQuestions = index.questionList.map((entry) => (entry.question.showIf ? positions(questionsOf(entry.question.showIf)) : new Set<number>()));
  const reach = index.questionList.map((_, q) => {
    const set = new Set<number>([q]);
    for (let j = q + 1; j < index.questionList.length; j += 1) {
      if ([...(showIfQuestions[j] ?? [])].some((p) => set.has(p))) set.add(j);
    }
    return set;
  });
  statics = {
    reach,
    ruleQuestions: model.rules.map((rule) => positions(questionsOf(rule.when))),
    guardQuestions: model.guards.map((guard) => positions(questionsOf(guard.when))),
  };
  staticsCache.set(model, statics);
  return statics;
}

const UNKNOWN = MAY_HOLD | MAY_FAIL;

/** Upper bound on how far question q can move a gap that still decides an undecided option. */
function impactOf(model: Model, decision: Decision, q: number): number {
  const { evaluation, gaps, verdict } = decision;
  const statics = staticsOf(model);
  const reach = statics.reach[q] ?? new Set<number>();
  const touches = (questions: ReadonlySet<number> | undefined) => [...(questions ?? [])].some((p) => reach.has(p));
  const n = model.optionIds.length;
  const criteria = model.criterionIds.length;
  const undecided = [...verdict.keys()].filter((o) => verdict[o] === -1);
  if (undecided.length === 0) return 0;
  const mayBeFree = (o: number) => ((evaluation.blocked[o] ?? 0) & MAY_FAIL) !== 0;
  const contenders = new Set(undecided);
  for (const o of undecided) {
    for (let b = 0; b < n; b += 1) if (b !== o && (gaps.high[b * n + o] ?? 0) > RECOMMENDED_WITHIN - EPSILON) contenders.add(b);
  }
  const guardHit = model.guards.some(
    (guard, g) => guard.block && evaluation.guards[g] === UNKNOWN && guard.options.some((o) => contenders.has(o)) && touches(statics.guardQuestions[g]),
  );
  if (guardHit) return GUARD_IMPACT;
  const weightHit = model.weightFrom.some((from, c) => from !== undefined && (evaluation.weights[c]?.length ?? 0) > 1 && reach.has(from.question));
  const rules = model.rules.flatMap((_, r) => (evaluation.fired[r] === UNKNOWN && touches(statics.ruleQuestions[r]) ? [r] : []));
  const tables = ruleDeltas(model);
  const x = new Float64Array(criteria);
  let impact = 0;
  for (const o of undecided) {
    for (let b = 0; b < n; b += 1) {
      if (b === o || !mayBeFree(b)) continue;
      const high = gaps.high[b * n + o] ?? 0;
      const low = gaps.low[b * n + o] ?? 0;
      if (high <= RECOMMENDED_WITHIN - EPSILON || low > RECOMMENDED_WITHIN + EPSILON) continue;
      const width = high - low;
      if (weightHit) {
        impact = Math.max(impact, width);
        continue;
      }
      x.fill(0);
      for (const r of rules) {
        const table = tables[r];
        for (let c = 0; c < criteria; c += 1) x[c] = (x[c] ?? 0) + Math.abs((table?.[b * criteria + c] ?? 0) - (table?.[o * criteria + c] ?? 0));
      }
      impact = Math.max(impact, Math.min(width, 10 * maxWeightedMean(x, evaluation.weights)));
    }
  }
  return impact;
}

/**
 * How far the bounds are from deciding every option, in score points: per undecided option, the
 * least the gaps must still move to decide it either way (a block guard that may still fire, or may
 * still not, counts GUARD_IMPACT). 0 exactly when every option is decided.
 */
function distanceOf(model: Model, decision: Decision, focus: readonly number[]): number {
  const { evaluation, gaps, verdict } = decision;
  const n = model.optionIds.length;
  const mayBeBlocked = (o: number) => ((evaluation.blocked[o] ?? 0) & MAY_HOLD) !== 0;
  const mayBeFree = (o: number) => ((evaluation.blocked[o] ?? 0) & MAY_FAIL) !== 0;
  let total = 0;
  for (const o of focus) {
    if (verdict[o] !== -1) continue;
    // To be recommended in every completion: never blocked, and no option that may be free more than 3 points ahead.
    let ahead = 0;
    // To be recommended in none: blocked, or some option sure to be free more than 3 points ahead.
    let out = mayBeBlocked(o) ? GUARD_IMPACT : Number.POSITIVE_INFINITY;
    for (let b = 0; b < n; b += 1) {
      if (b === o) continue;
      if (mayBeFree(b)) ahead = Math.max(ahead, (gaps.high[b * n + o] ?? 0) - RECOMMENDED_WITHIN);
      out = Math.min(out, Math.max(0, RECOMMENDED_WITHIN - (gaps.low[b * n + o] ?? 0)) + (mayBeBlocked(b) ? GUARD_IMPACT : 0));
    }
    total += Math.min((mayBeBlocked(o) ? GUARD_IMPACT : 0) + ahead, out);
  }
  return total;
}

/** What the bounds of `near` may take from `root`'s: none when a weight moved, else the options no rule that changed its value touches. */
function reusable(model: Model, root: Decision, near: AbstractEvaluation): GapReuse | undefined {
  const same = (a: readonly number[] | undefined, b: readonly number[] | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((w, i) => w === b[i]);
  if (!near.weights.every((set, c) => same(set, root.evaluation.weights[c]))) return undefined;
  const unchanged = new Uint8Array(model.optionIds.length).fill(1);
  model.rules.forEach((rule, r) => {
    if (near.fired[r] !== root.evaluation.fired[r]) for (const effect of rule.effects) unchanged[effect.option] = 0;
  });
  return { gaps: root.gaps, unchanged };
}

/** Per open question with an impact: how much its answer brings the bounds closer to deciding every option, on average over its answers. */
function gainsOf(model: Model, root: Decision, answers: AbstractAnswers, override: Float64Array, impacts: readonly { q: number; impact: number }[]): Map<number, number> {
  const gains = new Map<number, number>();
  // Narrower answers never undo a decided verdict, so only the options undecided now are looked at.
  const focus = [...root.verdict.keys()].filter((o) => root.verdict[o] === -1);
  const before = distanceOf(model, root, focus);
  if (before === 0) return gains;
  const mask = [...answers.mask];
  for (const { q, impact } of impacts) {
    if (impact <= 0) continue;
    const own = mask[q] ?? NONE_BIT;
    const parts = splits(own);
    let after = 0;
    for (const part of parts) {
      mask[q] = part;
      const evaluation = evaluateAbstractNear(model, root.evaluation, { mask, multi: answers.multi }, override, q);
      after += distanceOf(model, decideFrom(model, evaluation, focus, reusable(model, root, evaluation)), focus);
    }
    mask[q] = own;
    gains.set(q, Math.max(0, before - after / parts.length));
  }
  return gains;
}

function setKey(verdict: Int8Array): string {
  return Array.from(verdict, (v) => (v === 1 ? '1' : '0')).join('');
}

/** The values a search tries for one question: no answer and "not sure" together, then each choice (an answer, for a list or text). */
function splits(mask: number): number[] {
  const parts: number[] = [];
  const unknown = mask & (NONE_BIT | UNSURE_BIT);
  if (unknown !== 0) parts.push(unknown);
  for (let bit = 2; bit < 32; bit += 1) {
    const value = (1 << bit) >>> 0;
    if ((mask & value) !== 0) parts.push(value);
  }
  return parts;
}

/** One answer set left: the engine's own verdicts decide (no bound can be as exact at a gap of exactly 3 points). */
function concreteKey(search: Search, answers: AbstractAnswers, evaluation: AbstractEvaluation): string | undefined {
  const { model } = search;
  const code = new Int32Array(answers.mask.length);
  for (let i = 0; i < code.length; i += 1) {
    // A question that can never be shown counts as unanswered, whatever it holds.
    const m = ((evaluation.shown[i] ?? 0) & MAY_HOLD) === 0 ? NONE_BIT : (answers.mask[i] ?? NONE_BIT);
    const c = codeOfBit(m);
    const kind = model.index.questionList[i]?.question.kind;
    if (c === undefined || (kind === 'multi' && c === 0 && answers.multi[i] === undefined)) return undefined;
    code[i] = c;
  }
  // Settledness is about the recommendation the answers make, never withheld for open questions: a
  // question no answer of which can change it is exactly one the verdict need not wait for.
  const scored = scoredFrom(search.pack, model, evaluate(model, { code, multi: answers.multi }, search.override), { withhold: false });
  const recommended = new Set(scored.ranking.filter((r) => r.verdict === 'recommended').map((r) => r.option));
  return model.optionIds.map((id) => (recommended.has(id) ? '1' : '0')).join('');
}

/** The code of a single-bit mask (undefined when the mask holds several codes). */
function codeOfBit(mask: number): number | undefined {
  if (mask === 0 || (mask & (mask - 1)) !== 0) return undefined;
  if (mask === NONE_BIT) return NONE;
  if (mask === UNSURE_BIT) return UNSURE;
  return Math.round(Math.log2(mask >>> 0)) - 2;
}

/** What a search needs besides the answers: the question order to split on and what is left of its budget. */
type Search = {
  readonly pack: Pack;
  readonly model: Model;
  readonly override: Float64Array;
  readonly order: readonly number[];
  left: number;
};

/** The recommended set (as a key) shared by every completion, or undefined when the search could not show one. */
function searchSettled(search: Search, answers: AbstractAnswers): string | undefined {
  const decision = decide(search.model, answers, search.override);
  const undecided = decision.verdict.reduce((n, v) => n + (v === -1 ? 1 : 0), 0);
  if (undecided === 0) return setKey(decision.verdict);
  // Splitting pays off only near the end: with many options undecided, the budget would be spent in vain.
  if (undecided > MAX_UNDECIDED_TO_SEARCH) return undefined;
  const q = search.order.find((p) => {
    const m = answers.mask[p] ?? NONE_BIT;
    return (m & (m - 1)) !== 0 && ((decision.evaluation.shown[p] ?? 0) & MAY_HOLD) !== 0;
  });
  if (q === undefined) return concreteKey(search, answers, decision.evaluation);
  const parts = splits(answers.mask[q] ?? NONE_BIT);
  if (search.left < parts.length) return undefined;
  search.left -= parts.length;
  let key: string | undefined;
  for (const part of parts) {
    const mask = [...answers.mask];
    mask[q] = part;
    const found = searchSettled(search, { mask, multi: answers.multi });
    if (found === undefined || (key !== undefined && found !== key)) return undefined;
    key = found;
  }
  return key;
}

/** The question with the largest gain, then the largest impact, ties in pack order (`impacts` is in pack order). */
export function bestQuestion(impacts: readonly QuestionImpact[]): string | undefined {
  let best: QuestionImpact | undefined;
  for (const i of impacts) if (best === undefined || i.gain > best.gain || (i.gain === best.gain && i.impact > best.impact)) best = i;
  return best?.question;
}

/** Whether the recommendation is settled for `answers`, with the open questions and how much each can still move it; pure, never throws. */
export function settledness(pack: Pack, answers: Answers, settings: SettlednessSettings = {}): Settledness {
  const model = packModel(pack);
  const raw = readAnswers(model.index, answers);
  const override = resolveOverride(model, settings.weights);
  const count = model.index.questionList.length;
  const mask = Array.from({ length: count }, (_, i) => {
    const code = raw.code[i] ?? NONE;
    return code === NONE ? domainOf(model, i) : bitOf(code);
  });
  const abstract: AbstractAnswers = { mask, multi: raw.multi };
  const root = decide(model, abstract, override);
  const open = model.index.questionList.flatMap((entry) =>
    raw.code[entry.order] === NONE && ((root.evaluation.shown[entry.order] ?? 0) & MAY_HOLD) !== 0 ? [entry.order] : [],
  );
  const impacts = open.map((q) => ({ q, impact: impactOf(model, root, q) }));
  const now = rankOptions(pack, answers, settings.weights ? { weights: settings.weights, withhold: false } : { withhold: false });
  const recommendedNow = new Set(now.ranking.filter((r) => r.verdict === 'recommended').map((r) => r.option));
  const recommended = model.optionIds.filter((id) => recommendedNow.has(id));
  const nowKey = model.optionIds.map((id) => (recommendedNow.has(id) ? '1' : '0')).join('');
  const byImpact = [...impacts].sort((a, b) => b.impact - a.impact || a.q - b.q);
  const order = [...byImpact.map((i) => i.q), ...mask.flatMap((_, p) => (open.includes(p) ? [] : [p]))];
  const key = searchSettled({ pack, model, override, order, left: settings.budget ?? DEFAULT_BUDGET }, abstract);
  // The engine's own verdicts for the answers as they are must agree with what every completion gives.
  const settled = key !== undefined && key === nowKey;
  const idOf = (q: number) => model.index.questionList[q]?.question.id ?? '';
  const gains = settled || settings.lookAhead === false ? new Map<number, number>() : gainsOf(model, root, abstract, override, impacts);
  const rated = impacts.map((i) => ({ question: idOf(i.q), impact: settled ? 0 : i.impact, gain: gains.get(i.q) ?? 0 }));
  return { settled, recommended, remaining: open.map(idOf), impacts: rated, next: settled ? undefined : bestQuestion(rated) };
}

