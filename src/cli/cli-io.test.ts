import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/i18n/t';
import { CliExit, langFromArgv, readJsonFile, runMain } from './cli-io';
import { displayWidth, textTable } from './text-table';

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

describe('runMain', () => {
  const writes: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    writes.length = 0;
    process.exitCode = 0;
  });

  function captureStderr() {
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
  }

  it('prints an unexpected failure as one line, never a stack trace, and exits 1', async () => {
    captureStderr();
    await runMain(() => {
      throw new Error('disk on fire\n    at somewhere (file.ts:1:1)');
    });
    expect(writes).toEqual(['Unexpected failure: disk on fire\n']);
    expect(process.exitCode).toBe(1);
  });

  it('ends a CliExit with its code and lines', async () => {
    captureStderr();
    await runMain(() => {
      throw new CliExit(2, ['first', 'second']);
    });
    expect(writes).toEqual(['first\n', 'second\n']);
    expect(process.exitCode).toBe(2);
  });
});

describe('textTable', () => {
  it('aligns Japanese text by its width in a terminal', () => {
    expect(displayWidth('全面公開 API')).toBe(12);
    expect(textTable(['#', 'Option'], [['1', '全面公開'], ['10', 'Open']], ['right', 'left'])).toEqual(['   #  Option', '   1  全面公開', '  10  Open']);
  });
});
