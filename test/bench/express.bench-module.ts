import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerValue, Answers } from '../../src/rules/answers/answers-schema';
import type { Pack, Question } from '../../src/rules/pack/pack-schema';
import { nextExpressQuestion } from '../../src/engine/express/express-path';
import { assess } from '../../src/engine/express/assess';
import { settledness } from '../../src/engine/express/settledness';
import { parsePackJson } from '../../src/rules/pack/load-pack';
import { packLines } from '../support/pack-lines';

type BenchRow = { name: string; value: number; unit: string; target?: string };

/** Random answer sets of the default pack (besides the golden cases). */
const RANDOM_SETS = 1000;

/** A small deterministic generator (Park–Miller), so the random answer sets are the same every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
}

/** One respondent's full answers: every choice question answered (one in ten "not sure" where allowed), lists drawn, text left blank. */
function randomAnswers(pack: Pack, next: (n: number) => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  const questions: Question[] = pack.sections.flatMap((s) => s.questions);
  for (const q of questions) {
    if (q.kind === 'choice') {
      answers[q.id] = q.allowUnsure === true && next(10) === 0 ? { unsure: true } : (q.choices[next(q.choices.length)]?.value ?? '');
    } else if (q.kind === 'multi') {
      const values = q.choices.filter(() => next(2) === 0).map((c) => c.value);
      if (values.length > 0) answers[q.id] = values;
    }
  }
  return answers;
}

/** The recommended set as the results screen shows it: `assess`, so questions proven not needed never hold the verdict back. */
function recommended(pack: Pack, answers: Answers): string {
  return assess(pack, answers)
    .ranking.filter((r) => r.verdict === 'recommended')
    .map((r) => r.option)
    .sort()
    .join(',');
}

/** The express path against one respondent, timing every settledness check. */
function express(pack: Pack, full: Answers, times: number[]): { asked: number; same: boolean } {
  const answers: Record<string, AnswerValue> = {};
  const asked = new Set<string>();
  for (;;) {
    const started = performance.now();
    const state = settledness(pack, answers);
    times.push(performance.now() - started);
    const next = nextExpressQuestion(state, asked);
    if (next === undefined) break;
    asked.add(next);
    const value = Object.hasOwn(full, next) ? full[next] : undefined;
    if (value !== undefined) answers[next] = value;
  }
  return { asked: asked.size, same: recommended(pack, answers) === recommended(pack, full) };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** The express path over the golden cases and seeded random answer sets of the default pack. */
export async function bench(): Promise<BenchRow[]> {
  const loaded = parsePackJson(readFileSync(resolve('rules/ai-openness.json'), 'utf8'), { file: 'rules/ai-openness.json' });
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  const pack = loaded.pack;
  const goldenDir = resolve('test/golden');
  const golden = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as { answers: { answers: Answers } }).answers.answers);
  const next = generator(20261202);
  const random = Array.from({ length: RANDOM_SETS }, () => randomAnswers(pack, next));
  const times: number[] = [];
  const goldenRuns = golden.map((answers) => express(pack, answers, times));
  const randomRuns = random.map((answers) => express(pack, answers, times));
  const all = [...goldenRuns, ...randomRuns];
  const asked = all.map((r) => r.asked).sort((a, b) => a - b);
  const goldenAsked = goldenRuns.map((r) => r.asked).sort((a, b) => a - b);
  const sortedTimes = [...times].sort((a, b) => a - b);
  const questions = pack.sections.flatMap((s) => s.questions).length;
  return [
    { name: `express: questions asked before settled, mean (${all.length} answer sets; the pack has ${questions})`, value: round(mean(asked)), unit: 'questions', target: '≤ 12' },
    { name: 'express: questions asked before settled, 90th percentile', value: percentile(asked, 0.9), unit: 'questions' },
    { name: `express: golden cases only (${goldenRuns.length}), mean`, value: round(mean(goldenAsked)), unit: 'questions' },
    { name: 'express: same recommended set as the full questionnaire', value: round((100 * all.filter((r) => r.same).length) / all.length, 1), unit: '%', target: '100' },
    { name: `settledness check, mean of ${times.length}`, value: round(mean(sortedTimes)), unit: 'ms', target: '< 20' },
    { name: 'settledness check, 90th percentile', value: round(percentile(sortedTimes, 0.9)), unit: 'ms', target: '< 20' },
    { name: 'settledness check, slowest', value: round(sortedTimes.at(-1) ?? Number.NaN), unit: 'ms' },
  ];
}
