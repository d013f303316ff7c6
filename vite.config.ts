import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { appIconPng } from './build/app-icon.ts';
import { checkedPack } from './build/checked-pack.ts';
import { firstScreen } from './build/first-screen.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
/** The rules pack the app ships with. */
const BUNDLED_PACK = 'rules/ai-openness.json';
/** Test builders and helpers (never part of the app's build). */
const testDir = fileURLToPath(new URL('./test', import.meta.url));

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

/** The app's icons, drawn at build time (see build/app-icon.ts), and the page's link to them. */
const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', size: 192, maskable: false },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', size: 512, maskable: false },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', size: 512, maskable: true },
];
const appIcons: Plugin = {
  name: 'aperture-app-icons',
  apply: 'build',
  generateBundle() {
    for (const icon of ICONS) this.emitFile({ type: 'asset', fileName: icon.src, source: appIconPng(icon.size, { maskable: icon.maskable }) });
  },
  transformIndexHtml: () => [
    { tag: 'link', attrs: { rel: 'icon', type: 'image/png', href: './icons/icon-192.png' }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icons/icon-192.png' }, injectTo: 'head' },
  ],
};

/**
 * An installable app that works offline after the first visit: a Workbox service worker (from the
 * app's own origin, scoped to the folder the app is served from) precaches every file of the build,
 * the PDF code and the Japanese font included. A new version waits until the user chooses to
 * reload (src/app/app-update.tsx); nothing reloads by itself.
 */
const progressiveWebApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  includeManifestIcons: false,
  manifest: {
    id: './',
    name: 'Aperture — AI openness decision aid / AIオープン化の意思決定支援',
    short_name: 'Aperture',
    description:
      "Decide how open to make your company's AI; everything stays in your browser. / 自社のAIをどこまでオープンにすべきかを判断します。入力内容はブラウザーの外に送信されません。",
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: ICONS.map(({ src, sizes, type, maskable }) => ({ src, sizes, type, purpose: maskable ? 'maskable' : 'any' })),
  },
  workbox: {
    // The bundled pack's parts are JSON files (build/checked-pack.ts).
    globPatterns: ['**/*.{js,css,html,json,ttf,png,webmanifest}'],
    // The Japanese font of the PDF (about 2.3 MB) is precached with the rest.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
  },
});

/**
 * Unit test files run in two long-lived workers instead of a fresh process per file: re-importing
 * zod and the engine for each of the 80 files cost two thirds of the tests' own time. Sharing a
 * worker is safe because the engine is pure and the unit tests leave nothing behind (the one file
 * that stubs globals, src/report/download-pdf.test.ts, restores them after each test). Vitest's
 * default on a two-core machine is a single worker (cores − 1); the main process mostly waits, so
 * both cores run tests. Hooks that build PDFs (report-pack's beforeAll) get the tests' generous limit.
 */
const SHARED_WORKERS = { isolate: false, maxWorkers: 2, hookTimeout: 30_000 } as const;

/**
 * Everything the first screen imports statically goes into one chunk. Left to itself, the bundler
 * puts each module that a lazy chunk shares with the first screen (the limits, the answer formats,
 * React's JSX runtime…) in a chunk of its own although the first screen has loaded it already:
 * fifteen module requests before anything could run, and 4.4 KB more gzip than one chunk.
 */
const FIRST_SCREEN_IN_ONE_CHUNK = { groups: [{ name: 'app', test: /[\\/]src[\\/]main\.tsx$/ }] };

export default defineConfig({
  // Every URL of the build is relative to the page, so the folder can be served under any path.
  base: './',
  plugins: [react(), checkedPack(BUNDLED_PACK), firstScreen(BUNDLED_PACK), contentSecurityPolicy, appIcons, progressiveWebApp],
  resolve: { alias: { '@': src, '@test': testDir } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      output: { codeSplitting: FIRST_SCREEN_IN_ONE_CHUNK },
      // Two plugins take a second or so by design, every build: drawing the start screen in Node
      // (build/first-screen.ts) and listing the files the service worker precaches.
      checks: { bundlerTimings: false },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Property tests and PDF read-backs share two cores with the rest of the suite: a generous limit
        // keeps a busy machine from failing a test that is merely slow there.
        test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], setupFiles: ['src/i18n/core-ja.ts', 'test/support/record-reading.ts'], testTimeout: 30_000, ...SHARED_WORKERS },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/setup.ts', 'test/support/record-reading.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Files share one jsdom per worker (test/setup.ts empties the page, both storages and the
          // address after each test): setting up jsdom for each of the 21 files cost more than the
          // tests themselves (143 → 67 s at load 10; every file also passes in shuffled order).
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['src/i18n/core-ja.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two spec files at a time, each with its own Chromium: a journey spends part of its time
          // waiting for the page, so a second one uses it (two cores, same commit back to back:
          // one at a time 356 s, two at a time 282 s). The files of one worker share its modules
          // (playwright-core, the pack, the engine): each spec launches and closes its own browser
          // and keeps its state in its own module.
          maxWorkers: 2,
          isolate: false,
        },
      },
    ],
  },
});
