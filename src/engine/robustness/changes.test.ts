import { describe, expect, it } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import { MAX_CHANGE_EVALUATIONS, MAX_LISTED_CHANGES } from './changes';
import { analyseRobustness } from './robustness';
import { rankOptions } from '../score/score';
import { buildPack } from '@test/support/pack-builder';

const LEVELS = ['l0', 'l1', 'l2', 'l3', 'l4'];

/**
 * A generated pack of `size` five-level questions. Each question at its top level gives option b
 * `step` points on c1 (a starts `gap` ahead). With step > gap, every question flips the first option on
 * its own; with 2·step > gap > step, only pairs do, so the search would sweep every pair.
 */
function largePack(size: number, step: number, gap: number) {
  const ids = Array.from({ length: size }, (_, i) => `q${String(i).padStart(3, '0')}`);
  return {
    pack: buildPack({
      criteria: [{ id: 'c1', weight: 1 }],
      questions: ids.map((id) => ({ id, choices: LEVELS })),
      options: [
        { id: 'a', baseline: { c1: 5 } },
        { id: 'b', baseline: { c1: 5 - gap } },
      ],
      rules: ids.map((id) => ({ id: `r-${id}`, when: { q: id, is: 'l4' }, effects: [{ option: 'b', criterion: 'c1', delta: step }] })),
    }),
    answers: Object.fromEntries(ids.map((id) => [id, 'l0'])) as Answers,
  };
}

describe('what would change it, bounded (a pack of 500 questions)', () => {
  it('lists at most a dozen lines, counts the rest, and stays within its work limit', () => {
    const { pack, answers } = largePack(500, 0.5, 0.3);
    expect(rankOptions(pack, answers).ranking[0]?.option).toBe('a');
    const { changes, changeSearch } = analyseRobustness(pack, answers, { samples: 10 });
    expect(changes).toHaveLength(MAX_LISTED_CHANGES);
    // Each question's single change to its top level works: 500 lines, a dozen listed.
    expect(changes.length + changeSearch.more).toBe(500);
    expect(changeSearch.evaluations).toBe(2000);
    expect(changeSearch.complete).toBe(true);
    expect(changes[0]?.changes).toEqual([{ question: 'q000', from: 'l0', to: 'l4' }]);
  });

  it('tries only a bounded number of pairs, most promising first, and says the search was cut short', () => {
    const { pack, answers } = largePack(500, 0.5, 0.7);
    const { changes, changeSearch } = analyseRobustness(pack, answers, { samples: 10 });
    // 2,000 single changes, then some of the 2,000,000 pairs: never more than the limit in all.
    expect(changeSearch.evaluations).toBe(MAX_CHANGE_EVALUATIONS);
    expect(changeSearch.complete).toBe(false);
    // The promising pairs come first: the remaining work found flipping pairs (both halves at the top level).
    expect(changes.length).toBe(MAX_LISTED_CHANGES);
    expect(changeSearch.more).toBeGreaterThan(0);
    for (const change of changes) expect(change.changes.map((c) => c.to)).toEqual(['l4', 'l4']);
  });

  it('grows its work with the number of questions only up to the limit', () => {
    const work = (size: number) => analyseRobustness(largePack(size, 0.5, 0.7).pack, largePack(size, 0.5, 0.7).answers, { samples: 10 }).changeSearch;
    const small = work(10);
    // 40 singles and every pair of different questions (C(40, 2) − 10 · C(4, 2)) fit the limit: the search is complete.
    expect(small).toMatchObject({ evaluations: 40 + 780 - 60, complete: true });
    expect(work(100).evaluations).toBe(MAX_CHANGE_EVALUATIONS);
    expect(work(500).evaluations).toBe(MAX_CHANGE_EVALUATIONS);
  });

  it('leaves questions out when even the single changes exceed the limit, and counts them', () => {
    const { pack, answers } = largePack(1200, 0.5, 0.7);
    const { changeSearch } = analyseRobustness(pack, answers, { samples: 10 });
    expect(changeSearch.evaluations).toBe(MAX_CHANGE_EVALUATIONS);
    expect(changeSearch.complete).toBe(false);
    expect(changeSearch.notVaried).toBe(1200 - MAX_CHANGE_EVALUATIONS / 4);
  });
});
