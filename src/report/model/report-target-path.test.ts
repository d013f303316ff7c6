import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import { planTarget } from '@/engine/target/target';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import { buildReportModel } from './report-model';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const loaded = loadPack(JSON.parse(readFileSync(join(ROOT, 'rules', 'ai-openness.json'), 'utf8')));
if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
const pack = loaded.pack;
const { answers } = (JSON.parse(readFileSync(join(ROOT, 'test', 'golden', 'manufacturer-sensor-data.json'), 'utf8')) as { answers: AnswersFile }).answers;

describe('the staged path in the report', () => {
  it.each(['en', 'ja'] as const)('joins a checkpoint and its actions with one full stop each (%s)', (lang) => {
    const plan = planTarget(pack, answers, 'open-core');
    expect(plan?.status).toBe('reachable');
    const model = buildReportModel(score(pack, answers), pack, answers, lang, { generatedAt: '2026-12-02T10:00:00.000Z', paper: 'a4', ...(plan ? { target: plan } : {}) });
    const cells = (model.roadmap.path?.table?.rows ?? []).flat().filter((cell): cell is string => typeof cell === 'string');
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).not.toMatch(/。。|\.\.(?!\.)|。\.|\.。/u);
    if (lang === 'ja') {
      expect(model.roadmap.path?.lines[0]).toBe('オープンコア（階層型）は、12か月超の取組みで推奨される可能性があります。');
      expect(cells.join('')).toMatch(/のアクション：/);
    }
  });
});
