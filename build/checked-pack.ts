import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packProblemLine } from '../src/cli/pack-problem-line';
import { parsePackJson } from '../src/rules/pack/load-pack';

/** The module id under which the app imports the bundled pack (declared in src/packs/load/virtual-modules.d.ts). */
export const DEFAULT_PACK_MODULE = 'virtual:default-pack';

/**
 * The bundled pack, checked by the pack loader when the app is built (and when a dev server or a
 * test imports it), not in the browser: a broken pack fails the build with every problem listed, and
 * the first screen needs neither the loader nor zod classic to use it. The module holds the loader's
 * own output, so the app sees exactly what a runtime check would have given it.
 */
export function checkedPack(file: string): Plugin {
  const path = resolve(file);
  const resolvedId = `\0${DEFAULT_PACK_MODULE}`;
  return {
    name: 'aperture-checked-pack',
    resolveId: (id) => (id === DEFAULT_PACK_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(path);
      const name = relative(process.cwd(), path).split('\\').join('/');
      const loaded = parsePackJson(readFileSync(path, 'utf8'), { file: name });
      if (!loaded.ok) this.error(`The bundled pack does not pass the pack checks:\n${loaded.problems.map((problem) => packProblemLine(problem, loaded.file)).join('\n')}`);
      // JSON.parse of one string is parsed faster than the same data written as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loaded.pack))});\n`;
    },
  };
}
