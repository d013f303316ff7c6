import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnswerValue, Answers } from '../../src/rules/answers/answers-schema';
import type { Condition, Pack } from '../../src/rules/pack/pack-schema';
import { acceptabilityOf } from '../../src/engine/robustness/acceptability';
import { readAnswers } from '../../src/engine/score/answer-state';
import { changesOf } from '../../src/engine/robustness/changes';
import { evaluate, resolveOverride } from '../../src/engine/score/evaluate';
import { packModel } from '../../src/engine/score/model';
import { rankOptions, score } from '../../src/engine/score/score';
import { weightStabilityOf } from '../../src/engine/robustness/stability';
import { buildPack, type QuestionSpec } from '../support/pack-builder';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const RUNS = 50;
const WARM_UP = 5;
const LEVELS = ['l0', 'l1', 'l2', 'l3', 'l4'] as const;

/** A small deterministic generator (Park–Miller), so the synthetic pack is the same every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
}

/** A pack the size of the shipped one: 27 five-level questions, 7 criteria, 7 options, 60 rules, 10 guards. */
function syntheticPack(): Pack {
  const next = generator(20261128);
  const level = (): string => LEVELS[next(5)] ?? 'l0';
  const criteria = Array.from({ length: 7 }, (_, c) => ({
    id: `c${c}`,
    weight: 1 + next(5),
    ...(c < 3 ? { weightFrom: { question: `q${24 + c}`, weights: { l0: 0, l1: 1, l2: 2, l3: 4, l4: 5 } } } : {}),
  }));
  const questions: QuestionSpec[] = Array.from({ length: 27 }, (_, q) => ({
    id: `q${q}`,
    section: `s${Math.floor(q / 6)}`,
    choices: LEVELS,
    allowUnsure: true,
    ...(q % 6 === 5 ? { showIf: { q: `q${q - 1}`, atLeast: 'l1' } } : {}),
  }));
  const options = Array.from({ length: 7 }, (_, o) => ({
    id: `option-${o}`,
    baseline: Object.fromEntries(criteria.map((c) => [c.id, 2 + next(7)])),
  }));
  const leaf = (): Condition => {
    const q = `q${next(24)}`;
    const kind = next(3);
    return kind === 0 ? { q, atLeast: level() } : kind === 1 ? { q, atMost: level() } : { q, is: [level(), level()] };
  };
  const rules = Array.from({ length: 60 }, (_, r) => ({
    id: `rule-${r}`,
    when: next(3) === 0 ? leaf() : { all: [leaf(), next(2) === 0 ? leaf() : { not: leaf() }] },
    effects: Array.from({ length: 2 + next(2) }, () => ({
      option: `option-${next(7)}`,
      criterion: `c${next(7)}`,
      delta: next(7) - 3,
    })),
  }));
  const guards = Array.from({ length: 10 }, (_, g) => ({
    id: `guard-${g}`,
    options: [`option-${next(7)}`],
    severity: g % 2 === 0 ? ('block' as const) : ('caution' as const),
    when: { all: [{ q: `q${next(24)}`, atLeast: 'l4' }, { q: `q${next(24)}`, atLeast: 'l3' }] },
  }));
  return buildPack({ criteria, questions, options, rules, guards });
}

async function shippedPack(): Promise<Pack | undefined> {
  const file = resolve('rules/ai-openness.json');
  if (!existsSync(file)) return undefined;
  const { parsePackJson } = await import('../../src/rules/pack/load-pack');
  const loaded = parsePackJson(readFileSync(file, 'utf8'), { file: 'rules/ai-openness.json' });
  return loaded.ok ? loaded.pack : undefined;
}

/** Answers to every choice question, the level drawn from `seed`, with `unsure` of them "not sure". */
function answersFor(pack: Pack, seed: number, unsure: number): Answers {
  const next = generator(seed);
  const answers: Record<string, AnswerValue> = {};
  for (const question of pack.sections.flatMap((s) => s.questions)) {
    if (question.kind !== 'choice') continue;
    const choice = question.choices[next(question.choices.length)];
    if (choice) answers[question.id] = choice.value;
  }
  for (const question of pack.sections.flatMap((s) => s.questions).filter((q) => q.kind === 'choice' && q.allowUnsure).slice(0, Math.min(unsure, 1000))) {
    answers[question.id] = { unsure: true };
  }
  return answers;
}

function median(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(((times[(RUNS - 1) >> 1] ?? 0) + (times[RUNS >> 1] ?? 0)) * 500) / 1000;
}

/** Answers whose first option no single change moves, so `changes` sweeps every pair (the worst case). */
function pairSweepAnswers(pack: Pack): Answers | undefined {
  const model = packModel(pack);
  for (let seed = 1; seed < 400; seed += 1) {
    const answers = answersFor(pack, seed, 0);
    const raw = readAnswers(model.index, answers);
    const override = resolveOverride(model, undefined);
    const { changes } = changesOf(model, raw, override, evaluate(model, raw, override));
    if (changes.every((c) => c.changes.length === 2)) return answers;
  }
  return undefined;
}

/** Medians (ms) of the scoring engine on the shipped pack, or on a synthetic pack of its size. */
export async function bench(): Promise<BenchRow[]> {
  const shipped = await shippedPack();
  const pack = shipped ?? syntheticPack();
  const label = shipped ? 'ai-openness' : 'synthetic 27q/7c/7o/60r/10g';
  const model = packModel(pack);
  const override = resolveOverride(model, undefined);
  const setup = (answers: Answers) => {
    const raw = readAnswers(model.index, answers);
    return { raw, base: evaluate(model, raw, override) };
  };
  const answered = answersFor(pack, 7, 0);
  const unsure = answersFor(pack, 7, 3);
  const allUnsure = answersFor(pack, 7, Number.POSITIVE_INFINITY);
  const a = setup(answered);
  const u = setup(unsure);
  const all = setup(allUnsure);
  const rows: BenchRow[] = [
    { name: `rankOptions (${label})`, value: median(() => rankOptions(pack, answered)), unit: 'ms' },
    { name: `acceptability, 2000 samples, all answered (${label})`, value: median(() => acceptabilityOf(model, a.raw, override, a.base, {})), unit: 'ms', target: '< 50 ms' },
    { name: `acceptability, 2000 samples, 3 not sure (${label})`, value: median(() => acceptabilityOf(model, u.raw, override, u.base, {})), unit: 'ms', target: '< 50 ms' },
    { name: `acceptability, 2000 samples, every allowed "not sure" (${label})`, value: median(() => acceptabilityOf(model, all.raw, override, all.base, {})), unit: 'ms', target: '< 50 ms' },
    { name: `weightStability (${label})`, value: median(() => weightStabilityOf(model, a.base)), unit: 'ms' },
    { name: `changes (${label})`, value: median(() => changesOf(model, a.raw, override, a.base)), unit: 'ms', target: '< 100 ms' },
  ];
  rows.push({ name: `score: full result with robustness (${label})`, value: median(() => score(pack, answered)), unit: 'ms' });
  const sweep = pairSweepAnswers(pack);
  if (sweep) {
    const s = setup(sweep);
    rows.push({ name: `changes, full pair sweep (${label})`, value: median(() => changesOf(model, s.raw, override, s.base)), unit: 'ms', target: '< 100 ms' });
  }
  return rows;
}
