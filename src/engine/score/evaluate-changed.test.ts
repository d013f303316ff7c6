import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { readAnswers } from './answer-state';
import { arbAnswers, arbPack } from '@test/support/arbitraries';
import { evaluate, resolveOverride } from './evaluate';
import { packModel } from './model';
import fc from 'fast-check';

/** Two answer sets of one pack, and what-if weights (none, or some). */
const arbTwoAnswers = arbPack().chain((pack) =>
  fc.tuple(fc.constant(pack), arbAnswers(pack), arbAnswers(pack), fc.option(fc.dictionary(fc.constantFrom(...pack.criteria.map((c) => c.id)), fc.integer({ min: 0, max: 5 })), { nil: undefined })),
);

const plain = (e: ReturnType<typeof evaluate>) => ({
  state: Array.from(e.state.code),
  shown: Array.from(e.shown),
  weights: Array.from(e.weights),
  fired: Array.from(e.fired),
  total: Array.from(e.total),
  performance: Array.from(e.performance),
  scores: Array.from(e.scores),
  firedGuards: Array.from(e.firedGuards),
  unknownGuards: Array.from(e.unknownGuards),
  visible: Array.from(e.visible),
  blocked: Array.from(e.blocked),
});

test.prop([arbTwoAnswers])('an evaluation from a base gives exactly the full evaluation, for any answers that differ', ([pack, before, after, weights]) => {
  const model = packModel(pack);
  const override = resolveOverride(model, weights);
  const base = evaluate(model, readAnswers(model.index, before), override);
  const baseCopy = plain(base);
  const raw = readAnswers(model.index, after);
  const questions = model.index.questionList.filter((e) => JSON.stringify(before[e.question.id]) !== JSON.stringify(after[e.question.id])).map((e) => e.order);
  const changed = evaluate(model, raw, override, undefined, { base, questions });
  expect(plain(changed)).toEqual(plain(evaluate(model, raw, override)));
  expect(plain(base)).toEqual(baseCopy);
});
