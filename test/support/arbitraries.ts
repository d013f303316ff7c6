import fc from 'fast-check';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Condition, Pack, Question } from '@/rules/pack/pack-schema';
import { buildPack, buildQuestion, type QuestionSpec } from './pack-builder';

/**
 * fast-check arbitraries for engine properties: small packs that pass the loader (2–4 criteria,
 * 1–3 sections, choice / multi / text questions with "not sure" and `showIf` on earlier
 * questions, 2–5 options, rules and guards on real ids) and answers for them, including "not sure",
 * answers to hidden questions, blank ones, unanswered questions and keys in any order.
 * Packs are drawn as numeric seeds and then built, so every reference is valid by construction
 * and shrinking stays meaningful.
 */

type LeafSeed = { readonly q: number; readonly op: number; readonly v: number; readonly w: number; readonly list: boolean };
type ConditionSeed = LeafSeed | { readonly all: ConditionSeed[] } | { readonly any: ConditionSeed[] } | { readonly not: ConditionSeed };

const OPTION_IDS = ['open-core', 'closed', 'api', 'fully-open', 'staged', 'hybrid'] as const;
const CHOICES = ['none', 'low', 'mid', 'high', 'top'] as const;
const TEXTS = ['', '   ', 'a note', '社内メモ'] as const;

export type PackShape = {
  /** Draw fractional weights, baselines and deltas (default: halves and integers, so sums are exact). */
  readonly fractional?: boolean;
};

const leafSeed: fc.Arbitrary<LeafSeed> = fc.record({ q: fc.nat(50), op: fc.nat(3), v: fc.nat(9), w: fc.nat(9), list: fc.boolean() });

const conditionSeed: fc.Arbitrary<ConditionSeed> = fc.letrec<{ node: ConditionSeed }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafSeed,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

function leafOf(seed: LeafSeed, questions: readonly Question[]): Condition {
  const question = questions[seed.q % questions.length];
  if (!question) return { q: 'missing', answered: true };
  const q = question.id;
  if (question.kind === 'text') return { q, answered: seed.list };
  const values = question.choices.map((c) => c.value);
  const value = values[seed.v % values.length] ?? '';
  const other = values[seed.w % values.length] ?? '';
  const listed = value === other ? [value] : [value, other];
  if (question.kind === 'multi') return seed.op % 2 === 0 ? { q, includes: seed.list ? listed : value } : { q, answered: seed.list };
  switch (seed.op) {
    case 0:
      return { q, is: seed.list ? listed : value };
    case 1:
      return { q, atLeast: value };
    case 2:
      return { q, atMost: value };
    default:
      return { q, answered: seed.list };
  }
}

/** Builds a condition over `questions` (non-empty) from a seed. */
function conditionOf(seed: ConditionSeed, questions: readonly Question[]): Condition {
  if ('all' in seed) return { all: seed.all.map((s) => conditionOf(s, questions)) };
  if ('any' in seed) return { any: seed.any.map((s) => conditionOf(s, questions)) };
  if ('not' in seed) return { not: conditionOf(seed.not, questions) };
  return leafOf(seed, questions);
}

const questionSeed = fc.record({
  kind: fc.constantFrom('choice', 'choice', 'choice', 'multi', 'text'),
  choices: fc.integer({ min: 2, max: 5 }),
  allowUnsure: fc.boolean(),
  showIf: fc.option(conditionSeed, { freq: 2 }),
});

function amount(fractional: boolean, min: number, max: number): fc.Arbitrary<number> {
  return fractional
    ? fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))
    : fc.integer({ min: min * 2, max: max * 2 }).map((x) => x / 2);
}

/** A small pack that passes the loader. */
export function arbPack(shape: PackShape = {}): fc.Arbitrary<Pack> {
  const fractional = shape.fractional ?? false;
  const exactly = (n: number) => ({ minLength: n, maxLength: n });
  const weightFrom = fc.tuple(fc.nat(20), fc.array(fc.integer({ min: 0, max: 5 }), exactly(5)));
  const effect = fc.record({ o: fc.nat(9), c: fc.nat(9), delta: amount(fractional, -8, 8) });
  return fc
    .record({
      criteria: fc.array(fc.record({ weight: amount(fractional, 0, 5), from: fc.option(weightFrom, { freq: 3 }) }), { minLength: 2, maxLength: 4 }),
      sections: fc.array(fc.array(questionSeed, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      optionIds: fc.uniqueArray(fc.constantFrom(...OPTION_IDS), { minLength: 2, maxLength: 5 }),
      baselines: fc.array(fc.array(amount(fractional, 0, 10), exactly(4)), exactly(5)),
      rules: fc.array(fc.record({ when: conditionSeed, effects: fc.array(effect, { minLength: 1, maxLength: 3 }) }), { maxLength: 8 }),
      guards: fc.array(fc.record({ when: conditionSeed, options: fc.array(fc.nat(9), { minLength: 1, maxLength: 2 }), block: fc.boolean() }), { maxLength: 3 }),
    })
    .map((seed) => {
      const questions: QuestionSpec[] = [];
      const built: Question[] = [];
      seed.sections.forEach((section, s) =>
        section.forEach((q, i) => {
          const spec: QuestionSpec = {
            id: `s${s}.q${i}`,
            section: `s${s}`,
            kind: q.kind,
            choices: CHOICES.slice(0, q.choices),
            allowUnsure: q.kind === 'choice' && q.allowUnsure,
            ...(q.showIf && built.length > 0 ? { showIf: conditionOf(q.showIf, built) } : {}),
          };
          questions.push(spec);
          built.push(buildQuestion(spec));
        }),
      );
      const choiceQuestions = built.filter((q) => q.kind === 'choice');
      const criteria = seed.criteria.map((c, k) => {
        const question = c.from && choiceQuestions.length > 0 ? choiceQuestions[c.from[0] % choiceQuestions.length] : undefined;
        const weights = question && question.kind === 'choice' && c.from ? Object.fromEntries(question.choices.map((choice, i) => [choice.value, c.from?.[1][i] ?? 0])) : undefined;
        return { id: `crit-${k}`, weight: c.weight, ...(question && weights ? { weightFrom: { question: question.id, weights } } : {}) };
      });
      const optionAt = (n: number): string => seed.optionIds[n % seed.optionIds.length] ?? '';
      const options = seed.optionIds.map((id, o) => ({ id, baseline: Object.fromEntries(criteria.map((c, k) => [c.id, seed.baselines[o]?.[k] ?? 5])) }));
      const rules = seed.rules.map((r, i) => ({
        id: `rule-${i}`,
        when: conditionOf(r.when, built),
        effects: r.effects.map((e) => ({ option: optionAt(e.o), criterion: criteria[e.c % criteria.length]?.id ?? '', delta: e.delta })),
      }));
      const guards = seed.guards.map((g, i) => ({
        id: `guard-${i}`,
        options: [...new Set(g.options.map(optionAt))],
        severity: g.block ? ('block' as const) : ('caution' as const),
        when: conditionOf(g.when, built),
      }));
      return buildPack({ criteria, questions, options, rules, guards });
    });
}

function arbAnswer(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  switch (question.kind) {
    case 'choice': {
      const values = question.choices.map((c) => c.value);
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...values) },
        { weight: question.allowUnsure ? 2 : 0, arbitrary: fc.constant({ unsure: true } as const) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
    }
    case 'multi':
      return fc.option(fc.subarray(question.choices.map((c) => c.value)), { nil: undefined, freq: 5 });
    case 'text':
      return fc.option(fc.constantFrom(...TEXTS), { nil: undefined, freq: 3 });
  }
}

/** Answers for `pack`: any question may be answered (hidden ones too), "not sure", blank or left out; keys in random order. */
export function arbAnswers(pack: Pack): fc.Arbitrary<Answers> {
  const questions = pack.sections.flatMap((s) => s.questions);
  return fc
    .tuple(fc.tuple(...questions.map(arbAnswer)), fc.array(fc.double({ noNaN: true }), { minLength: questions.length, maxLength: questions.length }))
    .map(([values, order]) => {
      const entries = questions.flatMap((q, i) => (values[i] === undefined ? [] : [{ id: q.id, value: values[i], key: order[i] ?? 0 }]));
      entries.sort((a, b) => a.key - b.key);
      const answers: Record<string, AnswerValue> = {};
      for (const entry of entries) answers[entry.id] = entry.value as AnswerValue;
      return answers;
    });
}

/** A pack with answers for it. */
export function arbPackAndAnswers(shape: PackShape = {}): fc.Arbitrary<[Pack, Answers]> {
  return arbPack(shape).chain((pack) => arbAnswers(pack).map((answers): [Pack, Answers] => [pack, answers]));
}
