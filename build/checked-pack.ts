import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { packParts } from './pack-parts.ts';

/** The module id under which the app imports the bundled pack (declared in src/packs/load/virtual-modules.d.ts). */
export const DEFAULT_PACK_MODULE = 'virtual:default-pack';

/**
 * The same pack in parts, for the browser: `virtual:default-pack/pack-en` is the pack with its English
 * texts only, `virtual:default-pack/texts-en` the English texts that complete the Japanese part
 * (and the same for Japanese); see src/packs/load/pack-languages.ts.
 */
const PART = /^virtual:default-pack\/(pack|texts)-(en|ja)$/;

/** JSON.parse of one string is parsed faster than the same data written as an object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

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
  return {
    name: 'aperture-checked-pack',
    resolveId: (id) => (id === DEFAULT_PACK_MODULE || PART.test(id) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${DEFAULT_PACK_MODULE}`)) return undefined;
      this.addWatchFile(path);
      const name = relative(process.cwd(), path).split('\\').join('/');
      const parts = (await loadChecker())(readFileSync(path, 'utf8'), name);
      if (!parts.ok) this.error(parts.message);
      if (id === resolvedId) return jsonModule(parts.pack);
      const [, kind, lang] = PART.exec(id.slice(1)) ?? [];
      return jsonModule(parts.part(kind === 'texts' ? 'texts' : 'pack', lang === 'ja' ? 'ja' : 'en'));
    },
  };
}
