import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { packProblemLine } from '../src/cli/pack-problem-line';
import { completePackLanguage, otherLanguage, splitPackLanguage } from '../src/packs/load/pack-languages';
import { parsePackJson } from '../src/rules/pack/load-pack';

/** The module id under which the app imports the bundled pack (declared in src/packs/load/virtual-modules.d.ts). */
export const DEFAULT_PACK_MODULE = 'virtual:default-pack';

const LANGUAGES = ['en', 'ja'] as const;
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
  return {
    name: 'aperture-checked-pack',
    resolveId: (id) => (id === DEFAULT_PACK_MODULE || PART.test(id) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${DEFAULT_PACK_MODULE}`)) return undefined;
      this.addWatchFile(path);
      const name = relative(process.cwd(), path).split('\\').join('/');
      const loaded = parsePackJson(readFileSync(path, 'utf8'), { file: name });
      if (!loaded.ok) this.error(`The bundled pack does not pass the pack checks:\n${loaded.problems.map((problem) => packProblemLine(problem, loaded.file)).join('\n')}`);
      if (id === resolvedId) return jsonModule(loaded.pack);
      const [, kind, lang] = PART.exec(id.slice(1)) ?? [];
      const whole = JSON.stringify(loaded.pack);
      for (const first of LANGUAGES) {
        const { part, otherTexts } = splitPackLanguage(loaded.pack, first);
        completePackLanguage(part, otherLanguage(first), otherTexts);
        if (JSON.stringify(part) !== whole) this.error(`The bundled pack's ${first} part and the other language's texts do not make the pack again`);
      }
      const language = lang === 'ja' ? 'ja' : 'en';
      if (kind === 'pack') return jsonModule(splitPackLanguage(loaded.pack, language).part);
      return jsonModule(splitPackLanguage(loaded.pack, otherLanguage(language)).otherTexts);
    },
  };
}
