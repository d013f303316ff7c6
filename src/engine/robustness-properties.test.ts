import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import { arbPackAndAnswers } from './arbitraries';
import { analyseRobustness } from './robustness';
import { rankOptions } from './score';
import type { AnswerChange, RankedOption } from './types';

const FEW_SAMPLES = { samples: 200 };
const NUDGE = 1e-6;

const firstOf = (pack: Pack, answers: Answers, weights?: Record<string, number>): string =>
  rankOptions(pack, answers, weights ? { weights } : {}).ranking[0]?.option ?? '';

const applied = (answers: Answers, changes: readonly AnswerChange[]): Answers => {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const change of changes) next[change.question] = change.to;
  return next;
};

/** Every single change of a visible choice question answered with a choice, brute force. */
function singleChanges(pack: Pack, answers: Answers): AnswerChange[] {
  const scored = rankOptions(pack, answers);
  const unanswered = new Set([...scored.unanswered, ...scored.unsure]);
  const questions = pack.sections.flatMap((s) => s.questions);
  return questions.flatMap((q) => {
    const from = answers[q.id];
    if (q.kind !== 'choice' || typeof from !== 'string' || unanswered.has(q.id) || !rankOptionsShows(pack, answers, q.id)) return [];
    return q.choices.filter((c) => c.value !== from).map((c) => ({ question: q.id, from, to: c.value }));
  });
}

/** The first option's lead over the runner-up of the same standing (blocked or not); 0 without one. */
function leadOf(ranking: readonly RankedOption[]): number {
  const [first, second] = ranking;
  if (!first || !second || (first.guards.length > 0) !== (second.guards.length > 0)) return 0;
  return first.score - second.score;
}

function rankOptionsShows(pack: Pack, answers: Answers, id: string): boolean {
  // A question is visible iff removing its answer makes it appear in `unanswered`.
  const rest: Record<string, AnswerValue> = { ...answers };
  delete rest[id];
  return rankOptions(pack, rest).unanswered.includes(id);
}

test.prop([arbPackAndAnswers({ fractional: true })])('acceptability lists every option, each in 0..1, summing to 1', ([pack, answers]) => {
  const shares = analyseRobustness(pack, answers, FEW_SAMPLES).acceptability;
  expect(Object.keys(shares).sort()).toEqual(pack.options.map((o) => o.id).sort());
  for (const share of Object.values(shares)) {
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(1);
  }
  expect(Math.abs(Object.values(shares).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
});

test.prop([arbPackAndAnswers({ fractional: true })])('each weight-stability interval lies in [0, 5] and contains the current weight', ([pack, answers]) => {
  const { weights } = rankOptions(pack, answers);
  const stability = analyseRobustness(pack, answers, FEW_SAMPLES).weightStability;
  expect(stability.map((s) => s.criterion)).toEqual(pack.criteria.map((c) => c.id));
  for (const s of stability) {
    expect(s.current).toBe(weights[s.criterion]);
    expect(0 <= s.min && s.min <= s.current && s.current <= s.max && s.max <= 5).toBe(true);
  }
});

test.prop([arbPackAndAnswers()])('each weight-stability interval is exact: first just inside each bound, not just outside', ([pack, answers]) => {
  const { weights, ranking } = rankOptions(pack, answers);
  const top = ranking[0]?.option;
  for (const s of analyseRobustness(pack, answers, FEW_SAMPLES).weightStability) {
    const at = (x: number) => firstOf(pack, answers, { ...weights, [s.criterion]: x });
    expect(at(s.current)).toBe(top);
    if (s.min < s.current) expect(at(s.min + Math.min(NUDGE, (s.current - s.min) / 2))).toBe(top);
    if (s.max > s.current) expect(at(s.max - Math.min(NUDGE, (s.max - s.current) / 2))).toBe(top);
    if (s.min > 0) expect(at(s.min - NUDGE)).not.toBe(top);
    if (s.max < 5) expect(at(s.max + NUDGE)).not.toBe(top);
  }
});

// Pairs are rare in random packs (about 1 in 70), so this property runs longer.
test.prop([arbPackAndAnswers()], { numRuns: 400 })('every listed change puts another option first; pairs only when no single change does, and each needs both halves', ([pack, answers]) => {
  const top = firstOf(pack, answers);
  const { changes } = analyseRobustness(pack, answers, FEW_SAMPLES);
  const singles = singleChanges(pack, answers).filter((c) => firstOf(pack, applied(answers, [c])) !== top);
  for (const change of changes) {
    const moved = rankOptions(pack, applied(answers, change.changes)).ranking;
    expect(moved[0]?.option).toBe(change.newTop);
    expect(change.newTop).not.toBe(top);
    expect(Math.abs(leadOf(moved) - change.lead)).toBeLessThan(1e-9);
    for (const c of change.changes) expect(answers[c.question]).toBe(c.from);
    if (change.changes.length === 2) {
      for (const half of change.changes) expect(firstOf(pack, applied(answers, [half]))).toBe(top);
    }
  }
  // Complete: the singles found by brute force are exactly the ones listed.
  if (singles.length > 0) expect(changes.map((c) => c.changes)).toEqual(expect.arrayContaining(singles.map((c) => [c])));
  expect(changes.filter((c) => c.changes.length === 1)).toHaveLength(singles.length);
  if (singles.length > 0) expect(changes.every((c) => c.changes.length === 1)).toBe(true);
  for (let i = 1; i < changes.length; i += 1) expect((changes[i - 1]?.lead ?? 0) >= (changes[i]?.lead ?? 0)).toBe(true);
});

test.prop([arbPackAndAnswers({ fractional: true })])("acceptability, varying the pack's judgements, does not depend on the order of the rules", ([pack, answers]) => {
  const reversed: Pack = { ...pack, rules: [...pack.rules].reverse() };
  expect(analyseRobustness(reversed, answers, FEW_SAMPLES).acceptability).toEqual(analyseRobustness(pack, answers, FEW_SAMPLES).acceptability);
});

test.prop([arbPackAndAnswers({ fractional: true })])('an option ahead on every criterion by more than the pack can vary keeps every sample', ([pack, answers]) => {
  // Lift the first option's baselines to 10 and everyone else's to at most 7 − Σ|deltas| of the rules touching them:
  // ± 1 on baselines and at most 1.5 × each delta can never close a gap of 3 + Σ|deltas|.
  const [first, ...rest] = pack.options;
  if (!first) return;
  const reach = (option: string, criterion: string) =>
    pack.rules.reduce((sum, rule) => sum + rule.effects.filter((e) => e.option === option && e.criterion === criterion).reduce((s, e) => s + 1.5 * Math.abs(e.delta), 0), 0);
  const ids = pack.criteria.map((c) => c.id);
  const lead = Object.fromEntries(ids.map((c) => [c, 10]));
  const firstReach = Math.max(0, ...ids.map((c) => reach(first.id, c)));
  const options = [
    { ...first, baseline: lead },
    ...rest.map((o) => ({ ...o, baseline: Object.fromEntries(ids.map((c) => [c, 0])) })),
  ];
  const others = Math.max(0, ...rest.flatMap((o) => ids.map((c) => reach(o.id, c))));
  fc.pre(firstReach + others + 2 < 10 && !pack.guards.some((g) => g.severity === 'block'));
  const shares = analyseRobustness({ ...pack, options }, answers, FEW_SAMPLES).acceptability;
  expect(shares[first.id]).toBe(1);
});
