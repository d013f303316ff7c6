import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The production build declares that the app talks to nobody but its own origin: no inline
 * script, no eval, nothing from another host. Development keeps Vite's inline refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'aperture-content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
};

/**
 * zod probes for `new Function` when its first object schema is built, and a strict CSP reports
 * that probe as a violation even though zod catches it. Its global config is read from
 * `globalThis.__zod_globalConfig`, so a classic script (it runs before every module script) turns
 * the probe off before any chunk that builds a schema is evaluated, whatever order chunks load in.
 */
const ZOD_CONFIG_FILE = 'assets/zod-without-eval.js';
let base = '/';
const zodWithoutEval: Plugin = {
  name: 'aperture-zod-without-eval',
  apply: 'build',
  configResolved: (config) => {
    base = config.base;
  },
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: ZOD_CONFIG_FILE,
      source: 'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });\n',
    });
  },
  transformIndexHtml: () => [{ tag: 'script', attrs: { src: `${base}${ZOD_CONFIG_FILE}` }, injectTo: 'head' }],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, zodWithoutEval],
  resolve: { alias: { '@': src } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 3000 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: a two-core machine runs the journeys one file after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
