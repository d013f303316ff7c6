import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnswerValue, Answers } from '../../src/rules/answers/answers-schema';
import type { Pack } from '../../src/rules/pack/pack-schema';
import { planTarget } from '../../src/engine/target/target';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const RUNS = 5;

function median(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[RUNS >> 1] ?? 0) * 1000) / 1000;
}

async function shippedPack(): Promise<Pack> {
  const { parsePackJson } = await import('../../src/rules/pack/load-pack');
  const loaded = parsePackJson(readFileSync(resolve('rules/ai-openness.json'), 'utf8'), { file: 'rules/ai-openness.json' });
  if (!loaded.ok) throw new Error((await import('../support/pack-lines')).packLines(loaded).join('\n'));
  return loaded.pack;
}

/** The golden cases' answers, by case name. */
function goldenAnswers(): [string, Answers][] {
  const dir = resolve('test/golden');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const golden = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { answers: { answers: Answers } };
      return [file.replace(/\.json$/, ''), golden.answers.answers];
    });
}

/** `answers` with every actionable question at the start of its direction: the most moves to try. */
function fromTheStart(pack: Pack, answers: Answers): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const question of pack.sections.flatMap((s) => s.questions)) {
    if (question.kind !== 'choice' || !question.actionable) continue;
    const start = question.actionable.direction === 'up' ? question.choices[0] : question.choices[question.choices.length - 1];
    if (start) next[question.id] = start.value;
  }
  return next;
}

/** `answers` with every actionable question answered "not sure": each is searched from its lowest level. */
function allUnknown(pack: Pack, answers: Answers): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const question of pack.sections.flatMap((s) => s.questions)) if (question.kind === 'choice' && question.actionable) next[question.id] = { unsure: true };
  return next;
}

/** Per golden case: the slowest full target search over every option of the shipped pack (median of runs). */
export async function bench(): Promise<BenchRow[]> {
  const pack = await shippedPack();
  const slowest = (answers: Answers) => Math.max(...pack.options.map((o) => median(() => planTarget(pack, answers, o.id))));
  const rows = goldenAnswers().map(([name, answers]): BenchRow => ({
    name: `target search, slowest option (${name})`,
    value: slowest(answers),
    unit: 'ms',
    target: '< 200 ms',
  }));
  const worst = goldenAnswers().map(([, answers]) => slowest(fromTheStart(pack, answers)));
  rows.push({ name: 'target search, slowest option, every capability at its start (all golden cases)', value: Math.max(...worst), unit: 'ms', target: '< 200 ms' });
  const unknown = goldenAnswers().map(([, answers]) => slowest(allUnknown(pack, answers)));
  rows.push({ name: 'target search, slowest option, every capability "not sure" (all golden cases)', value: Math.max(...unknown), unit: 'ms', target: '< 200 ms' });
  return rows;
}
