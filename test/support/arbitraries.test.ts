import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { answersSchema } from '@/rules/answers/answers-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { arbPack, arbPackAndAnswers } from './arbitraries';

test.prop([arbPack()])('integer packs pass the loader', (pack) => {
  const loaded = loadPack(pack);
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
});

test.prop([arbPack({ fractional: true })])('fractional packs pass the loader', (pack) => {
  const loaded = loadPack(pack);
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
});

test.prop([arbPackAndAnswers()])('answers are well-formed and only name questions of the pack', ([pack, answers]) => {
  expect(answersSchema.safeParse(answers).success).toBe(true);
  const ids = new Set(pack.sections.flatMap((s) => s.questions.map((q) => q.id)));
  for (const id of Object.keys(answers)) expect(ids.has(id)).toBe(true);
});

test('the arbitraries reach the cases the properties rely on', () => {
  const samples = fc.sample(arbPackAndAnswers(), { numRuns: 300, seed: 1 });
  const has = (predicate: (pair: (typeof samples)[number]) => boolean) => samples.some(predicate);
  const questions = (pair: (typeof samples)[number]) => pair[0].sections.flatMap((s) => s.questions);
  expect(has(([, a]) => Object.values(a).some((v) => typeof v === 'object' && !Array.isArray(v)))).toBe(true);
  expect(has((pair) => questions(pair).some((q) => q.showIf !== undefined))).toBe(true);
  expect(has((pair) => questions(pair).some((q) => q.kind === 'multi'))).toBe(true);
  expect(has((pair) => questions(pair).some((q) => q.kind === 'text'))).toBe(true);
  expect(has(([p]) => p.criteria.some((c) => c.weightFrom !== undefined))).toBe(true);
  expect(has(([p]) => p.guards.some((g) => g.severity === 'block'))).toBe(true);
  expect(has(([p]) => p.rules.length > 3)).toBe(true);
  expect(has((pair) => Object.keys(pair[1]).join() !== questions(pair).map((q) => q.id).filter((id) => id in pair[1]).join())).toBe(true);
});
