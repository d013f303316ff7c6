import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
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

export type Preview = { url: string; stop: () => void };

/**
 * Serves a built folder with `vite preview` (Aperture's own Vite) on a free port, under `base`
 * (default `/`). Resolves once the page answers; `stop` ends the server by its PID.
 */
export async function startPreview(options: { cwd: string; outDir: string; base?: string; port?: number }): Promise<Preview> {
  const { cwd, outDir, base = '/' } = options;
  const port = options.port ?? (await freePort());
  const vite = resolve('node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir, '--base', base];
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGTERM');
  };
  const url = `http://${HOST}:${port}${base}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  stop();
  throw new Error(`vite preview did not answer at ${url}:\n${output}`);
}
