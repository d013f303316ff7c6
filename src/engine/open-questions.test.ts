import { describe, expect, it } from 'vitest';
import type { Pack } from '@/rules/pack-schema';
import { unansweredToRevisit } from './open-questions';
import { packIndex } from './pack-index';
import { score } from './score';
import { buildPack } from './test-pack';

describe('unansweredToRevisit', () => {
  const built = buildPack({
    criteria: [{ id: 'c', weight: 3 }],
    questions: [{ id: 'level' }, { id: 'kinds', kind: 'multi' }, { id: 'note', kind: 'text' }, { id: 'optional-level' }],
    options: [{ id: 'a', baseline: { c: 3 } }, { id: 'b', baseline: { c: 2 } }],
  });
  // Every question required but the optional one; the free-text note is required too, and still left out.
  const pack: Pack = {
    ...built,
    sections: built.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.id === 'optional-level' ? q : { ...q, required: true })) })),
  };

  it('keeps required questions and drops free-text and optional ones, in the given order', () => {
    const unanswered = score(pack, {}).unanswered;
    expect(unanswered).toEqual(['level', 'kinds', 'note', 'optional-level']);
    expect(unansweredToRevisit(packIndex(pack), unanswered)).toEqual(['level', 'kinds']);
  });

  it('drops ids the pack does not have', () => {
    expect(unansweredToRevisit(packIndex(pack), ['no-such-question'])).toEqual([]);
  });
});
