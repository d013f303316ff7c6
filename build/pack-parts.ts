import { packProblemLine } from '@/cli/pack-problem-line';
import { completePackLanguage, otherLanguage, splitPackLanguage } from '@/packs/load/pack-languages';
import { parsePackJson } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';

const LANGUAGES = ['en', 'ja'] as const;

export type PackParts =
  | { ok: false; message: string }
  | { ok: true; pack: Pack; part: (kind: 'pack' | 'texts', lang: 'en' | 'ja') => unknown };

/**
 * Checks the bundled pack with the app's own loader and cuts it into its per-language parts,
 * checking that each part with the other language's texts makes the exact pack again. Loaded by
 * build/checked-pack.ts through Vite's module runner, so that the Vite config itself imports no
 * application code.
 */
export function packParts(text: string, file: string): PackParts {
  const loaded = parsePackJson(text, { file });
  if (!loaded.ok) {
    const lines = loaded.problems.map((problem) => packProblemLine(problem, loaded.file));
    return { ok: false, message: `The bundled pack does not pass the pack checks:\n${lines.join('\n')}` };
  }
  const whole = JSON.stringify(loaded.pack);
  for (const first of LANGUAGES) {
    const { part, otherTexts } = splitPackLanguage(loaded.pack, first);
    completePackLanguage(part, otherLanguage(first), otherTexts);
    if (JSON.stringify(part) !== whole) return { ok: false, message: `The bundled pack's ${first} part and the other language's texts do not make the pack again` };
  }
  return {
    ok: true,
    pack: loaded.pack,
    part: (kind, lang) => (kind === 'pack' ? splitPackLanguage(loaded.pack, lang).part : splitPackLanguage(loaded.pack, otherLanguage(lang)).otherTexts),
  };
}
