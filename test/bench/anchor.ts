import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** The SurveyJS questionnaire the browser bench compares Aperture with (read-only where it is laid out). */
export const ANCHOR_SOURCE = resolve(process.env.APERTURE_ANCHOR_DIR || '../shared/anchors/surveyjs');

const SKIPPED = new Set(['node_modules', 'dist', 'results', 'floor']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** A hash of the anchor's own files: its build is kept in a temporary folder named after it. */
export function anchorHash(dir: string = ANCHOR_SOURCE): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir)) {
    hash.update(relative(dir, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
}

/**
 * Copies the anchor to `<tmp>/aperture-anchor-<hash>`, installs and builds it there, and returns that
 * folder (its `dist/` is the anchor app). A folder already built from the same files is reused, so
 * only the first run pays for `npm install` and the build.
 */
export function prepareAnchor(log: (line: string) => void = () => undefined): string {
  if (!existsSync(join(ANCHOR_SOURCE, 'package.json'))) {
    throw new Error(`No SurveyJS anchor at ${ANCHOR_SOURCE} (set APERTURE_ANCHOR_DIR to its folder)`);
  }
  const dir = join(tmpdir(), `aperture-anchor-${anchorHash()}`);
  const built = join(dir, 'dist', 'index.html');
  if (existsSync(built) && statSync(built).size > 0) return dir;
  log(`anchor: installing and building in ${dir} (once for these files)`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(ANCHOR_SOURCE, dir, { recursive: true, filter: (src) => !SKIPPED.has(src.split(sep).pop() ?? '') || src === ANCHOR_SOURCE });
  const install = existsSync(join(dir, 'package-lock.json')) ? ['ci'] : ['install'];
  run('npm', [...install, '--no-audit', '--no-fund'], dir);
  run(process.execPath, [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], dir);
  if (!existsSync(built)) throw new Error(`The anchor did not build into ${join(dir, 'dist')}`);
  return dir;
}
