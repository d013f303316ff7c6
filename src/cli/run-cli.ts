import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** Test helper: runs a command-line entry point through tsx, as `npm run -s` does, and collects its output. */

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export type CliRun = { code: number; stdout: string; stderr: string };

export function runCli(script: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
