import { isDeepStrictEqual } from 'node:util';
import { packProblemLine } from '@/cli/pack-problem-line';
import { completePackLanguage, otherLanguage, splitPackParts } from '@/packs/load/pack-languages';
import { packAwaitingRules, rulesOf, wholePack, type PackQuestions, type PackRules } from '@/lib/pack/pack-rules';
import { parsePackJson } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';

const LANGUAGES = ['en', 'ja'] as const;

export type PartKind = 'questions' | 'rules' | 'texts';

export type PackParts = { ok: false; message: string } | { ok: true; pack: Pack; part: (kind: PartKind, lang: 'en' | 'ja') => unknown };

/**
 * Checks the bundled pack with the app's own loader and cuts it into the parts the browser
 * fetches (src/packs/load/pack-languages.ts): for each language, its questions and its rules with
 * that language's texts, and the other language's texts. The parts are put together again the way
 * the app does (the questions first, the rules into them, then the other language's texts), and
 * must make the exact pack. Loaded by build/checked-pack.ts through Vite's module runner, so that
 * the Vite config itself imports no application code.
 */
export async function packParts(text: string, file: string): Promise<PackParts> {
  const loaded = parsePackJson(text, { file });
  if (!loaded.ok) {
    const lines = loaded.problems.map((problem) => packProblemLine(problem, loaded.file));
    return { ok: false, message: `The bundled pack does not pass the pack checks:\n${lines.join('\n')}` };
  }
  const whole: unknown = JSON.parse(JSON.stringify(loaded.pack));
  for (const first of LANGUAGES) {
    // Through JSON, as the browser receives them.
    const parts = JSON.parse(JSON.stringify(splitPackParts(loaded.pack, first))) as { questions: PackQuestions; rules: PackRules; otherTexts: string[] };
    const pack = await wholePack(packAwaitingRules(parts.questions, () => Promise.resolve(parts.rules)));
    completePackLanguage([parts.questions, rulesOf(pack)], otherLanguage(first), parts.otherTexts);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(pack)), whole)) return { ok: false, message: `The bundled pack's ${first} parts and the other language's texts do not make the pack again` };
  }
  return {
    ok: true,
    pack: loaded.pack,
    part: (kind, lang) => {
      if (kind === 'texts') return splitPackParts(loaded.pack, otherLanguage(lang)).otherTexts;
      return splitPackParts(loaded.pack, lang)[kind];
    },
  };
}
