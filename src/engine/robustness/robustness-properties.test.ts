import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { arbPackAndAnswers } from '@test/support/arbitraries';
import { analyseRobustness } from './robustness';
import { rankOptions } from '../score/score';
import { MAX_CHANGE_EVALUATIONS, MAX_LISTED_CHANGES } from './changes';
import type { AnswerChange, RankedOption, RankingChange } from '../score/types';

const FEW_SAMPLES = { samples: 200 };
const NUDGE = 1e-6;

const firstOf = (pack: Pack, answers: Answers, weights?: Record<string, number>): string =>
  rankOptions(pack, answers, weights ? { weights } : {}).ranking[0]?.option ?? '';

const applied = (answers: Answers, changes: readonly AnswerChange[]): Answers => {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const change of changes) next[change.question] = change.to;
  return next;
};

/** Every single change of a visible choice question, brute force: an answered one to another choice, an open one to any choice. */
function singleChanges(pack: Pack, answers: Answers): AnswerChange[] {
  const questions = pack.sections.flatMap((s) => s.questions);
  return questions.flatMap((q) => {
    if (q.kind !== 'choice' || !rankOptionsShows(pack, answers, q.id)) return [];
    const given = answers[q.id];
    const from = typeof given === 'string' ? given : given === undefined ? '' : 'unsure';
    const open = typeof given === 'string' ? {} : { open: given === undefined ? ('unanswered' as const) : ('unsure' as const) };
    return q.choices.filter((c) => c.value !== from).map((c) => ({ question: q.id, from, to: c.value, ...open }));
  });
}

/** A listed line as the single changes it stands for: one per target level. */
function expand(change: RankingChange): AnswerChange[][] {
  const [only] = change.changes;
  if (!change.targets || !only) return [change.changes];
  return change.targets.map((to) => [{ ...only, to }]);
}

/** Levels moved: |to − from| in choice order, 1 for answering an open question. */
function distanceOf(pack: Pack, changes: readonly AnswerChange[]): number {
  const questions = pack.sections.flatMap((s) => s.questions);
  return changes.reduce((sum, c) => {
    const q = questions.find((x) => x.id === c.question);
    const values = q && q.kind !== 'text' ? q.choices.map((x) => x.value) : [];
    return sum + (c.open ? 1 : Math.abs(values.indexOf(c.to) - values.indexOf(c.from)));
  }, 0);
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
  const { changes, changeSearch } = analyseRobustness(pack, answers, FEW_SAMPLES);
  const singles = singleChanges(pack, answers).filter((c) => firstOf(pack, applied(answers, [c])) !== top);
  const key = (set: readonly AnswerChange[]) => set.map((c) => `${c.question}:${c.to}`).join('+');
  const listed: string[] = [];
  for (const change of changes) {
    const leads = expand(change).map((set) => {
      listed.push(key(set));
      const moved = rankOptions(pack, applied(answers, set)).ranking;
      expect(moved[0]?.option).toBe(change.newTop);
      for (const c of set) expect(c.open ? c.from : answers[c.question]).toBe(c.open === 'unsure' ? 'unsure' : c.open ? '' : c.from);
      if (set.length === 2) for (const half of set) expect(firstOf(pack, applied(answers, [half]))).toBe(top);
      return leadOf(moved);
    });
    expect(change.newTop).not.toBe(top);
    const nearest = expand(change).findIndex((set) => set[0]?.to === change.changes[0]?.to);
    expect(Math.abs((leads[nearest] ?? Number.NaN) - change.lead)).toBeLessThan(1e-9);
  }
  expect(changeSearch.evaluations).toBeLessThanOrEqual(MAX_CHANGE_EVALUATIONS);
  expect(changes.length).toBeLessThanOrEqual(MAX_LISTED_CHANGES);
  // Complete: with nothing cut, the singles found by brute force are exactly the ones listed.
  if (changeSearch.more === 0 && changeSearch.complete) {
    expect(listed.filter((k) => !k.includes('+')).sort()).toEqual(singles.map((c) => key([c])).sort());
  }
  if (singles.length > 0) expect(changes.every((c) => c.changes.length === 1)).toBe(true);
  for (let i = 1; i < changes.length; i += 1) {
    expect(distanceOf(pack, changes[i - 1]?.changes ?? [])).toBeLessThanOrEqual(distanceOf(pack, changes[i]?.changes ?? []));
  }
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
