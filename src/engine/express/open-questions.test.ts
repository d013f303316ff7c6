import { describe, expect, it } from 'vitest';
import type { Pack } from '@/rules/pack/pack-schema';
import { countedProgress, countedQuestions, unansweredToRevisit } from './open-questions';
import { packIndex } from '../score/pack-index';
import { score } from '../score/score';
import { buildPack } from '@test/support/pack-builder';

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

describe('countedQuestions', () => {
  const pack = buildPack({
    criteria: [{ id: 'c', weight: 3 }],
    questions: [{ id: 'level', choices: ['low', 'high'] }, { id: 'detail', showIf: { q: 'level', is: 'high' } }, { id: 'note', kind: 'text' }],
    options: [{ id: 'a', baseline: { c: 3 } }],
  });

  it('counts the questions shown for the answers, free text left out, and how many are answered ("not sure" included)', () => {
    expect(countedQuestions(pack, {})).toEqual(['level']);
    expect(countedQuestions(pack, { level: 'high' })).toEqual(['level', 'detail']);
    expect(countedProgress(pack, { level: 'high', detail: { unsure: true }, note: 'x' })).toEqual({ answered: 2, total: 2 });
    expect(countedProgress(pack, { level: 'low', detail: 'yes' })).toEqual({ answered: 1, total: 1 });
  });
});
