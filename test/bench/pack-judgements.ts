/**
 * The default pack's judgements over seeded random answer sets: each option's share of first
 * places, the monotonicity checks the pack promises, and clamping per option × criterion.
 * `npx tsx test/bench/pack-judgements.ts [pack.json] [--n 3000]`
 */
import { readFileSync } from 'node:fs';
import { holds } from '@/engine/conditions/conditions';
import { rankOptions } from '@/engine/score/score';
import { visibleAnswers } from '@/engine/conditions/visibility';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '../support/pack-lines';
import type { Pack, Question } from '@/rules/pack/pack-schema';

const args = process.argv.slice(2);
const file = args.find((arg) => arg.endsWith('.json')) ?? 'rules/ai-openness.json';
const nAt = args.indexOf('--n');
const n = nAt >= 0 ? Number(args[nAt + 1]) : 3000;

const loaded = loadPack(JSON.parse(readFileSync(file, 'utf8')), { file });
if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
const pack: Pack = loaded.pack;
const questions: Question[] = pack.sections.flatMap((section) => section.questions);

/** Mulberry32: small, seeded, good enough for sampling answer sets. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(next: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    if (q.kind === 'text') continue;
    if (q.kind === 'choice') {
      if (q.allowUnsure && next() < 0.1) answers[q.id] = { unsure: true };
      else answers[q.id] = q.choices[Math.floor(next() * q.choices.length)]!.value;
      continue;
    }
    const picked = q.choices.filter(() => next() < 0.5).map((c) => c.value);
    answers[q.id] = picked.length > 0 ? picked : [q.choices[Math.floor(next() * q.choices.length)]!.value];
  }
  return answers as Answers;
}

function first(answers: Answers): { option: string; tie: boolean; lead: number } {
  const { ranking } = rankOptions(pack, answers);
  const [a, b] = ranking;
  const blockedB = !b || b.guards.length > 0;
  const lead = a && b && !blockedB ? a.score - b.score : Infinity;
  return { option: a?.option ?? '', tie: lead < 1e-9, lead };
}

const next = rng(20261202);
const sets = Array.from({ length: n }, () => randomAnswers(next));

// First places.
const firsts: Record<string, number> = Object.fromEntries(pack.options.map((o) => [o.id, 0]));
let ties = 0;
let under1 = 0;
let under3 = 0;
let allBlocked = 0;
for (const answers of sets) {
  const { ranking } = rankOptions(pack, answers);
  const top = first(answers);
  firsts[top.option] = (firsts[top.option] ?? 0) + 1;
  if (ranking[0]?.guards.length) allBlocked += 1;
  if (top.tie) ties += 1;
  if (top.lead < 1) under1 += 1;
  if (top.lead < 3) under3 += 1;
}
const pct = (k: number) => `${((100 * k) / n).toFixed(1)} %`;
console.log(`${pack.id} ${pack.version}: ${n} random answer sets`);
console.log('first place:', pack.options.map((o) => `${o.id} ${pct(firsts[o.id] ?? 0)}`).join(', '));
console.log(`exact ties ${pct(ties)}, lead < 1 point ${pct(under1)}, lead < 3 points ${pct(under3)}, every option blocked ${pct(allBlocked)}`);

// Clamping: the raw performance (baseline + deltas) outside 0..10.
const clamped: Record<string, number> = {};
let moatAboveClosed = 0;
for (const answers of sets) {
  const visible = visibleAnswers(pack, answers);
  const raw: Record<string, number> = {};
  for (const o of pack.options) for (const c of pack.criteria) raw[`${o.id}.${c.id}`] = o.baseline[c.id] ?? 0;
  for (const rule of pack.rules) {
    if (!holds(rule.when, visible, pack)) continue;
    for (const e of rule.effects) raw[`${e.option}.${e.criterion}`] = (raw[`${e.option}.${e.criterion}`] ?? 0) + e.delta;
  }
  for (const [cell, value] of Object.entries(raw)) if (value < 0 || value > 10) clamped[cell] = (clamped[cell] ?? 0) + 1;
  const closedMoat = Math.min(10, raw['closed.moat'] ?? 0);
  if (pack.options.some((o) => o.id !== 'closed' && Math.min(10, raw[`${o.id}.moat`] ?? 0) > closedMoat)) moatAboveClosed += 1;
}
const worst = Object.entries(clamped).sort((a, b) => b[1] - a[1]);
console.log('clamped cells (share of sets):', worst.slice(0, 6).map(([cell, k]) => `${cell} ${pct(k)}`).join(', ') || 'none');
console.log(`cells clamped in more than 10 %: ${worst.filter(([, k]) => k / n > 0.1).length}; another option above closed on moat: ${pct(moatAboveClosed)}`);

// Monotonicity: move one question through its levels; count steps that break the promise
// (steps with an exact tie for first place on either side are not counted: a tie is no first place).
function sweep(id: string, check: (before: string, after: string) => boolean): { steps: number; violations: number } {
  const q = questions.find((question) => question.id === id);
  if (!q || q.kind !== 'choice') return { steps: 0, violations: 0 };
  let steps = 0;
  let violations = 0;
  for (const answers of sets) {
    let before: { option: string; tie: boolean } | undefined;
    for (const choice of q.choices) {
      const top = first({ ...answers, [id]: choice.value } as Answers);
      if (before !== undefined) {
        steps += 1;
        if (!top.tie && !before.tie && check(before.option, top.option)) violations += 1;
      }
      before = top;
    }
  }
  return { steps, violations };
}
const open = new Set(['fully-open', 'open-weights']);
const misuse = sweep('risk.misuse', (before, after) => !open.has(before) && open.has(after));
const imitation = sweep('risk.imitation', (before, after) => before !== 'closed' && after === 'closed');
const capacity = sweep('community.capacity', (before, after) => before === 'fully-open' && after !== 'fully-open');
console.log(`monotonicity (tie-free steps that break it): misuse ↑ makes fully open / open weights first ${misuse.violations} of ${misuse.steps}; imitation tolerance ↑ makes closed first ${imitation.violations} of ${imitation.steps}; community capacity ↑ makes fully open lose first place ${capacity.violations} of ${capacity.steps}`);

// First places by the role of AI and by in-house ML capability, to see where each option wins.
for (const role of questions.filter((question) => ['profile.ai-role', 'profile.ml-capability'].includes(question.id))) {
  if (role.kind !== 'choice') continue;
  console.log(`by ${role.id}:`);
  for (const choice of role.choices) {
    const counts: Record<string, number> = {};
    let k = 0;
    for (const answers of sets) {
      if (answers[role.id] !== choice.value) continue;
      k += 1;
      const top = first(answers).option;
      counts[top] = (counts[top] ?? 0) + 1;
    }
    console.log(`  ${choice.value} (${k}): ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([o, c]) => `${o} ${((100 * c) / k).toFixed(0)} %`).join(', ')}`);
  }
}
