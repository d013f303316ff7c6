import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, tried on probe files that are never written to disk: each
 * forbidden import must be rejected by the rule that guards it, and an allowed one must pass, so
 * the rules cannot silently stop matching (DESIGN.md, "Layers").
 */

// Probe files exist only in memory, outside the TypeScript project: the type-aware rules are off for them.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }] });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const LAYERS = 'import-x/no-restricted-paths';
const PURE = '@typescript-eslint/no-restricted-imports';

describe('layer boundaries, by path', () => {
  it.each([
    ['the engine, relatively, from the report', 'src/engine/probe.ts', "import { createReport } from '../report/model/create-report';\nexport const probe = createReport;\n"],
    ['the engine, by alias, from the app', 'src/engine/probe.ts', "import { App } from '@/app/app';\nexport const probe = App;\n"],
    ['the rules from the engine', 'src/rules/probe.ts', "import { score } from '../engine/score/score';\nexport const probe = score;\n"],
    ['a feature from the app', 'src/results/probe.ts', "import { App } from '../app/app';\nexport const probe = App;\n"],
    ['a feature from another feature', 'src/questionnaire/probe.ts', "import { WorkshopBody } from '@/workshop/workshop-screen';\nexport const probe = WorkshopBody;\n"],
    ['the report from the command line', 'src/report/probe.ts', "import { scoreCommand } from '../cli/score';\nexport const probe = scoreCommand;\n"],
    ['the command line from a feature', 'src/cli/probe.ts', "import { ResultsScreen } from '@/results/results-screen';\nexport const probe = ResultsScreen;\n"],
    ['a feature from the packs feature', 'src/results/probe.ts', "import { PackPicker } from '@/packs/screens/pack-picker';\nexport const probe = PackPicker;\n"],
    ['the packs feature from a feature', 'src/packs/probe.ts', "import { SectionScreen } from '../questionnaire/screens/section-screen';\nexport const probe = SectionScreen;\n"],
    ['the shared library from a feature', 'src/lib/probe.ts', "import { WorkshopBody } from '@/workshop/workshop-screen';\nexport const probe = WorkshopBody;\n"],
    ['the engine from the shared library', 'src/engine/probe.ts', "import { encodeShareLink } from '@/lib/share/share-link';\nexport const probe = encodeShareLink;\n"],
    ['the design system from the engine', 'src/ui/probe.ts', "import { score } from '@/engine/score/score';\nexport const probe = score;\n"],
  ])('rejects %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain(LAYERS);
  });

  it.each([
    ['react-dom/client', "import { createRoot } from 'react-dom/client';\nexport const probe = createRoot;\n"],
    ['react', "import { useState } from 'react';\nexport const probe = useState;\n"],
    ['xstate', "import { createActor } from 'xstate';\nexport const probe = createActor;\n"],
    ['jspdf', "import { jsPDF } from 'jspdf';\nexport const probe = jsPDF;\n"],
  ])('keeps %s out of the engine', async (_name, code) => {
    expect(await ruleIds('src/engine/probe.ts', code)).toContain(PURE);
  });

  it.each([
    ['the report from the engine and rules', 'src/report/probe.ts', "import { score } from '../engine/score/score';\nimport { loadPack } from '@/rules/pack/load-pack';\nexport const probe = [score, loadPack];\n"],
    ['the command line from the report', 'src/cli/probe.ts', "import { createReport } from '@/report/model/create-report';\nexport const probe = createReport;\n"],
    ['a feature from the shared library', 'src/workshop/probe.ts', "import { encodeShareLink } from '@/lib/share/share-link';\nexport const probe = encodeShareLink;\n"],
    ['the app from a feature', 'src/app/probe.ts', "import { ResultsScreen } from '@/results/results-screen';\nexport const probe = ResultsScreen;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
