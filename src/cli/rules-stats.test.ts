import { describe, expect, it } from 'vitest';
import { runCli } from '@test/support/run-cli';

const stats = (...args: string[]) => runCli('rules-stats.ts', args);
const PACK = 'test/fixtures/packs/valid-mini.json';

describe('npm run -s rules:stats', { timeout: 60_000 }, () => {
  it.concurrent('prints the same figures for the same arguments', async () => {
    const [first, again] = await Promise.all([stats(PACK, '--n', '400', '--seed', '3'), stats(PACK, '--n', '400', '--seed', '3')]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(again.stdout).toBe(first.stdout);
    const out = first.stdout;
    expect(out).toMatch(/^test\/fixtures\/packs\/valid-mini\.json — mini 1\.2\.0: 400 random answer sets \(seed 3; "not sure" in 10% of the answers where allowed\)\n/);
    expect(out).toMatch(/First places \(an exact tie splits the set\):\n {2}Option +Share\n/);
    expect(out).toMatch(/\nExact ties for first place: \d+\.\d%\n/);
    expect(out).toMatch(/\nLead of the first option over the second under 1 point: \d+\.\d%; under 3 points: \d+\.\d%\n/);
    expect(out).toMatch(/\nRules that never fired \(\d+\): /);
    expect(out).toContain('\nBlock guards a "not sure" answer let through (0): none\n');
  });

  it.concurrent('gives the figures as JSON, with shares that add up', async () => {
    const run = await stats(PACK, '--n', '300', '--json');
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { samples: number; seed: number; firstPlaces: Record<string, number>; bypassed: string[] };
    expect(parsed.samples).toBe(300);
    expect(parsed.seed).toBe(1);
    expect(Object.values(parsed.firstPlaces).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(parsed.bypassed).toEqual([]);
  });

  it.concurrent('speaks Japanese with --lang ja', async () => {
    const run = await stats(PACK, '--n', '200', '--lang', 'ja');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('無作為な回答セット200件');
    expect(run.stdout).toContain('「わからない」の回答ですり抜けた除外ガード（0件）：なし');
  });

  it.concurrent.each([
    [['--n', '0', PACK], 'Wrong usage: --n must be a whole number from 1 to 1000000.'],
    [['--n', 'many', PACK], 'Wrong usage: --n must be a whole number from 1 to 1000000.'],
    [['--seed', '1.5', PACK], 'Wrong usage: --seed must be a whole number from 0 to 2147483647.'],
    [[], 'Wrong usage: a file is missing.'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    expect(await stats(...args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\nUsage: npm run -s rules:stats -- <pack.json> [--n 5000] [--seed 1] [--json] [--lang en|ja]\n`,
    });
  });
  it.concurrent('checks the monotonicity the pack declares on the same answer sets', async () => {
    const run = await stats('test/fixtures/packs/valid-expectations.json', '--n', '100');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nMonotonicity (the pack\'s declared expectations, on the same answer sets):\n');
    expect(run.stdout).toContain('  ok      monitoring-never-costs-open: raising risk.monitoring never makes open lose first place — held in all 200 steps\n');
    expect(run.stdout).toMatch(/ {2}FAILED {2}monitoring-never-favours-open: .+ broken in \d+ of 200 steps/);
  });
});
