import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExpress } from '@/engine/express/express-path';
import { unansweredToRevisit } from '@/engine/express/open-questions';
import { packIndex } from '@/engine/score/pack-index';
import type { Answers } from '@/rules/answers/answers-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { manyProblemsFile } from '../../test/hostile/worst-cases';
import { MAX_PROBLEM_LINES } from './cli-io';
import { ROOT, runCli } from '@test/support/run-cli';

const PACK = 'test/fixtures/packs/valid-mini.json';
const ANSWERS = 'test/fixtures/packs/mini-answers.json';
const dir = mkdtempSync(join(tmpdir(), 'aperture-score-'));
const score = (...args: string[]) => runCli('score.ts', args);

function answersFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const base = JSON.parse(readFileSync(join(ROOT, ANSWERS), 'utf8')) as Record<string, unknown>;

describe('npm run -s score', { timeout: 60_000 }, () => {
  it.concurrent('prints a readable ranking with reasons, guards, open questions and robustness', async () => {
    const run = await score('--rules', PACK, '--answers', ANSWERS);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toContain('  #  Option                 Score  Verdict\n  1  API with transparency   61.3  recommended\n');
    expect(out).toContain('  3  Release fully           78.8  not recommended\n');
    expect(out).toContain('Why Release fully (#3)');
    expect(out).toContain('    +12.5  Openness builds trust. [trust-favours-open; src-b]');
    expect(out).toContain('     -2.5  Customer data slows an open release. [customer-data-needs-care; src-b]');
    expect(out).toContain('Caution for API with transparency: An API exposes unique data to extraction. [api-costs; src-b]');
    // The only unanswered question is the optional free-text note: nothing to revisit.
    expect(out).not.toContain('Required questions not answered');
    expect(out).not.toContain('(profile.notes)');
    expect(out).toContain('Answered "not sure" (1)\n  Can you monitor misuse? (risk.monitoring)');
    expect(out).toContain(
      'Not recommended while "Can you monitor misuse?" is unknown: Release fully. Releasing weights without monitoring misuse is not defensible. [no-monitoring; src-a]',
    );
    expect(out).toMatch(/API with transparency comes first in \d+% of plausible scenarios/);
    expect(out).toMatch(/Release fully is ruled out while answers are unknown \[no-monitoring\]; with the "not sure" answers drawn at random it still is in \d+% of the draws\./);
    expect(out).toContain('If "How much does public trust matter?" were "Not at all" instead of "Critical", Keep it closed would come first');
  });

  it.concurrent('speaks Japanese with --lang ja', async () => {
    const run = await score('--rules', PACK, '--answers', ANSWERS, '--lang', 'ja');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3位：全面公開の理由');
    expect(run.stdout).toContain('「不正利用を監視できますか？」が不明な間は、全面公開は推奨できません。');
    expect(run.stdout).toContain('透明性のある APIの注意点：API では独自データが抜き取られるおそれがあります。');
    expect(run.stdout).toContain('「わからない」と回答した質問（1問）');
    expect(run.stdout).not.toContain('未回答の必須質問');
    expect(run.stdout).toContain('未回答または「わからない」と回答した1問に回答することも、ここでは変更として扱います。');
    expect(run.stdout).toMatch(/透明性のある APIが1位になる割合は\d+%です/);
  });

  it.concurrent('prints the exact result object with --json', async () => {
    const run = await score('--rules', PACK, '--answers', ANSWERS, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(['needsAnswers', 'notNeeded', 'ranking', 'robustness', 'rules', 'unanswered', 'unknownGuards', 'unsure', 'weights']);
    expect(result.unknownGuards).toEqual([{ guard: 'no-monitoring', questions: ['risk.monitoring'] }]);
    expect(result.rules).toEqual({ id: 'mini', version: '1.2.0' });
    expect(Object.keys(result.robustness as object).sort()).toEqual(['acceptability', 'changeSearch', 'changes', 'unknownGuards', 'weightStability']);
    const [first] = result.ranking as Record<string, unknown>[];
    expect(Object.keys(first ?? {}).sort()).toEqual(['baseline', 'cautions', 'contributions', 'guards', 'option', 'rank', 'score', 'verdict']);
    expect(run.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });

  it.concurrent('prints what it would take to make --target recommended, staged, in English and Japanese', async () => {
    const args = ['--rules', 'rules/examples/quick-check.json', '--answers', 'test/fixtures/packs/quick-check-answers.json', '--target', 'fully-open'];
    const en = await score(...args);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('What would it take: Fully open\n  Fully open can become recommended within 12 months.\n  Recommended today: API with transparency\n');
    expect(en.stdout).toContain('  Stage 1: within 3 months — Go/no-go for Pilot design\n    - Can you monitor and respond to misuse? — from “No” to “Basic logging” (Owner: Security)\n');
    expect(en.stdout).toContain('    Then recommended: Fully open. Fully open is recommended from this stage on.');
    const ja = await score(...args, '--lang', 'ja');
    expect(ja.stdout).toContain('完全オープンは、12か月以内の取組みで推奨される可能性があります。');
    expect(ja.stdout).toContain('  段階1：3か月以内（パイロット設計の可否判断の基準）\n    - 悪用を監視し、対応できますか：「できない」から「基本的なログ管理」へ（担当：セキュリティ部門）\n');
    expect(ja.stdout).toContain('この段階での推奨：完全オープン。目標の完全オープンが推奨に至ります。');
    expect(ja.stdout).not.toMatch(/[·—–]| \(|: /);
  });

  it.concurrent('marks the checkpoints of a capability not known today as counted from its lowest level, in text, Japanese and --json', async () => {
    const quick = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/packs/quick-check-answers.json'), 'utf8')) as { answers: Record<string, unknown> };
    const { 'risk.monitoring': _, ...rest } = quick.answers;
    const file = answersFile('monitoring-unknown.json', { ...quick, answers: rest });
    const args = ['--rules', 'rules/examples/quick-check.json', '--answers', file, '--target', 'fully-open'];
    const en = await score(...args);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      '    - Can you monitor and respond to misuse? — from “No” to “Basic logging” (Owner: Security)\n      Counted from the lowest level — find out where you stand first.\n',
    );
    // A capability known today is not marked.
    expect(en.stdout).toContain('    - Do you have people who can run and adapt models? — from “No” to “A small team” (Owner: Engineering)\n    Then recommended');
    expect(en.stdout.match(/Counted from the lowest level/g)).toHaveLength(1);
    const ja = await score(...args, '--lang', 'ja');
    expect(ja.stdout).toContain('    - 悪用を監視し、対応できますか：「できない」から「基本的なログ管理」へ（担当：セキュリティ部門）\n      最も低い水準から数えています。まず現在の水準をご確認ください。\n');
    expect(ja.stdout).toContain('対象の質問：悪用を監視し、対応できますか');
    expect(ja.stdout).not.toMatch(/[·—–]| \(|: /);
    const json = await score(...args, '--json');
    const { target } = JSON.parse(json.stdout) as { target: { unknown: string[]; paths: { changes: unknown[] }[]; stages: { checkpoints: unknown[] }[] } };
    expect(target.unknown).toEqual(['risk.monitoring']);
    expect(target.paths[0]?.changes).toEqual([
      expect.objectContaining({ question: 'company.ml-team', from: 'none', to: 'some', fromLowest: false }),
      expect.objectContaining({ question: 'risk.monitoring', from: 'none', to: 'basic', steps: 1, horizon: '0-3m', fromLowest: true }),
    ]);
    expect(target.stages[0]?.checkpoints).toEqual([expect.objectContaining({ question: 'risk.monitoring', fromLowest: true })]);
  });

  it.concurrent('adds the plan to the result object as "target" with --json', async () => {
    const run = await score('--rules', 'rules/examples/quick-check.json', '--answers', 'test/fixtures/packs/quick-check-answers.json', '--target', 'staged', '--json');
    expect(run.code).toBe(0);
    const { target } = JSON.parse(run.stdout) as { target: { status: string; paths: { changes: { question: string; to: string }[] }[] } };
    expect(target.status).toBe('reachable');
    expect(target.paths[0]?.changes).toMatchObject([{ question: 'company.ml-team', from: 'none', to: 'some', horizon: '3-12m', owner: 'engineering' }]);
  });

  it.concurrent('refuses a --target that is not an option, naming the options', async () => {
    const run = await score('--rules', 'rules/examples/quick-check.json', '--answers', 'test/fixtures/packs/quick-check-answers.json', '--target', 'open-cor');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--target must be one of closed, open-inside, api, staged, open-weights, open-core, fully-open.');
  });

  it.concurrent('scores the shipped pack by default', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'rules/ai-openness.json'), 'utf8')) as { version: string };
    const path = answersFile('default.json', { ...base, rules: { id: 'ai-openness', version: pack.version }, answers: {} });
    const run = await score('--answers', path, '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { rules: unknown }).rules).toEqual({ id: 'ai-openness', version: pack.version });
  });

  it.concurrent('names the questions an express run left open "not needed for this recommendation", never "not answered"', async () => {
    const loaded = loadPack(JSON.parse(readFileSync(join(ROOT, 'rules/ai-openness.json'), 'utf8')));
    if (!loaded.ok) throw new Error('the shipped pack does not load');
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/saas-startup.json'), 'utf8')) as { answers: { answers: Answers } };
    const run = runExpress(loaded.pack, golden.answers.answers);
    expect(run.settled).toBe(true);
    const skipped = unansweredToRevisit(packIndex(loaded.pack), run.remaining);
    expect(skipped.length).toBeGreaterThan(0);
    const path = answersFile('express.json', { ...golden.answers, answers: run.answers });
    const [en, ja, json] = await Promise.all([score('--answers', path), score('--answers', path, '--lang', 'ja'), score('--answers', path, '--json')]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Not needed for this recommendation (${skipped.length}): no answer to these questions could change which options are recommended\n`);
    expect(en.stdout).not.toContain('Required questions not answered');
    for (const id of skipped) expect(en.stdout).toContain(`(${id})`);
    expect(en.stdout).toMatch(/\d {2}recommended\n/);
    expect(ja.stdout).toContain(`この推奨には不要な質問（${skipped.length}問）：`);
    expect(ja.stdout).not.toContain('未回答の必須質問');
    const result = JSON.parse(json.stdout) as { unanswered: string[]; notNeeded: string[] };
    expect(result.notNeeded).toEqual(expect.arrayContaining(skipped));
    expect(result.unanswered.filter((id) => skipped.includes(id))).toEqual([]);
  });

  it.concurrent('names the first of 150,000 problems and counts the rest, never printing them all', async () => {
    const path = answersFile('problems.json', manyProblemsFile(150_000));
    const run = await score('--answers', path);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(MAX_PROBLEM_LINES + 1);
    expect(lines[0]).toBe(`${path}: risk.markets: “m0” is not one of the choices (japan = “Japan”, eu = “European Union”, us = “United States”, asia-pacific = “Elsewhere in Asia-Pacific”, other = “Other regions”); it was ignored.`);
    expect(lines.at(-1)).toBe(`… and ${(150_000 - MAX_PROBLEM_LINES).toLocaleString('en')} more problems, not shown (150,000 in all). Fix the ones above and check again.`);
  });

  it.concurrent('recommends nothing without the answers that decide the business model, and says which to give', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'rules/ai-openness.json'), 'utf8')) as { version: string };
    const path = answersFile('empty.json', { ...base, rules: { id: 'ai-openness', version: pack.version }, answers: {} });
    const run = await score('--answers', path);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\d {2}recommended\n/);
    expect(run.stdout).toMatch(/\nNo option is recommended yet: answer these \d+ questions first:\n {2}.+ \(profile\.ml-capability\)\n {2}.+ \(profile\.ai-role\)\n/);
  });

  it.concurrent.each([
    ['a missing answers file', () => join(dir, 'nowhere.json'), (p: string) => [`${p}: file not found`]],
    ['an answers file that is not JSON', () => answersFile('broken.json', '{"format": "aperture-answers/1",\n  answers: {}}'), (p: string) => [`${p}: not valid JSON at line 2, column 3: expected a property name in double quotes`]],
    ['a file of another format', () => answersFile('pack.json', { format: 'aperture-rules/1' }), (p: string) => [`${p}: This is a file of format "aperture-rules/1", not an Aperture answers file ("aperture-answers/1").`]],
    ['answers for another pack', () => answersFile('other.json', { ...base, rules: { id: 'ai-openness', version: '1.0.0' } }), (p: string) => [`${p}: These answers are for another questionnaire (id “ai-openness”), not for “Mini openness check”.`]],
    [
      'unknown questions and values that are not choices',
      () => answersFile('bad-answers.json', { ...base, answers: { 'data.uniqueness': 'hgh', 'data.size': 'big', 'goals.trust': 'some' } }),
      (p: string) => [
        `${p}: data.uniqueness: “hgh” is not one of the choices (none = “None”, low = “Low”, high = “High”); it was ignored.`,
        `${p}: data.size: this questionnaire has no such question; the answer was ignored.`,
      ],
    ],
  ])('refuses %s with exit 2 and every problem named', async (_name, makePath, expected) => {
    const path = makePath();
    const run = await score('--rules', PACK, '--answers', path);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${expected(path).join('\n')}\n` });
  });

  it.concurrent('names answer problems in Japanese', async () => {
    const path = answersFile('bad-ja.json', { ...base, answers: { 'data.uniqueness': 'hgh' } });
    const run = await score('--rules', PACK, '--answers', path, '--lang', 'ja');
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${path}: data.uniqueness：「hgh」は選択肢（none「なし」、low「低い」、high「高い」）にないため、読み込みませんでした。\n` });
  });

  it.concurrent('goes on after a notice that loses nothing', async () => {
    const path = answersFile('old.json', { ...base, rules: { id: 'mini', version: '1.1.0' } });
    const run = await score('--rules', PACK, '--answers', path);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`${path}: These answers were given for version 1.1.0 of the questionnaire; this is version 1.2.0. Answers that still fit were kept.\n`);
    expect(run.stdout).toContain('Ranking');
  });

  it.concurrent('refuses a broken pack with every problem', async () => {
    const run = await score('--rules', 'test/fixtures/packs/bad-duplicate-option.json', '--answers', ANSWERS);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(4);
  });

  it.concurrent.each([
    [[], 'Wrong usage: --answers is required.'],
    [['--answers'], 'Wrong usage: --answers needs a value (or takes none).'],
    [['--answers', ANSWERS, '--color'], 'Wrong usage: unknown option --color.'],
    [['--answers', ANSWERS, '--lang', 'fr'], 'Wrong usage: --lang must be one of en, ja.'],
    [['--answers', ANSWERS, 'extra.json'], 'Wrong usage: unexpected argument "extra.json".'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const run = await score(...args);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\nUsage: npm run -s score -- [--rules <pack.json>] --answers <answers.json> [--target <option>] [--json] [--lang en|ja]\n`,
    });
  });
});
