import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack, Question } from '@/rules/pack/pack-schema';
import { arbAnswers, arbPack } from '@test/support/arbitraries';
import { readAnswers } from '../score/answer-state';
import { evaluate, resolveOverride } from '../score/evaluate';
import { packModel } from '../score/model';
import { RECOMMENDED_WITHIN, rankOptions } from '../score/score';
import { shortfallBound } from './target-bounds';
import { buildPack } from '@test/support/pack-builder';
import { answersAfter, MAX_TARGET_CHANGES, planTarget } from './target';
import { isQuestionVisible } from '../conditions/visibility';

/** Marks some choice questions of a generated pack actionable, up or down, by a seed per question. */
function withActionable(pack: Pack, seeds: readonly number[]): Pack {
  let n = 0;
  const mark = (question: Question): Question => {
    const seed = seeds[n++ % seeds.length] ?? 0;
    if (question.kind !== 'choice' || seed % 3 === 0) return question;
    const direction = seed % 3 === 1 ? 'up' : 'down';
    const values = question.choices.map((c) => c.value);
    const reached = direction === 'up' ? values.slice(1) : values.slice(0, -1);
    const horizons = ['0-3m', '3-12m', '12m+'] as const;
    const steps = Object.fromEntries(reached.map((v, i) => [v, horizons[(seed + i) % 3] ?? '0-3m']));
    return { ...question, actionable: { direction, owner: 'engineering', steps } };
  };
  return { ...pack, sections: pack.sections.map((s) => ({ ...s, questions: s.questions.map(mark) })) };
}

const LEVELS = ['l0', 'l1', 'l2', 'l3', 'l4'] as const;
const OPTIONS = ['closed', 'staged', 'open-core', 'fully-open'] as const;

/**
 * Packs built for the search: several actionable questions, a fixed one, guards and rules on them,
 * so that pairs and triples of improvements are often what it takes.
 */
const arbBuiltCase: fc.Arbitrary<[Pack, Answers, string]> = fc
  .record({
    questions: fc.array(
      fc.record({ levels: fc.integer({ min: 2, max: 5 }), up: fc.boolean(), at: fc.nat(2), horizon: fc.nat(2), known: fc.constantFrom('yes', 'yes', 'unsure', 'missing') }),
      { minLength: 2, maxLength: 6 },
    ),
    fixed: fc.boolean(),
    options: fc.integer({ min: 2, max: 4 }),
    baselines: fc.array(fc.integer({ min: 4, max: 6 }), { minLength: 8, maxLength: 8 }),
    guards: fc.array(fc.record({ o: fc.nat(3), q: fc.nat(5), v: fc.nat(2), atMost: fc.boolean(), onFixed: fc.boolean() }), { maxLength: 5 }),
    rules: fc.array(fc.record({ o: fc.nat(3), q: fc.nat(5), v: fc.nat(4), atLeast: fc.boolean(), c: fc.nat(1), delta: fc.integer({ min: -2, max: 2 }) }), { maxLength: 8 }),
    target: fc.nat(3),
  })
  .map(({ questions, fixed, options, baselines, guards, rules, target }): [Pack, Answers, string] => {
    const ids = OPTIONS.slice(0, options);
    const horizons = ['0-3m', '3-12m', '12m+'] as const;
    const specs = questions.map((q, i) => {
      const choices = LEVELS.slice(0, q.levels);
      const reached = q.up ? choices.slice(1) : choices.slice(0, -1);
      const steps = Object.fromEntries(reached.map((v) => [v, horizons[q.horizon] ?? '0-3m']));
      return { id: `a${i}`, choices, actionable: { direction: q.up ? ('up' as const) : ('down' as const), owner: 'community' as const, steps } };
    });
    const level = (q: number, v: number) => specs[q % specs.length]?.choices[v % (specs[q % specs.length]?.choices.length ?? 1)] ?? 'l0';
    const pack = buildPack({
      criteria: [{ id: 'c0', weight: 2 }, { id: 'c1', weight: 1 }],
      questions: [{ id: 'fact', choices: ['no', 'yes'] }, ...specs],
      options: ids.map((id, o) => ({ id, baseline: { c0: baselines[o * 2] ?? 5, c1: baselines[o * 2 + 1] ?? 5 } })),
      guards: guards.map((g, i) => {
        // Mostly a guard the question's improvement lifts (below a level along its direction); sometimes the other way.
        const up = questions[g.q % questions.length]?.up ?? true;
        const q = `a${g.q % specs.length}`;
        const below = up === g.atMost || g.v !== 1;
        const choices = specs[g.q % specs.length]?.choices ?? LEVELS;
        const v = Math.min(g.v, choices.length - 2);
        const value = (below === up ? choices[v] : choices[choices.length - 1 - v]) ?? 'l0';
        const leaf = up === below ? { q, atMost: value } : { q, atLeast: value };
        return { id: `g${i}`, options: [...new Set([ids[g.o % ids.length] ?? 'closed', ids[target % ids.length] ?? 'closed'])], severity: 'block' as const, when: g.onFixed && g.v === 2 ? { all: [leaf, { q: 'fact', is: 'yes' }] } : leaf };
      }),
      rules: rules.map((r, i) => ({
        id: `r${i}`,
        when: r.atLeast ? { q: `a${r.q % specs.length}`, atLeast: level(r.q, r.v) } : { q: `a${r.q % specs.length}`, atMost: level(r.q, r.v) },
        effects: [{ option: ids[r.o % ids.length] ?? 'closed', criterion: `c${r.c}`, delta: r.delta }],
      })),
    });
    const answers: Record<string, Answers[string]> = { fact: fixed ? 'yes' : 'no' };
    questions.forEach((q, i) => {
      // Some capabilities are not known: answered "not sure" or not answered at all.
      if (q.known === 'unsure') answers[`a${i}`] = { unsure: true };
      else if (q.known === 'yes') answers[`a${i}`] = level(i, q.at);
    });
    return [pack, answers, ids[target % ids.length] ?? 'closed'];
  });

const arbGeneratedCase = arbPack()
  .chain((pack) => fc.array(fc.nat(8), { minLength: 1, maxLength: 12 }).map((seeds) => withActionable(pack, seeds)))
  .chain((pack) => fc.tuple(fc.constant(pack), arbAnswers(pack), fc.nat(pack.options.length - 1)))
  .map(([pack, answers, o]): [Pack, Answers, string] => [pack, answers, pack.options[o]?.id ?? '']);

const arbCase = fc.oneof(arbGeneratedCase, arbBuiltCase);

const verdictOf = (pack: Pack, answers: Answers, option: string) => rankOptions(pack, answers).ranking.find((r) => r.option === option)?.verdict;

type Move = { question: string; from: string; to: string; steps: number; fromLowest: boolean };

/**
 * Every move of every visible actionable choice question, brute force: from its answer, or, when it
 * is unanswered or "not sure", from the lowest level of its direction (steps counted from there).
 */
function allMoves(pack: Pack, answers: Answers): Move[][] {
  const scored = rankOptions(pack, answers);
  const missing = new Set([...scored.unanswered, ...scored.unsure]);
  return pack.sections.flatMap((s) => s.questions).flatMap((q) => {
    if (q.kind !== 'choice' || !q.actionable || !isQuestionVisible(pack, answers, q.id)) return [];
    const values = q.choices.map((c) => c.value);
    const given = answers[q.id];
    const fromLowest = missing.has(q.id) || typeof given !== 'string' || !values.includes(given);
    const lowest = q.actionable.direction === 'up' ? values[0] : values[values.length - 1];
    const from = fromLowest ? (lowest ?? '') : (given as string);
    const at = values.indexOf(from);
    const ahead = q.actionable.direction === 'up' ? values.slice(at + 1) : values.slice(0, at).reverse();
    return ahead.length > 0 ? [ahead.map((to, i) => ({ question: q.id, from, to, steps: i + 1, fromLowest }))] : [];
  });
}

function combinations(groups: readonly Move[][], size: number): Move[][] {
  if (size === 0) return [[]];
  return groups.flatMap((moves, i) => moves.flatMap((move) => combinations(groups.slice(i + 1), size - 1).map((rest) => [move, ...rest])));
}

const within = (a: readonly Move[], b: readonly Move[]) => a.every((x) => b.some((y) => y.question === x.question && y.steps >= x.steps));

const questionsOf = (pack: Pack) => new Map(pack.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));

test.prop([arbCase], { numRuns: 150 })('every returned set makes the target recommended, unknown capabilities counted from their lowest level; nothing smaller does; only actionable questions move, along their direction', ([pack, answers, target]) => {
  const plan = planTarget(pack, answers, target);
  if (!plan) throw new Error('target not found');
  expect(plan.status === 'recommended').toBe(verdictOf(pack, answers, target) === 'recommended');
  const groups = allMoves(pack, answers);
  const known = groups.flat();
  const questions = questionsOf(pack);
  for (const path of plan.paths) {
    const after = answersAfter(answers, path.changes);
    expect(verdictOf(pack, after, target)).toBe('recommended');
    // Fixed questions never move, whatever their answer (known, "not sure" or none).
    for (const [id, question] of questions) if (!question.actionable) expect(after[id]).toEqual(answers[id]);
    const moves = path.changes.map((c) => {
      const move = known.find((m) => m.question === c.question && m.to === c.to);
      if (!move) throw new Error(`${c.question} → ${c.to} is not an improvement of an actionable answer`);
      expect(c.from).toBe(move.from);
      expect(c.fromLowest).toBe(move.fromLowest);
      if (!c.fromLowest) expect(c.from).toBe(answers[c.question]);
      expect(c.steps).toBe(move.steps);
      return move;
    });
    const smaller = [0, 1, 2, 3].slice(0, moves.length).flatMap((size) => combinations(moves.map((m) => known.filter((k) => k.question === m.question && k.steps <= m.steps)), size));
    for (const other of smaller.filter((s) => !(s.length === moves.length && within(moves, s)))) {
      expect(verdictOf(pack, answersAfter(answers, other), target)).not.toBe('recommended');
    }
  }
});

test.prop([arbCase], { numRuns: 300 })('finds every minimal set of at most three improvements (brute force)', ([pack, answers, target]) => {
  const plan = planTarget(pack, answers, target);
  if (!plan || plan.status === 'recommended') return;
  const groups = allMoves(pack, answers);
  const working = [1, 2, 3]
    .slice(0, MAX_TARGET_CHANGES)
    .flatMap((size) => combinations(groups, size))
    .filter((set) => verdictOf(pack, answersAfter(answers, set), target) === 'recommended');
  const minimal = working.filter((set) => !working.some((other) => other !== set && within(other, set)));
  const key = (set: readonly { question: string; from: string; to: string; fromLowest: boolean }[]) => set.map((m) => `${m.question}=${m.from}>${m.to}${m.fromLowest ? '?' : ''}`).sort().join('&');
  expect(plan.paths.map((p) => key(p.changes)).sort()).toEqual(minimal.map(key).sort());
  expect(plan.status).toBe(minimal.length > 0 ? 'reachable' : 'unreachable');
});

test.prop([arbCase], { numRuns: 60 })('is deterministic and leaves its inputs untouched', ([pack, answers, target]) => {
  const before = JSON.stringify([pack, answers]);
  const first = planTarget(pack, answers, target);
  expect(JSON.stringify([pack, answers])).toBe(before);
  expect(planTarget(structuredClone(pack), structuredClone(answers), target)).toEqual(first);
});

test.prop([arbCase], { numRuns: 60 })('the last stage reaches the first path and recommends the target', ([pack, answers, target]) => {
  const plan = planTarget(pack, answers, target);
  const first = plan?.paths[0];
  if (!plan || !first) return;
  const last = plan.stages[plan.stages.length - 1];
  expect(last?.target).toBe('recommended');
  const reached = new Map(plan.stages.flatMap((s) => s.checkpoints.map((c): [string, string] => [c.question, c.to])));
  expect(Object.fromEntries(reached)).toEqual(Object.fromEntries(first.changes.map((c) => [c.question, c.to])));
  // Every checkpoint of a capability not known today is marked as counted from the lowest level, and only those.
  const unknown = new Set(first.changes.filter((c) => c.fromLowest).map((c) => c.question));
  for (const checkpoint of plan.stages.flatMap((s) => s.checkpoints)) expect(checkpoint.fromLowest).toBe(unknown.has(checkpoint.question));
  for (const question of unknown) expect(plan.unknown).toContain(question);
});

test.prop([arbCase], { numRuns: 150 })('the bound the search skips by never exceeds what any improvement of those questions leaves the target short', ([pack, answers, target]) => {
  const model = packModel(pack);
  const t = model.optionIds.indexOf(target);
  const base = evaluate(model, readAnswers(model.index, answers), resolveOverride(model, undefined));
  const groups = allMoves(pack, answers);
  for (const set of [1, 2].flatMap((size) => combinations(groups, size))) {
    const moved = set.map((m) => model.index.questions.get(m.question)?.order ?? -1);
    const bound = shortfallBound(model, base, t, moved);
    const after = rankOptions(pack, answersAfter(answers, set));
    const mine = after.ranking.find((r) => r.option === target);
    if (!mine) throw new Error('target not ranked');
    if (mine.verdict === 'not-recommended') continue;
    expect(bound).not.toBe(Number.POSITIVE_INFINITY);
    const best = Math.max(...after.ranking.filter((r) => r.verdict !== 'not-recommended').map((r) => r.score));
    expect(bound).toBeLessThanOrEqual(best - RECOMMENDED_WITHIN - mine.score);
  }
});
