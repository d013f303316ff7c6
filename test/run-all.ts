import { spawn } from 'node:child_process';

/**
 * `npm test`: lint, typecheck, unit and component tests, then the build and the end-to-end tests.
 *
 * Lint runs beside the typecheck and the unit tests instead of before them. ESLint works on one
 * core for about a minute; run with only the typecheck beside it, the other core sat idle for half
 * of that. Its output is held and printed once it ends, so that it never interleaves with the
 * tests'. The end-to-end tests start only once everything before them has passed.
 */

type Step = { name: string; script: string };
type Outcome = { step: Step; code: number; seconds: number; output?: string };

function run(step: Step, capture: boolean): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '-s', step.script], { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const finish = (code: number) => done({ step, code, seconds: (performance.now() - started) / 1000, ...(capture ? { output } : {}) });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const LINT: Step = { name: 'lint', script: 'lint' };
const TYPECHECK: Step = { name: 'typecheck', script: 'typecheck' };
const UNIT: Step = { name: 'unit and component tests', script: 'test:unit' };
const E2E: Step = { name: 'build and end-to-end tests', script: 'test:e2e' };

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];
  const lint = run(LINT, true);
  const typecheck = await run(TYPECHECK, false);
  outcomes.push(typecheck);
  if (typecheck.code === 0) outcomes.push(await run(UNIT, false));
  const linted = await lint;
  if (linted.output) process.stdout.write(linted.output);
  outcomes.push(linted);
  if (outcomes.every((o) => o.code === 0)) outcomes.push(await run(E2E, false));

  const failed = outcomes.filter((o) => o.code !== 0);
  console.log(`\n${outcomes.map((o) => `${o.step.name} ${o.code === 0 ? 'passed' : 'FAILED'} in ${o.seconds.toFixed(0)} s`).join('; ')}.`);
  if (failed.length > 0) console.log(`npm test failed: ${failed.map((o) => o.step.name).join(', ')}.`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
