import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { runCommand, type Command } from '../../src/cli/cli-io';

/**
 * Test helpers: run a command-line tool in-process (the command function the entry point runs,
 * with captured output) or, to test the entry point itself, as a process with tsx's loader.
 */

export const ROOT = join(import.meta.dirname, '..', '..');

export type CliRun = { code: number; stdout: string; stderr: string };

const COMMANDS = {
  'score.ts': async () => (await import('../../src/cli/score')).scoreCommand,
  'report.ts': async () => (await import('../../src/cli/report')).reportCommand,
  'rules-check.ts': async () => (await import('../../src/cli/rules-check')).rulesCheckCommand,
  'rules-stats.ts': async () => (await import('../../src/cli/rules-stats')).rulesStatsCommand,
} satisfies Record<string, () => Promise<Command>>;

export type CliScript = keyof typeof COMMANDS;

/** Runs the command of `script` in this process with `args` as its arguments. */
export async function runCli(script: CliScript, args: readonly string[]): Promise<CliRun> {
  const command = await COMMANDS[script]();
  let stdout = '';
  let stderr = '';
  const code = await runCommand(command, {
    argv: args,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Runs `src/cli/<script>` as `npm run -s` does: a Node process with tsx's loader, from the project folder. */
export function runCliProcess(script: CliScript, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
