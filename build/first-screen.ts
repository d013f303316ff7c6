import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type HtmlTagDescriptor, type Plugin } from 'vite';
import { checkedPack } from './checked-pack.ts';
import type { drawStartScreen } from '../src/app/boot/prerender.tsx';

const src = fileURLToPath(new URL('../src', import.meta.url));
const alias = { '@': src };

const LANGS = ['en', 'ja'] as const;

/** src/app/boot/first-screen.ts as one classic script: it runs as soon as the page's markup has been read, and before every module script (deferred). */
async function classicScript(): Promise<string> {
  const built = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias },
    build: { write: false, target: 'es2022', minify: true, lib: { entry: resolve(src, 'app/boot/first-screen.ts'), formats: ['iife'], name: 'apertureFirstScreen' } },
  });
  const outputs = Array.isArray(built) ? built : [built];
  const chunk = outputs.flatMap((result) => ('output' in result ? result.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The first screen script was not built.');
  return chunk.code;
}

/** The start screen in each language, drawn by the app's code in Node (a Vite server without a port, which loads its modules and styles as the app's). */
async function drawScreens(packPath: string) {
  const server = await createServer({
    configFile: false,
    plugins: [checkedPack(packPath)],
    resolve: { alias },
    logLevel: 'warn',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule(resolve(src, 'app/boot/prerender.tsx'))) as { drawStartScreen: typeof drawStartScreen };
    return await Promise.all(LANGS.map((lang) => module.drawStartScreen(lang)));
  } finally {
    await server.close();
  }
}

/**
 * The start screen of a first visit, drawn at build time in each language (src/app/boot/prerender.tsx,
 * run in Node on the app's own code with the bundled pack) and put into index.html as templates, with
 * the classic script that shows the one this visit opens on before the app's code has arrived. The app
 * then takes it over (src/main.tsx). Only the build does this: the development server draws as before.
 */
export function firstScreen(packPath: string): Plugin {
  // Named after its content like every asset, so that a cached copy never outlives its page.
  let script: Promise<{ fileName: string; code: string }> | undefined;
  const pageScript = () =>
    (script ??= classicScript().then((code) => ({ code, fileName: `assets/first-screen-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js` })));
  return {
    name: 'aperture-first-screen',
    apply: 'build',
    buildStart() {
      script = undefined;
    },
    async generateBundle() {
      const { fileName, code } = await pageScript();
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    async transformIndexHtml(): Promise<HtmlTagDescriptor[]> {
      const screens = await drawScreens(packPath);
      return [
        ...screens.flatMap((screen): HtmlTagDescriptor[] => [
          { tag: 'template', attrs: { 'data-first-screen': screen.lang, 'data-title': screen.title }, children: screen.html, injectTo: 'body' },
          { tag: 'template', attrs: { 'data-first-screen-notices': screen.lang }, children: screen.notices, injectTo: 'body' },
        ]),
        // Relative to the page, as every asset URL of the build (`base: './'`).
        { tag: 'script', attrs: { src: `./${(await pageScript()).fileName}` }, injectTo: 'body' },
      ];
    },
  };
}
