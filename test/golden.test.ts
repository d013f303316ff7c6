import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rankOptions, score } from '@/engine/score/score';
import type { RankedOption } from '@/engine/score/types';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * Golden cases: realistic company profiles with the first choice an expert reading the domain brief
 * would defend, the alternatives the expert would also accept first, and the reason, all written
 * before the pack was run on them. The pack is calibrated to these stories, never the other way round.
 */

const root = join(import.meta.dirname, '..');
const goldenDir = join(root, 'test', 'golden');
const fixturesDir = join(root, 'test', 'fixtures', 'answers');

/** Consecutive places in an expected order must be apart by at least this many points. */
const MIN_LEAD = 1;
/** Share of cases whose first option must be exactly the expert's first choice. */
const MIN_AGREEMENT = 0.9;

const goldenSchema = z
  .strictObject({
    story: z.string().min(80),
    reason: z.string().min(80),
    answers: z.unknown(),
    /** The expert's first choice. */
    expectedFirst: z.string(),
    /** Every option the expert would accept in first place (the first choice among them). */
    acceptable: z.array(z.string()).min(1),
    /** When the expert also fixed the places after the first: the leading options, in order. */
    expectedOrder: z.array(z.string()).min(1).max(3).optional(),
    expectedBlocked: z.array(z.string()).optional(),
    /** Guards that must show as cautions (on any option). */
    expectedCautions: z.array(z.string()).optional(),
  })
  .refine((golden) => golden.acceptable.includes(golden.expectedFirst), { message: 'expectedFirst must be one of acceptable' })
  .refine((golden) => golden.expectedOrder === undefined || golden.expectedOrder[0] === golden.expectedFirst, {
    message: 'expectedOrder must start with expectedFirst',
  });
type Golden = z.infer<typeof goldenSchema> & { name: string };

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function loadDefaultPack(): Pack {
  const loaded = loadPack(readJson(join(root, 'rules', 'ai-openness.json')), { file: 'rules/ai-openness.json' });
  if (!loaded.ok) throw new Error(`rules/ai-openness.json does not load:\n${packLines(loaded).join('\n')}`);
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

function firstOf(golden: Golden): RankedOption | undefined {
  return rankOptions(pack, answersOf(golden).answers).ranking[0];
}

describe('golden cases of the default pack', () => {
  it('has at least 25 cases whose first choices cover every option', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const firsts = new Set(cases.map((golden) => golden.expectedFirst));
    expect([...firsts].sort()).toEqual(pack.options.map((option) => option.id).sort());
  });

  it(`agrees with the expert's first choice in at least ${MIN_AGREEMENT * 100} % of the cases`, () => {
    const disagreements = cases.filter((golden) => firstOf(golden)?.option !== golden.expectedFirst);
    const agreement = 1 - disagreements.length / cases.length;
    expect(
      agreement,
      `first choice differs in: ${disagreements.map((golden) => `${golden.name} (got ${firstOf(golden)?.option})`).join(', ')}`,
    ).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });

  describe.each(cases)('$name', (golden) => {
    const { check, answers } = answersOf(golden);
    const scored = rankOptions(pack, answers);
    const options = new Set(pack.options.map((option) => option.id));

    it('names only options and guards of the pack', () => {
      for (const id of [...golden.acceptable, ...(golden.expectedOrder ?? []), ...(golden.expectedBlocked ?? [])]) expect(options.has(id), id).toBe(true);
      const guards = new Set(pack.guards.map((guard) => guard.id));
      for (const id of golden.expectedCautions ?? []) expect(guards.has(id), id).toBe(true);
    });

    it('is a clean answers file for this pack', () => {
      expect(check.ok).toBe(true);
      expect(check.problems).toEqual([]);
    });

    it('puts an option the expert accepts first', () => {
      expect(golden.acceptable).toContain(scored.ranking[0]?.option);
    });

    it('ranks the expected options first, in order, each clear of the next', () => {
      const order = golden.expectedOrder ?? [];
      expect(scored.ranking.slice(0, order.length).map((entry) => entry.option)).toEqual(order);
      for (let place = 0; place < order.length; place += 1) {
        const here = scored.ranking[place];
        const next = scored.ranking[place + 1];
        if (!here || !next || isBlocked(here) !== isBlocked(next)) continue;
        expect(here.score - next.score, `${here.option} over ${next.option}`).toBeGreaterThanOrEqual(MIN_LEAD);
      }
    });

    it('is a close call only between options the expert accepts', () => {
      const [first, second] = scored.ranking;
      if (!first || !second || isBlocked(second) || first.score - second.score >= MIN_LEAD) return;
      expect(golden.acceptable, `${second.option} is within ${MIN_LEAD} point of ${first.option}`).toContain(second.option);
    });

    it('blocks exactly the expected options', () => {
      if (!golden.expectedBlocked) return;
      const blocked = scored.ranking.filter(isBlocked).map((entry) => entry.option).sort();
      expect(blocked).toEqual([...golden.expectedBlocked].sort());
    });

    it('shows the expected cautions', () => {
      const cautions = new Set(scored.ranking.flatMap((entry) => entry.cautions));
      for (const id of golden.expectedCautions ?? []) expect(cautions.has(id), id).toBe(true);
    });

    it('keeps an acceptable option first in most robustness samples', () => {
      const result = score(pack, answers);
      expect(result.ranking.map((entry) => entry.option)).toEqual(scored.ranking.map((entry) => entry.option));
      const share = golden.acceptable.reduce((sum, option) => sum + (result.robustness.acceptability[option] ?? 0), 0);
      expect(share).toBeGreaterThan(0.5);
    });

    it('always reminds that open weights are not open source', () => {
      const openWeights = scored.ranking.find((entry) => entry.option === 'open-weights');
      expect(openWeights?.cautions).toContain('open-weights-are-not-open-source');
    });
  });
});

/** The pack an answers file names (`rules.id`), so that fixtures of other packs are left to their own tests. */
function packIdOf(file: string): unknown {
  const json = readJson(join(fixturesDir, file));
  return typeof json === 'object' && json !== null && 'rules' in json && typeof json.rules === 'object' && json.rules !== null && 'id' in json.rules ? json.rules.id : undefined;
}

describe('shared answers fixtures of the default pack', () => {
  const files = readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.json'))
    .filter((file) => packIdOf(file) === pack.id)
    .sort();

  it('are at least three', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

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

describe('answers saved with pack 1.0.0', () => {
  const old = readJson(join(root, 'test', 'fixtures', 'old-answers', 'bank-ja-1.0.0.json')) as { answers: Record<string, unknown> };
  const check = checkAnswersFile(pack, old);

  it('carry over every answer whose question and choices are unchanged', () => {
    expect(check.ok).toBe(true);
    const kept = Object.keys(check.answers).sort();
    const expected = Object.keys(old.answers).filter((id) => id !== 'risk.regulation').sort();
    expect(kept).toEqual(expected);
  });

  it('report the version and the regulation answer, whose choices changed, instead of guessing it', () => {
    expect(check.problems.map((problem) => problem.code)).toContain('other-version');
    expect(check.problems.some((problem) => 'question' in problem && problem.question === 'risk.regulation')).toBe(true);
    expect(check.answers['risk.regulation']).toBeUndefined();
  });
});
