import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Condition, Pack, Rule } from '@/rules/pack/pack-schema';
import { arbPackAndAnswers } from '@test/support/arbitraries';
import { holds } from '../conditions/conditions';
import { rankOptions, RECOMMENDED_WITHIN, score } from './score';
import type { RankedOption } from './types';
import { visibleAnswers } from '../conditions/visibility';

/** Replay a failure with `fc.configureGlobal({ seed, path })` from the printed report. */

const FEW_SAMPLES = { samples: 100 };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const scoreOf = (ranking: readonly RankedOption[], option: string): number => ranking.find((r) => r.option === option)?.score ?? Number.NaN;

test.prop([arbPackAndAnswers()])('score = baseline + Σ contributions (exact sums)', ([pack, answers]) => {
  for (const o of rankOptions(pack, answers).ranking) {
    expect(Math.abs(o.baseline + sum(o.contributions.map((c) => c.points)) - o.score)).toBeLessThan(1e-9);
  }
});

test.prop([arbPackAndAnswers({ fractional: true })])('score = baseline + Σ contributions (fractional numbers)', ([pack, answers]) => {
  for (const o of rankOptions(pack, answers).ranking) {
    expect(Math.abs(o.baseline + sum(o.contributions.map((c) => c.points)) - o.score)).toBeLessThan(1e-9);
  }
});

test.prop([arbPackAndAnswers({ fractional: true })])('scores and baselines lie in 0..100', ([pack, answers]) => {
  for (const o of rankOptions(pack, answers).ranking) {
    for (const value of [o.score, o.baseline]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100 + 1e-12);
    }
  }
});

test.prop([arbPackAndAnswers()])('the same input gives deep-equal output, and frozen inputs are left untouched', ([pack, answers]) => {
  const packBefore = structuredClone(pack);
  const answersBefore = structuredClone(answers);
  const settings = deepFreeze({ ...FEW_SAMPLES, weights: { [pack.criteria[0]?.id ?? '']: 2 } });
  const first = score(deepFreeze(pack), deepFreeze(answers), settings);
  expect(score(pack, answers, settings)).toEqual(first);
  expect(score(structuredClone(pack), structuredClone(answers), structuredClone(settings))).toEqual(first);
  expect(pack).toEqual(packBefore);
  expect(answers).toEqual(answersBefore);
});

test.prop([arbPackAndAnswers()])('every option appears once, ranks are positions shared by equal scores, unguarded first, each group sorted by score then id', ([pack, answers]) => {
  const { ranking } = rankOptions(pack, answers);
  expect(ranking.map((r) => r.option).sort()).toEqual(pack.options.map((o) => o.id).sort());
  ranking.forEach((r, i) => {
    const before = ranking[i - 1];
    const tied = before !== undefined && (before.guards.length > 0) === (r.guards.length > 0) && Math.abs(before.score - r.score) <= 1e-9;
    expect(r.rank).toBe(tied ? before.rank : i + 1);
  });
  for (let i = 1; i < ranking.length; i += 1) {
    const [a, b] = [ranking[i - 1], ranking[i]];
    if (!a || !b) continue;
    const [aBlocked, bBlocked] = [a.guards.length > 0, b.guards.length > 0];
    expect(aBlocked && !bBlocked).toBe(false);
    if (aBlocked === bBlocked) expect(a.score > b.score || (a.score === b.score && a.option < b.option)).toBe(true);
  }
});

test.prop([arbPackAndAnswers()])('verdicts follow guards and the 3-point rule', ([pack, answers]) => {
  const { ranking } = rankOptions(pack, answers);
  const unguarded = ranking.filter((r) => r.guards.length === 0);
  const best = Math.max(...unguarded.map((r) => r.score));
  for (const r of ranking) {
    const expected = r.guards.length > 0 ? 'not-recommended' : r.score >= best - RECOMMENDED_WITHIN ? 'recommended' : 'viable';
    expect(r.verdict).toBe(expected);
  }
});

test.prop([arbPackAndAnswers()])('contributions name exactly the rules that hold and touch the option', ([pack, answers]) => {
  const { ranking } = rankOptions(pack, answers);
  for (const r of ranking) {
    const expected = pack.rules.filter((rule) => rule.effects.some((e) => e.option === r.option) && holds(rule.when, answers, pack)).map((rule) => rule.id);
    expect(r.contributions.map((c) => c.rule)).toEqual(expected);
  }
});

test.prop([arbPackAndAnswers()])('only visible answers matter', ([pack, answers]) => {
  const visible = visibleAnswers(pack, answers);
  expect(visibleAnswers(pack, visible)).toEqual(visible);
  expect(rankOptions(pack, visible)).toEqual(rankOptions(pack, answers));
});

const withShuffledRules = arbPackAndAnswers({ fractional: true }).chain(([pack, answers]) =>
  fc.shuffledSubarray(pack.rules, { minLength: pack.rules.length, maxLength: pack.rules.length }).map((rules): [Pack, Answers, Rule[]] => [pack, answers, rules]),
);

test.prop([withShuffledRules])('shuffling the rules changes no score and no ranking', ([pack, answers, rules]) => {
  const before = rankOptions(pack, answers);
  const after = rankOptions({ ...pack, rules }, answers);
  expect(after.ranking.map((r) => r.option)).toEqual(before.ranking.map((r) => r.option));
  for (const r of before.ranking) expect(Math.abs(scoreOf(after.ranking, r.option) - r.score)).toBeLessThan(1e-9);
});

test.prop([arbPackAndAnswers({ fractional: true }), fc.nat(), fc.nat(), fc.double({ min: 0.001, max: 5, noNaN: true })])(
  "raising the delta of a fired rule's effect on X never lowers X's score",
  ([pack, answers], pickOption, pickRule, raise) => {
    const before = rankOptions(pack, answers).ranking;
    const target = before[pickOption % before.length];
    const contribution = target?.contributions[pickRule % Math.max(1, target.contributions.length)];
    if (!target || !contribution) return;
    const rules = pack.rules.map((rule) => {
      if (rule.id !== contribution.rule) return rule;
      const first = rule.effects.findIndex((e) => e.option === target.option);
      return { ...rule, effects: rule.effects.map((e, i) => (i === first ? { ...e, delta: e.delta + raise } : e)) };
    });
    const after = rankOptions({ ...pack, rules }, answers).ranking;
    expect(scoreOf(after, target.option)).toBeGreaterThanOrEqual(target.score - 1e-9);
  },
);

test.prop([arbPackAndAnswers({ fractional: true }), fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 3 })])(
  "a rule that only raises X never lowers X's score",
  ([pack, answers], pickOption, pickCondition, raises) => {
    const option = pack.options[pickOption % pack.options.length]?.id ?? '';
    const firstQuestion = pack.sections[0]?.questions[0]?.id ?? '';
    const conditions: Condition[] = [{ any: [{ q: firstQuestion, answered: true }, { q: firstQuestion, answered: false }] }, ...pack.rules.map((r) => r.when)];
    const rule: Rule = {
      id: 'extra-raise',
      when: conditions[pickCondition % conditions.length] ?? { q: firstQuestion, answered: false },
      effects: raises.map(([c, delta]) => ({ option, criterion: pack.criteria[c % pack.criteria.length]?.id ?? '', delta })),
      because: { en: 'raise', ja: '引き上げ' },
      source: 'src',
    };
    const before = scoreOf(rankOptions(pack, answers).ranking, option);
    const after = scoreOf(rankOptions({ ...pack, rules: [...pack.rules, rule] }, answers).ranking, option);
    expect(after).toBeGreaterThanOrEqual(before - 1e-9);
  },
);

test.prop([arbPackAndAnswers({ fractional: true })])('the result survives JSON unchanged (no NaN, no −0)', ([pack, answers]) => {
  const result = score(pack, answers, FEW_SAMPLES);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
});
