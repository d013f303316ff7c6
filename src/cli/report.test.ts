import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '@test/support/run-cli';

const ANSWERS = 'test/fixtures/answers/bank-ja.json';
const dir = mkdtempSync(join(tmpdir(), 'aperture-report-'));
const report = (...args: string[]) => runCli('report.ts', args);
const out = (name: string) => join(dir, name);

function file(name: string, content: string): string {
  writeFileSync(out(name), content);
  return out(name);
}

describe('npm run -s report', { timeout: 120_000 }, () => {
  it.concurrent('writes the PDF of the default pack and says where', async () => {
    const run = await report('--answers', ANSWERS, '--out', out('en.pdf'));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^Wrote ${out('en.pdf').replace(/[.\\/]/g, '\\$&')}: \\d+ pages, \\d+ KB\\.\\n$`));
    expect(readFileSync(out('en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.concurrent('writes identical bytes twice with --deterministic, in Japanese on Letter paper', async () => {
    const args = ['--answers', ANSWERS, '--lang', 'ja', '--paper', 'letter', '--deterministic'];
    const [a, b] = await Promise.all([report(...args, '--out', out('a.pdf')), report(...args, '--out', out('b.pdf'))]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stderr).toMatch(/を書き出しました（\d+ページ、\d+ KB）。\n$/);
    expect(readFileSync(out('a.pdf')).equals(readFileSync(out('b.pdf')))).toBe(true);
  });

  it.concurrent('names characters the font lacks', async () => {
    const answers = JSON.parse(readFileSync(join(ROOT, ANSWERS), 'utf8')) as Record<string, unknown>;
    const path = file('rare.json', JSON.stringify({ ...answers, respondent: { name: '\u{2A700}野 髙', company: '株式会社😀' } }));
    const run = await report('--answers', path, '--out', out('rare.pdf'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('These characters are not in the PDF font and appear as 〓: U+1F600, U+2A700\n');
    // Named by code point only: a bidi control or an emoji never reaches the terminal itself.
    expect(run.stderr).not.toMatch(/😀|\u{2A700}/u);
  });

  it.concurrent.each([
    [['--out', 'x.pdf'], 'Wrong usage: --answers is required.'],
    [['--answers', ANSWERS], 'Wrong usage: --out is required.'],
    [['--answers', ANSWERS, '--out', 'x.pdf', '--paper', 'a3'], 'Wrong usage: --paper must be one of a4, letter.'],
    [['--answers', ANSWERS, '--out', 'x.pdf', '--lang', 'fr'], 'Wrong usage: --lang must be one of en, ja.'],
    [['--answers', ANSWERS, '--out', 'x.pdf', '--colour'], 'Wrong usage: unknown option --colour.'],
  ])('ends with exit 2 on wrong usage %j', async (args, message) => {
    const run = await report(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: npm run -s report');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.concurrent('ends with exit 2 and names every problem of bad input, never a stack trace', async () => {
    const missing = await report('--answers', out('nowhere.json'), '--out', out('x.pdf'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json');
    const notJson = await report('--answers', file('bad.json', '{ "format": '), '--out', out('x.pdf'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('bad.json');
    const otherPack = file('other.json', JSON.stringify({ format: 'aperture-answers/1', rules: { id: 'another-pack', version: '1.0.0' }, answers: {} }));
    const wrongPack = await report('--answers', otherPack, '--out', out('x.pdf'));
    expect(wrongPack.code).toBe(2);
    expect(wrongPack.stderr).toContain('another-pack');
    const badRules = await report('--rules', 'test/fixtures/packs/bad-unknown-option.json', '--answers', ANSWERS, '--out', out('x.pdf'));
    expect(badRules.code).toBe(2);
    expect(badRules.stderr).toContain('bad-unknown-option.json');
    for (const run of [missing, notJson, wrongPack, badRules]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.concurrent('ends with exit 2 when the PDF cannot be written', async () => {
    const run = await report('--answers', ANSWERS, '--out', join(dir, 'no-such-folder', 'r.pdf'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write .*no-such-folder\/r\.pdf: ENOENT\n$/);
  });
});
