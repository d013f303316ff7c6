import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bombPayload, linkPayload, manyProblemsFile, multiAnswersFile, unknownReferencesPack } from '../hostile/worst-cases';
import { checkAnswersFile } from '../../src/rules/load-answers';
import { loadPack } from '../../src/rules/load-pack';
import { decodeShareLink, MAX_DECOMPRESSED } from '../../src/workshop/share-link';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const TSX = resolve('node_modules/.bin/tsx');

/** Wall time of one real CLI run (process start included), in seconds; throws on an exit outside 0–2. */
function cli(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(TSX, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status === null || run.status > 2) throw new Error(`${args.join(' ')} exited ${String(run.status)}: ${run.stderr.slice(0, 300)}`);
  return Math.round(seconds * 100) / 100;
}

function inProcess(task: () => unknown): number {
  const started = performance.now();
  task();
  return Math.round(performance.now() - started);
}

/**
 * Hostile inputs: the worst cases of the security test (quadratic multi answers, 150,000 problems,
 * unknown references with long ids, share links up to the cap, decompression bombs), each up to the
 * import caps, through the real command line or the same code the browser runs.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aperture-hostile-'));
  try {
    const write = (name: string, value: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(value));
      return path;
    };
    const multi = write('multi.json', multiAnswersFile(100_000, 100_000));
    const problems = write('problems.json', manyProblemsFile(150_000));
    const refs = write('refs.json', unknownReferencesPack(500, 2_000));
    const kb = (path: string) => Math.round(readFileSync(path).length / 1024);
    const loaded = loadPack(JSON.parse(readFileSync('rules/ai-openness.json', 'utf8')));
    if (!loaded.ok) throw new Error('the shipped pack does not load');
    const pack = loaded.pack;
    const link = linkPayload(multiAnswersFile(99_000, 880_000));
    const bomb = bombPayload(3_000_000_000);
    return [
      { name: 'CLI score: startup-en.json (baseline: process start and a normal file)', value: cli(['src/cli/score.ts', '--answers', 'test/fixtures/answers/startup-en.json']), unit: 's', target: '< 2' },
      { name: `CLI score: ${kb(multi)} KB answers, 200,000-value multi answer`, value: cli(['src/cli/score.ts', '--answers', multi]), unit: 's', target: '< 2' },
      { name: `CLI score: ${kb(problems)} KB answers, 150,000 problems`, value: cli(['src/cli/score.ts', '--answers', problems]), unit: 's', target: '< 2' },
      { name: `CLI rules:check: ${kb(refs)} KB pack, 2,000 unknown 80-char sources`, value: cli(['src/cli/rules-check.ts', refs]), unit: 's', target: '< 2' },
      {
        name: `share link: ${Math.round(link.length / 1024)} KB, 979,000-value multi answer, read and checked`,
        value: inProcess(() => {
          const decoded = decodeShareLink(`#answers=${link}`);
          if (decoded.ok) checkAnswersFile(pack, decoded.value);
        }),
        unit: 'ms',
        target: '< 200',
      },
      {
        name: `share link: ${Math.round(bomb.length / 1024)} KB bomb (3 G characters), refused at ${MAX_DECOMPRESSED.toLocaleString('en')}`,
        value: inProcess(() => decodeShareLink(`#answers=${bomb}`)),
        unit: 'ms',
        target: '< 200',
      },
      { name: 'pack check in process: 2,000 unknown 80-char sources', value: inProcess(() => loadPack(unknownReferencesPack(500, 2_000))), unit: 'ms', target: '< 2000' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
