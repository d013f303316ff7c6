import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { packParts } from './pack-parts.ts';

/** The module id under which the app imports the bundled pack (declared in src/packs/load/virtual-modules.d.ts). */
export const DEFAULT_PACK_MODULE = 'virtual:default-pack';

/**
 * The same pack in parts, for the browser: `virtual:default-pack/questions-en` is the pack's
 * questions with their English texts only, `virtual:default-pack/rules-en` its rules with their
 * English texts, `virtual:default-pack/texts-en` the English texts that complete a Japanese page's
 * parts (and the same for Japanese); see src/packs/load/pack-languages.ts.
 */
const PART = /^virtual:default-pack\/(questions|rules|texts)-(en|ja)$/;

/** The module that loads a part: `loadPart(kind, lang)` resolves with the part's data. */
const PARTS_MODULE = 'virtual:default-pack/parts';
const KINDS = ['questions', 'rules', 'texts'] as const;
const LANGS = ['en', 'ja'] as const;

/** JSON.parse of one string is parsed faster than the same data written as an object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/**
 * The build ships each part as a JSON file beside the code, fetched by URL (relative to the code, so
 * the app works under any path; the service worker precaches the files with the rest) and parsed
 * with `response.json()`, which lets the text go once read. Written into a chunk as
 * `JSON.parse("…")`, the text stayed in the page's memory for as long as the page lived, twice (the
 * script's source and the string): about 200 KB for the English part, 50 KB for the Japanese texts.
 */
const fetchingPartsModule = (urls: Record<string, string>) =>
  [
    `const urls = { ${Object.entries(urls).map(([name, url]) => `${JSON.stringify(name)}: ${url}`).join(', ')} };`,
    'export function loadPart(kind, lang) {',
    '  return fetch(urls[`${kind}-${lang}`]).then((response) => {',
    '    if (!response.ok) throw new Error(`The bundled pack could not be loaded: ${response.status} ${response.url}`);',
    '    return response.json();',
    '  });',
    '}',
    '',
  ].join('\n');

/** The dev server and the tests import each part as a module of its own. */
const importingPartsModule = () =>
  [
    'const parts = {',
    ...KINDS.flatMap((kind) => LANGS.map((lang) => `  "${kind}-${lang}": () => import("${DEFAULT_PACK_MODULE}/${kind}-${lang}"),`)),
    '};',
    'export function loadPart(kind, lang) {',
    '  return parts[`${kind}-${lang}`]().then((module) => module.default);',
    '}',
    '',
  ].join('\n');

/**
 * The bundled pack, checked by the pack loader when the app is built (and when a dev server or a
 * test imports it), not in the browser: a broken pack fails the build with every problem listed, and
 * the first screen needs neither the loader nor zod classic to use it. The module holds the loader's
 * own output, so the app sees exactly what a runtime check would have given it.
 */
export function checkedPack(file: string): Plugin {
  const path = resolve(file);
  const resolvedId = `\0${DEFAULT_PACK_MODULE}`;
  // The checker is the app's own loader, imported through Vite's module runner (with the `@/` alias)
  // when a part is first asked for: the Vite config itself then imports no application code.
  let checker: Promise<typeof packParts> | undefined;
  const loadChecker = () =>
    (checker ??= runnerImport<{ packParts: typeof packParts }>(fileURLToPath(new URL('./pack-parts.ts', import.meta.url)), {
      resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
      logLevel: 'warn',
    }).then(({ module }) => module.packParts));
  let building = false;
  return {
    name: 'aperture-checked-pack',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === DEFAULT_PACK_MODULE || id === PARTS_MODULE || PART.test(id) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${DEFAULT_PACK_MODULE}`)) return undefined;
      this.addWatchFile(path);
      const name = relative(process.cwd(), path).split('\\').join('/');
      const parts = await (await loadChecker())(readFileSync(path, 'utf8'), name);
      if (!parts.ok) this.error(parts.message);
      if (id === resolvedId) return jsonModule(parts.pack);
      if (id === `\0${PARTS_MODULE}`) {
        if (!building) return importingPartsModule();
        const urls: Record<string, string> = {};
        for (const kind of KINDS) {
          for (const lang of LANGS) {
            const referenceId = this.emitFile({ type: 'asset', name: `${kind}-${lang}.json`, source: JSON.stringify(parts.part(kind, lang)) });
            urls[`${kind}-${lang}`] = `import.meta.ROLLUP_FILE_URL_${referenceId}`;
          }
        }
        return fetchingPartsModule(urls);
      }
      const [, kind, lang] = PART.exec(id.slice(1)) ?? [];
      return jsonModule(parts.part(KINDS.find((k) => k === kind) ?? 'texts', lang === 'ja' ? 'ja' : 'en'));
    },
  };
}
