import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { aggregateWorkshop, withAgreedAgenda, type WorkshopMember } from '@/engine/aggregate/aggregate';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '../support/pack-lines';
import { ANSWERS_FORMAT, type AnswerValue, type AnswersFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { encodeShareLink } from '@/lib/share/share-link';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const APP_ADDRESS = 'https://aperture.example.com/';

/** A small deterministic PRNG (mulberry32), so every run aggregates the same room. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A participant who answers every question: a random choice, a random non-empty subset, sometimes "not sure" or a note. */
function randomAnswers(pack: Pack, next: () => number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const question of pack.sections.flatMap((s) => s.questions)) {
    if (question.kind === 'text') {
      if (next() < 0.3) answers[question.id] = 'We discussed this at the last board meeting.';
    } else if (question.kind === 'choice') {
      answers[question.id] = question.allowUnsure && next() < 0.1 ? { unsure: true } : (question.choices[Math.floor(next() * question.choices.length)]?.value ?? '');
    } else {
      const picked = question.choices.filter(() => next() < 0.5).map((c) => c.value);
      answers[question.id] = picked.length > 0 ? picked : [question.choices[0]?.value ?? ''];
    }
  }
  return answers;
}

/** Every question answered with its longest value: the longest share link a full answers set gives. */
function fullAnswers(pack: Pack): AnswersFile {
  const answers: Record<string, AnswerValue> = {};
  for (const question of pack.sections.flatMap((s) => s.questions)) {
    if (question.kind === 'choice') answers[question.id] = [...question.choices].sort((a, b) => b.value.length - a.value.length)[0]?.value ?? '';
    else if (question.kind === 'multi') answers[question.id] = question.choices.map((c) => c.value);
    else answers[question.id] = 'We expect regulators to ask how the model was trained.';
  }
  return {
    format: ANSWERS_FORMAT,
    rules: { id: pack.id, version: pack.version },
    respondent: { name: 'Hanako Yamada', role: 'Chief Executive Officer', company: 'Sample Holdings K.K.' },
    answers,
    savedAt: '2026-11-28T10:00:00.000Z',
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Aggregating a room of 50 on the default pack, and the length of share links. */
export async function bench(): Promise<BenchRow[]> {
  const loaded = loadPack(JSON.parse(readFileSync(resolve('rules/ai-openness.json'), 'utf8')));
  if (!loaded.ok) throw new Error(`rules/ai-openness.json does not load: ${packLines(loaded).join('; ')}`);
  const pack = loaded.pack;
  const next = random(20261128);
  const room: WorkshopMember[] = Array.from({ length: 50 }, (_, i) => ({ id: `p${i + 1}`, label: `P${i + 1}`, answers: randomAnswers(pack, next) }));
  for (let run = 0; run < 3; run += 1) aggregateWorkshop(pack, room); // warm up (pack index, JIT)
  const times: number[] = [];
  let aggregate = aggregateWorkshop(pack, room);
  for (let run = 0; run < 15; run += 1) {
    const started = performance.now();
    aggregate = aggregateWorkshop(pack, room);
    times.push(performance.now() - started);
  }
  // One more agreed answer: the most disputed open question, at the room's median.
  const disputed = aggregate.agenda.find((item) => !item.agreed);
  const median0 = aggregate.spreads.find((s) => s.question === disputed?.question)?.median;
  const agreed = disputed && median0 !== null && median0 !== undefined ? { [disputed.question]: median0 } : {};
  const recompute: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    const started = performance.now();
    withAgreedAgenda(pack, aggregate, agreed);
    recompute.push(performance.now() - started);
  }
  const pairs = aggregate.agenda.filter((item) => item.change !== null && item.change.given !== null).length;
  const rows: BenchRow[] = [
    { name: `aggregate ${room.length} participants × ${pack.sections.flatMap((s) => s.questions).length} questions, agenda with pairs (median of 15)`, value: round(median(times)), unit: 'ms', target: '< 200 ms' },
    { name: 'recompute the agenda after one agreed answer (median of 15)', value: round(median(recompute)), unit: 'ms', target: '< 50 ms' },
    { name: 'agenda items for that room', value: aggregate.agenda.length, unit: 'questions' },
    { name: 'of which can change the outcome (alone / only with another)', value: aggregate.agenda.filter((item) => item.changesTop).length, unit: `items (${pairs} only in a pair)` },
    { name: 'share link, full answers set (longest values)', value: encodeShareLink(APP_ADDRESS, fullAnswers(pack)).length, unit: 'chars' },
  ];
  const fixtures = resolve('test/fixtures/answers');
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()) {
    const file = JSON.parse(readFileSync(resolve(fixtures, name), 'utf8')) as AnswersFile;
    rows.push({ name: `share link, ${basename(name, '.json')}`, value: encodeShareLink(APP_ADDRESS, file).length, unit: 'chars' });
  }
  return rows;
}
