import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { aggregateWorkshop } from '@/engine/aggregate/aggregate';
import { score } from '@/engine/score/score';
import { buildReportModel } from '@/report/model/report-model';
import { buildWorkshopReportModel } from '@/report/workshop/workshop-report-model';
import { ANSWERS_FORMAT, WORKSHOP_FORMAT, type Answers, type AnswerValue, type WorkshopFile } from '@/rules/answers/answers-schema';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';
import { packLines } from '@test/support/pack-lines';

/**
 * Ids that are also names on Object.prototype. Only `constructor` fits the id pattern, so a pack
 * may use it for a question, a choice, an option, a criterion and a source at once; the others may
 * still arrive as keys of an answers file. Every layer must read them as plain ids.
 */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'hasOwnProperty', 'toString'] as const;

const quick = readFileSync('rules/examples/quick-check.json', 'utf8');

/** The quick-check pack with a source, a criterion, an option and a choice renamed `constructor`, and an optional text question `constructor`. */
function constructorPack(): Pack {
  const renamed = quick.replaceAll('"mof2024"', '"constructor"').replaceAll('"moat"', '"constructor"').replaceAll('"staged"', '"constructor"').replaceAll('"neutral"', '"constructor"');
  const raw = JSON.parse(renamed) as { sections: { questions: unknown[] }[] };
  raw.sections[0]?.questions.push({ id: 'constructor', kind: 'text', text: { en: 'Constructor question', ja: 'コンストラクターの質問' } });
  const loaded = loadPack(raw);
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  return loaded.pack;
}

const pack = constructorPack();
const choiceQuestions = pack.sections.flatMap((s) => s.questions).filter((q) => q.kind === 'choice');

/** Any answers to the pack's choice questions (the text question `constructor` left unanswered). */
const arbAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...choiceQuestions.map((q) => fc.option(fc.constantFrom(...q.choices.map((c) => c.value)), { nil: undefined })))
  .map((values) => Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[choiceQuestions[i]?.id ?? '', v as AnswerValue]]))));

/** Every value in a model is data: never a function (an inherited `constructor`) nor a non-finite number. */
function expectPlainData(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    expect(typeof item).not.toBe('function');
    if (typeof item === 'number') expect(Number.isFinite(item)).toBe(true);
    if (typeof item === 'object' && item !== null) stack.push(...Object.values(item));
  }
}

const meta = { generatedAt: '2026-12-02T10:00:00.000Z', paper: 'a4' as const, respondent: {} };

describe('ids that are Object.prototype names', () => {
  it('are refused by the id pattern, except constructor, with a message naming each', () => {
    for (const name of PROTOTYPE_NAMES.slice(1)) {
      const raw = JSON.parse(quick) as { criteria: { id: string }[] };
      if (raw.criteria[0]) raw.criteria[0].id = name;
      const loaded = loadPack(raw);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(packLines(loaded).join('\n')).toContain('criteria[0].id');
    }
    expect(pack.options.map((o) => o.id)).toContain('constructor');
  });

  it('score, explain and report a pack that uses constructor for every kind of id', () => {
    const answers: Answers = { 'risk.imitation': 'constructor' };
    const result = score(pack, answers);
    expect(result.ranking.map((r) => r.option)).toContain('constructor');
    for (const lang of ['en', 'ja'] as const) {
      const report = buildReportModel(result, pack, answers, lang, meta);
      const rows = report.appendix.answerSections.flatMap((s) => s.table.rows);
      const row = rows.find((r) => (typeof r[0] === 'string' ? r[0] : r[0]?.text) === (lang === 'en' ? 'Constructor question' : 'コンストラクターの質問'));
      expect(row?.[1]).toMatchObject({ tone: 'muted' });
      expectPlainData(report);
    }
  });

  it('read answers files keyed by any of these names as unknown questions, never as inherited values', () => {
    const file = { format: ANSWERS_FORMAT, rules: { id: pack.id, version: pack.version }, answers: JSON.parse('{"__proto__":"x","hasOwnProperty":"x","toString":"x","constructor":"fine"}') as unknown };
    const check = checkAnswersFile(pack, file);
    expect(check.ok).toBe(true);
    expect(check.answers).toEqual({ constructor: 'fine' });
    expect(check.problems.map((p) => ('question' in p ? p.question : p.code))).toEqual(['__proto__', 'hasOwnProperty', 'toString']);
  });

  test.prop([fc.array(arbAnswers, { minLength: 1, maxLength: 4 }), arbAnswers], { numRuns: 10 })(
    'the engine, the report model and the workshop never read an inherited value',
    (rooms, agreed) => {
      const result = score(pack, rooms[0] ?? {});
      const report = buildReportModel(result, pack, rooms[0] ?? {}, 'en', meta);
      expectPlainData(report);
      const members = rooms.map((answers, i) => ({ id: `p${i}`, label: `P${i}`, answers }));
      const aggregate = aggregateWorkshop(pack, members);
      expectPlainData(aggregate);
      const workshop: WorkshopFile = {
        format: WORKSHOP_FORMAT,
        title: 'constructor',
        date: '2026-12-02',
        rules: { id: pack.id, version: pack.version },
        participants: rooms.map((answers, i) => ({ id: `p${i}`, label: `P${i}`, answers: { format: ANSWERS_FORMAT, rules: { id: pack.id, version: pack.version }, answers: { ...answers } } })),
        agreed: { answers: { ...agreed } },
      };
      const model = buildWorkshopReportModel({ pack, workshop, lang: 'en', anonymous: false, paper: 'a4', generatedAt: '2026-12-02T10:00:00.000Z' });
      expectPlainData(model);
    },
    30_000,
  );
});
