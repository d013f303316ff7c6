import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  // Module augmentation only works with an interface.
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. `http://127.0.0.1:41234`. */
    baseURL: string;
    /** The Chromium executable the specs launch. */
    chromiumPath: string;
    /** The built app the preview server serves (absolute path). */
    distDir: string;
  }
}

const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 30_000;

/** `CHROMIUM_PATH` or Debian's Chromium; fails with the command that installs it. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return path;
}

/** The built app: `APERTURE_DIST_DIR` (a build made elsewhere) or `dist/`. */
export function findDist(env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolve(env.APERTURE_DIST_DIR || 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`No build found at ${dir}/index.html. Run \`npm run build\` first (npm run test:e2e does it for you).`);
  }
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('No free port'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  throw new Error(`vite preview did not answer at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Starts `vite preview` on a free port for the e2e specs and stops it (by PID) afterwards. */
export async function setup(project: TestProject): Promise<() => void> {
  const chromiumPath = findChromium();
  const distDir = findDist();
  const port = await freePort();
  const baseURL = `http://${HOST}:${port}`;
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', distDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGTERM');
  };
  process.once('exit', stop);

  try {
    await waitUntilServing(baseURL, child, () => output);
  } catch (error) {
    stop();
    throw error;
  }
  project.provide('baseURL', baseURL);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);
  return () => {
    process.off('exit', stop);
    stop();
  };
}
