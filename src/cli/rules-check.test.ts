import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknownReferencesPack } from '../../test/hostile/worst-cases';
import { MAX_PROBLEM_LINES } from './cli-io';
import { runCli } from '@test/support/run-cli';

const check = (...args: string[]) => runCli('rules-check.ts', args);
const dir = mkdtempSync(join(tmpdir(), 'aperture-rules-check-'));

describe('npm run -s rules:check', { timeout: 60_000 }, () => {
  it.concurrent('prints a one-line summary of a good pack', async () => {
    const run = await check('test/fixtures/packs/valid-mini.json');
    expect(run).toEqual({
      code: 0,
      stdout: 'test/fixtures/packs/valid-mini.json: ok — mini 1.2.0: 2 sections, 6 questions, 3 options, 5 rules, 2 guards\n',
      stderr: '',
    });
  });

  it.concurrent('names the first problems of a pack with 2,000 unknown references and counts the rest', async () => {
    const path = join(dir, 'refs.json');
    writeFileSync(path, JSON.stringify(unknownReferencesPack(500, 2_000)));
    const run = await check(path);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEM_LINES + 1);
    expect(lines[0]).toContain(`${path}: rules[0].source:`);
    expect(lines.at(-1)).toMatch(/^… and 1,9\d\d more problems, not shown \(2,\d{3} in all\)\. Fix the ones above and check again\.$/);
  });

  it.concurrent('counts in the singular where there is one, in both languages', async () => {
    expect(await check('test/fixtures/packs/valid-tiny.json')).toEqual({
      code: 0,
      stdout: 'test/fixtures/packs/valid-tiny.json: ok — tiny 1.0.0: 1 section, 4 questions, 2 options, 2 rules, 1 guard\n',
      stderr: '',
    });
    expect((await check('test/fixtures/packs/valid-tiny.json', '--lang', 'ja')).stdout).toBe(
      'test/fixtures/packs/valid-tiny.json：問題なし（tiny 1.0.0、セクション1、質問4、選択肢2、ルール2、ガード1）\n',
    );
  });

  it.concurrent('checks the shipped pack', async () => {
    const run = await check('rules/ai-openness.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rules\/ai-openness\.json: ok — ai-openness \d+\.\d+\.\d+: \d+ sections, \d+ questions, \d+ options, \d+ rules, \d+ guards\n$/);
  });

  it.concurrent('lists every problem on stderr, one per line, and exits 1', async () => {
    const run = await check('test/fixtures/packs/bad-duplicate-option.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('test/fixtures/packs/bad-duplicate-option.json: options[1].id: duplicate option id "closed" (already used at options[0].id)');
  });

  it.concurrent('says where a file stops being JSON (exit 1)', async () => {
    const run = await check('test/fixtures/packs/bad-json-syntax.json');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'test/fixtures/packs/bad-json-syntax.json: not valid JSON at line 4, column 22: expected a property name in double quotes\n' });
  });

  it.concurrent('refuses a missing file with exit 2', async () => {
    const missing = join(dir, 'nowhere.json');
    expect(await check(missing)).toEqual({ code: 2, stdout: '', stderr: `${missing}: file not found\n` });
  });

  it.concurrent('reads an empty file as not JSON', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect(await check(empty)).toEqual({ code: 1, stdout: '', stderr: `${empty}: not valid JSON at line 1, column 1: the file is empty\n` });
  });

  it.concurrent.each([[[]], [['a.json', 'b.json']], [['--strict', 'a.json']]])('exits 2 with the usage for wrong usage %j', async (args) => {
    const run = await check(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Wrong usage: .+\nUsage: npm run -s rules:check -- <pack\.json> \[--deep \[--n 3000\] \[--seed 1\]\]\n$/);
  });

  it.concurrent('answers in Japanese with --lang ja', async () => {
    const run = await check('--lang', 'ja', join(dir, 'nowhere.json'));
    expect(run.stderr).toBe(`${join(dir, 'nowhere.json')}：ファイルが見つかりません\n`);
  });
  it.concurrent('warns, without failing, about a rule that reads a question hidden exactly when the rule matters', async () => {
    const run = await check('test/fixtures/packs/valid-hidden-rule.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('test/fixtures/packs/valid-hidden-rule.json: ok — hidden-rule 1.2.0: 2 sections, 6 questions, 3 options, 6 rules, 2 guards\n');
    expect(run.stderr).toBe(
      'test/fixtures/packs/valid-hidden-rule.json: warning: rules[5] "no-unique-data-shared" can never fire: it needs an answer to "data.sharing", which showIf hides whenever the rest of its condition holds\n',
    );
    const ja = await check('--lang', 'ja', 'test/fixtures/packs/valid-hidden-rule.json');
    expect(ja.stderr).toBe(
      'test/fixtures/packs/valid-hidden-rule.json：警告：rules[5]「no-unique-data-shared」が適用されることはありません。必要な質問「data.sharing」は、条件のほかの部分が成り立つときには常にshowIfで非表示になります。\n',
    );
    // The same pack without that rule: no warning.
    expect((await check('test/fixtures/packs/valid-mini.json')).stderr).toBe('');
  });

  // The shipped packs keep their own promises: rules:check --deep passes on each (fewer answer sets than
  // the default 3,000, so that the unit tests stay fast; the same random sets, seed 1).
  it.concurrent.each(['rules/ai-openness.json', 'rules/examples/quick-check.json'])('with --deep, %s meets every expectation it declares', async (file) => {
    const run = await check(file, '--deep', '--n', '800');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('  FAILED')), run.stdout).toEqual([]);
    expect(lines.filter((line) => line.startsWith('  ok')).length).toBeGreaterThanOrEqual(3);
    expect(run.code).toBe(0);
  });

  it.concurrent('with --deep, checks each declared expectation and exits 1 when one fails', async () => {
    const run = await check('test/fixtures/packs/valid-expectations.json', '--deep', '--n', '200');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('Expectations (200 random answer sets, seed 1):');
    // Monitoring only lifts the block on "open": raising it can make open first, never cost it first place.
    expect(lines[2]).toBe('  ok      monitoring-never-costs-open: raising risk.monitoring never makes open lose first place — held in all 400 steps');
    expect(lines[3]).toMatch(/^ {2}FAILED {2}monitoring-never-favours-open: raising risk\.monitoring never makes open first — broken in \d+ of 400 steps; e\.g\. from none to low, first was (api|closed), then open$/);
    expect(lines.slice(4)).toEqual(['  ok      unmonitored: first api', '  FAILED  open-is-first-unmonitored: expected first open, got api', '2 of 4 expectations failed.']);
  });

  it.concurrent('with --deep, says when a pack declares no expectations, and gives the same lines for the same seed', async () => {
    expect(await check('test/fixtures/packs/valid-mini.json', '--deep')).toEqual({
      code: 0,
      stdout: 'test/fixtures/packs/valid-mini.json: ok — mini 1.2.0: 2 sections, 6 questions, 3 options, 5 rules, 2 guards\nExpectations (3000 random answer sets, seed 1):\nThe pack declares no expectations.\n',
      stderr: '',
    });
    const [a, b] = await Promise.all([
      check('test/fixtures/packs/valid-expectations.json', '--deep', '--n', '50', '--seed', '9'),
      check('test/fixtures/packs/valid-expectations.json', '--deep', '--n', '50', '--seed', '9'),
    ]);
    expect(a).toEqual(b);
  });
});
