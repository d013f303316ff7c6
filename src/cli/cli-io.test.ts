import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '@/i18n/t';
import { boundedProblemLines, CliExit, langFromArgv, MAX_PROBLEM_LINES, readJsonFile, runCommand } from './cli-io';
import { runCli, runCliProcess } from '@test/support/run-cli';
import { displayWidth } from '@/lib/text/display-width';
import { textTable } from './text/text-table';

const dir = mkdtempSync(join(tmpdir(), 'aperture-cli-io-'));

describe('readJsonFile', () => {
  it('reads JSON and names each failure in one line', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, '{"a": [1, 2]}');
    expect(readJsonFile(good)).toEqual({ ok: true, value: { a: [1, 2] } });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, "{\n  'a': 1\n}");
    expect(readJsonFile(bad, translator('ja'))).toEqual({
      ok: false,
      reason: 'not-json',
      problem: `${bad}：JSONとして読み込めません（2行目、3文字目：文字列はシングルクォート（'）ではなくダブルクォート（"）で囲んでください）`,
    });
    expect(readJsonFile(dir)).toEqual({ ok: false, reason: 'unreadable', problem: `${dir}: is a folder, not a file` });
  });
});

describe('boundedProblemLines', () => {
  it('describes only the lines it prints, then counts the rest, however many problems there are', () => {
    const describedFor = (count: number) => {
      const line = vi.fn((i: number) => `problem ${i}`);
      const lines = boundedProblemLines(count, line, translator('en'));
      return { described: line.mock.calls.length, lines };
    };
    const small = describedFor(1_000);
    const large = describedFor(150_000);
    expect(large.described).toBe(MAX_PROBLEM_LINES);
    expect(small.described).toBe(MAX_PROBLEM_LINES);
    expect(large.lines).toHaveLength(MAX_PROBLEM_LINES + 1);
    expect(large.lines.at(-1)).toBe('… and 149,900 more problems, not shown (150,000 in all). Fix the ones above and check again.');
    expect(describedFor(MAX_PROBLEM_LINES).lines).toEqual(Array.from({ length: MAX_PROBLEM_LINES }, (_, i) => `problem ${i}`));
    expect(boundedProblemLines(MAX_PROBLEM_LINES + 1, String, translator('ja')).at(-1)).toBe('…ほかに1件の問題があります（全101件、表示は省略）。上記を直してから、もう一度確認してください。');
  });
});

describe('langFromArgv', () => {
  it.each([
    [['--lang', 'ja'], 'ja'],
    [['--lang=ja', 'x'], 'ja'],
    [['--lang', 'fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (argv, lang) => {
    expect(langFromArgv(argv)).toBe(lang);
  });
});

describe('runCommand', () => {
  function capture() {
    const err: string[] = [];
    return { err, io: { argv: [], stdout: () => undefined, stderr: (text: string) => void err.push(text) } };
  }

  it('prints an unexpected failure as one line, never a stack trace, and exits 1', async () => {
    const { err, io } = capture();
    const code = await runCommand(() => {
      throw new Error('disk on fire\n    at somewhere (file.ts:1:1)');
    }, io);
    expect(err).toEqual(['Unexpected failure: disk on fire\n']);
    expect(code).toBe(1);
  });

  it('ends a CliExit with its code and lines', async () => {
    const { err, io } = capture();
    const code = await runCommand(() => {
      throw new CliExit(2, ['first', 'second']);
    }, io);
    expect(err).toEqual(['first\n', 'second\n']);
    expect(code).toBe(2);
  });
});

describe('the command-line tools', () => {
  it.each(['score.ts', 'report.ts', 'rules-check.ts', 'rules-stats.ts'] as const)('%s prints its usage for --help and exits 0', async (script) => {
    const run = await runCli(script, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run -s /);
    expect(run.stderr).toBe('');
  });
});

/**
 * The entry points as processes (Node with tsx's loader, as `npm run -s` starts them): every tool
 * ends with the same `runIfEntry` line, so two of them stand for all (each process costs about two
 * seconds of start-up; the tools themselves are tested in-process).
 */
describe('the entry points, as processes', () => {
  it('prints the usage to stdout and exits 0', async () => {
    const run = await runCliProcess('report.ts', ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run -s report/);
  });

  it('sets the exit code of the process and writes problems to stderr', async () => {
    const run = await runCliProcess('score.ts', ['--answers', 'test/fixtures/answers/does-not-exist.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('does-not-exist.json');
  });
});

describe('textTable', () => {
  it('aligns Japanese text by its width in a terminal', () => {
    expect(displayWidth('全面公開 API')).toBe(12);
    expect(textTable(['#', 'Option'], [['1', '全面公開'], ['10', 'Open']], ['right', 'left'])).toEqual(['   #  Option', '   1  全面公開', '  10  Open']);
  });
});
