import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '@/rules/pack/pack-schema';
import { compareFingerprints, packFingerprints, questionFingerprint } from './fingerprints';
import { smallPack as pack } from '@test/support/questionnaire-pack';

const choice = pack.sections[0]?.questions.find((q) => q.kind === 'choice') as Extract<Question, { kind: 'choice' }>;
const text = pack.sections.flatMap((s) => s.questions).find((q) => q.kind === 'text') as Extract<Question, { kind: 'text' }>;

describe('question fingerprints', () => {
  it('are 8 hex digits, one per question, in pack order', () => {
    const prints = packFingerprints(pack);
    expect(Object.keys(prints)).toEqual(pack.sections.flatMap((s) => s.questions.map((q) => q.id)));
    for (const value of Object.values(prints)) expect(value).toMatch(/^[0-9a-f]{8}$/);
  });

  it('ignore the wording but not the choices, their order, "not sure" or the maximum length', () => {
    const base = questionFingerprint(choice);
    expect(questionFingerprint({ ...choice, text: { en: 'Reworded', ja: '言い換え' } })).toBe(base);
    expect(questionFingerprint({ ...choice, choices: [...choice.choices].reverse() })).not.toBe(base);
    expect(questionFingerprint({ ...choice, choices: choice.choices.slice(1) })).not.toBe(base);
    expect(questionFingerprint({ ...choice, allowUnsure: !choice.allowUnsure })).not.toBe(base);
    expect(questionFingerprint({ ...text, maxLength: 17 })).not.toBe(questionFingerprint(text));
  });

  it('compares saved fingerprints with the pack: carried, changed, new and removed', () => {
    const saved = { ...packFingerprints(pack), gone: '00000000', [choice.id]: 'ffffffff' };
    const newer: Pack = pack;
    const ids = Object.keys(packFingerprints(pack));
    const added = ids[ids.length - 1] as string;
    delete saved[added];
    const answered = [choice.id, ids[1] as string, 'gone'];
    expect(compareFingerprints(saved, newer, answered, { from: '0.1.0', to: '1.0.0' })).toEqual({
      from: '0.1.0',
      to: '1.0.0',
      carried: [ids[1]],
      changed: [choice.id],
      added: [added],
      removed: ['gone'],
    });
  });
});
