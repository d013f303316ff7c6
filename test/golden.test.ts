import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rankOptions, score } from '@/engine/score';
import type { RankedOption } from '@/engine/types';
import { checkAnswersFile } from '@/rules/load-answers';
import { loadPack } from '@/rules/load-pack';
import type { Pack } from '@/rules/pack-schema';

/**
 * Golden cases: realistic company profiles with the ranking an expert reading the domain brief
 * would defend. The pack is calibrated to these stories, never the other way round.
 */

const root = join(import.meta.dirname, '..');
const goldenDir = join(root, 'test', 'golden');
const fixturesDir = join(root, 'test', 'fixtures', 'answers');

/** Consecutive places in the expected top three must be apart by at least this many points. */
const MIN_LEAD = 1;

const goldenSchema = z.strictObject({
  story: z.string().min(80),
  answers: z.unknown(),
  expectedTop3: z.array(z.string()).length(3),
  expectedBlocked: z.array(z.string()).optional(),
});
type Golden = z.infer<typeof goldenSchema> & { name: string };

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadDefaultPack(): Pack {
  const loaded = loadPack(readJson(join(root, 'rules', 'ai-openness.json')), { file: 'rules/ai-openness.json' });
  if (!loaded.ok) throw new Error(`rules/ai-openness.json does not load:\n${loaded.problems.join('\n')}`);
  return loaded.pack;
}

function loadGoldenCases(): Golden[] {
  return readdirSync(goldenDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file.replace(/\.json$/, ''), ...goldenSchema.parse(readJson(join(goldenDir, file))) }));
}

const pack = loadDefaultPack();
const cases = loadGoldenCases();

function answersOf(golden: Golden) {
  const check = checkAnswersFile(pack, golden.answers);
  return { check, answers: check.answers };
}

function isBlocked(entry: RankedOption): boolean {
  return entry.guards.length > 0;
}

describe('golden cases of the default pack', () => {
  it('has at least eight cases whose first choices cover at least five options', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const firsts = new Set(cases.map((golden) => golden.expectedTop3[0]));
    expect(firsts.size).toBeGreaterThanOrEqual(5);
  });

  describe.each(cases)('$name', (golden) => {
    const { check, answers } = answersOf(golden);
    const scored = rankOptions(pack, answers);

    it('is a clean answers file for this pack', () => {
      expect(check.ok).toBe(true);
      expect(check.problems).toEqual([]);
    });

    it('ranks the expected three options first, in order', () => {
      expect(scored.ranking.slice(0, 3).map((entry) => entry.option)).toEqual(golden.expectedTop3);
    });

    it('blocks exactly the expected options', () => {
      const blocked = scored.ranking.filter(isBlocked).map((entry) => entry.option).sort();
      expect(blocked).toEqual([...(golden.expectedBlocked ?? [])].sort());
    });

    it('does not depend on tie-breaking', () => {
      for (let place = 0; place < 3; place += 1) {
        const here = scored.ranking[place];
        const next = scored.ranking[place + 1];
        if (!here || !next || isBlocked(here) !== isBlocked(next)) continue;
        expect(here.score - next.score, `${here.option} over ${next.option}`).toBeGreaterThanOrEqual(MIN_LEAD);
      }
    });

    it('keeps its first option first in most robustness samples', () => {
      const result = score(pack, answers);
      expect(result.ranking.map((entry) => entry.option)).toEqual(scored.ranking.map((entry) => entry.option));
      expect(result.robustness.acceptability[golden.expectedTop3[0] ?? '']).toBeGreaterThan(0.5);
    });

    it('always reminds that open weights are not open source', () => {
      const openWeights = scored.ranking.find((entry) => entry.option === 'open-weights');
      expect(openWeights?.cautions).toContain('open-weights-are-not-open-source');
    });
  });
});

describe('shared answers fixtures', () => {
  const files = readdirSync(fixturesDir).filter((file) => file.endsWith('.json')).sort();

  it('include a Japanese respondent and a file with "not sure" answers', () => {
    const loaded = files.map((file) => checkAnswersFile(pack, readJson(join(fixturesDir, file))));
    expect(loaded.some((check) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(check.respondent?.name ?? ''))).toBe(true);
    expect(loaded.some((check) => rankOptions(pack, check.answers).unsure.length > 0)).toBe(true);
  });

  it.each(files)('%s is a clean answers file for the default pack', (file) => {
    const check = checkAnswersFile(pack, readJson(join(fixturesDir, file)));
    expect(check.ok).toBe(true);
    expect(check.problems).toEqual([]);
  });
});
