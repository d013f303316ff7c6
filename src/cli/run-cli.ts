import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * Test helper: runs a command-line entry point with tsx's loader (what `npm run -s` runs, in one
 * process instead of two) and collects its exit code and output.
 */

export const ROOT = join(import.meta.dirname, '..', '..');

export type CliRun = { code: number; stdout: string; stderr: string };

export function runCli(script: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
