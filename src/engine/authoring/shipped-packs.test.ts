import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import { parsePackJson } from '@/rules/pack/load-pack';
import { arbAnswers } from '@test/support/arbitraries';
import { rankOptions, score } from '../score/score';

/** The engine's invariants on the packs that ship (rules/*.json, rules/examples/*.json), with random answers. */

const packFiles = ['rules', 'rules/examples'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'rules.schema.json')
    .map((name) => join(dir, name)),
);

describe.each(packFiles)('%s', (file) => {
  const loaded = parsePackJson(readFileSync(file, 'utf8'), { file });

  it('loads', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('keeps every invariant for random answers', () => {
    if (!loaded.ok) return;
    const pack = loaded.pack;
    fc.assert(
      fc.property(arbAnswers(pack), (answers) => {
        const result = score(pack, answers, { samples: 200 });
        expect(result.ranking.map((r) => r.option).sort()).toEqual(pack.options.map((o) => o.id).sort());
        for (const o of result.ranking) {
          const sum = o.contributions.reduce((total, c) => total + c.points, o.baseline);
          expect(Math.abs(sum - o.score)).toBeLessThan(1e-9);
        }
        const shares = Object.values(result.robustness.acceptability);
        expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        for (const s of result.robustness.weightStability) expect(s.min <= s.current && s.current <= s.max).toBe(true);
        for (const change of result.robustness.changes) {
          const moved: Record<string, AnswerValue> = { ...answers };
          for (const c of change.changes) moved[c.question] = c.to;
          expect(rankOptions(pack, moved as Answers).ranking[0]?.option).toBe(change.newTop);
          expect(change.newTop).not.toBe(result.ranking[0]?.option);
        }
      }),
      { numRuns: 40 },
    );
  });
});
