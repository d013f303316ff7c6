import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackJson } from '@/rules/pack/load-pack';
import type { Condition } from '@/rules/pack/pack-schema';
import { hiddenConditions } from './hidden-conditions';
import { rankOptions } from '../score/score';
import { buildPack } from '@test/support/pack-builder';

/** "Do you have ML staff?" then "Do you have a model of your own?", asked only of firms with ML staff. */
function pack(rule: Condition, guard: Condition = { q: 'ml', is: 'many' }, showIf: Condition = { q: 'ml', atLeast: 'some' }) {
  return buildPack({
    criteria: [{ id: 'c1', weight: 1 }],
    questions: [
      { id: 'ml', choices: ['none', 'some', 'many'] },
      { id: 'own', choices: ['none', 'fine-tuned', 'pre-trained'], showIf },
      { id: 'kinds', kind: 'multi', choices: ['a', 'b'] },
    ],
    options: [
      { id: 'api', baseline: { c1: 5 } },
      { id: 'closed', baseline: { c1: 5 } },
    ],
    rules: [{ id: 'no-model-no-api', when: rule, effects: [{ option: 'api', criterion: 'c1', delta: -3 }] }],
    guards: [{ id: 'g', options: ['api'], severity: 'block', when: guard }],
  });
}

describe('rules and guards on a question hidden exactly when they matter', () => {
  it('warns for a rule about firms without ML staff that reads a question those firms never see', () => {
    const when: Condition = { all: [{ q: 'ml', is: 'none' }, { q: 'own', is: 'none' }] };
    expect(hiddenConditions(pack(when))).toEqual([{ kind: 'rule', position: 0, id: 'no-model-no-api', questions: ['own'] }]);
    // Sound: no answers make it fire.
    for (const ml of ['none', 'some', 'many']) {
      for (const own of ['none', 'fine-tuned', 'pre-trained']) {
        expect(rankOptions(pack(when), { ml, own }).ranking.find((r) => r.option === 'api')?.contributions).toEqual([]);
      }
    }
  });

  it('warns for a guard the same way, through any, and through a chain of showIf', () => {
    const guard: Condition = { any: [{ all: [{ q: 'ml', is: 'none' }, { q: 'own', atLeast: 'fine-tuned' }] }] };
    expect(hiddenConditions(pack({ q: 'ml', is: 'some' }, guard))).toEqual([{ kind: 'guard', position: 0, id: 'g', questions: ['own'] }]);
  });

  it('stays silent when the condition can hold as the questionnaire runs', () => {
    // The question is shown to the firms the rule is about.
    expect(hiddenConditions(pack({ all: [{ q: 'ml', is: 'some' }, { q: 'own', is: 'none' }] }))).toEqual([]);
    // A negated leaf on a hidden question is true, so the rule does fire for firms without ML staff.
    expect(hiddenConditions(pack({ all: [{ q: 'ml', is: 'none' }, { not: { q: 'own', is: 'pre-trained' } }] }))).toEqual([]);
    // Without showIf the rule would fire: with it, the same rule is fine once the question is always shown.
    expect(hiddenConditions(pack({ all: [{ q: 'ml', is: 'none' }, { q: 'own', is: 'none' }] }, undefined, { q: 'kinds', answered: false }))).toEqual([]);
    // A condition that can never hold anyway is not this problem.
    expect(hiddenConditions(pack({ all: [{ q: 'ml', is: 'none' }, { q: 'ml', is: 'some' }] }))).toEqual([]);
  });

  it('finds nothing in the shipped packs', () => {
    for (const file of ['rules/ai-openness.json', 'rules/examples/quick-check.json']) {
      const loaded = parsePackJson(readFileSync(file, 'utf8'), { file });
      expect(loaded.ok && hiddenConditions(loaded.pack)).toEqual([]);
    }
  });
});
