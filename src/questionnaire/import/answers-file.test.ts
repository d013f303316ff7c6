import { describe, expect, it } from 'vitest';
import { answersFileSchema } from '@/rules/answers/answers-schema';
import { parseAnswersJson } from '@/rules/answers/load-answers';
import { answersFileName, buildAnswersFile, cleanRespondent } from './answers-file';
import { smallPack as pack } from '@test/support/questionnaire-pack';

describe('answers file', () => {
  const saved = new Date('2026-11-28T10:00:00.000Z');
  const answers = { 'profile.builds': 'own', 'data.kinds': ['customer'], 'data.uniqueness': { unsure: true as const } };

  it('is the answers file of DESIGN.md and reads back as it was', () => {
    const file = buildAnswersFile(pack, answers, { name: 'Aiko Sato', role: ' ', company: 'Acme' }, saved);
    expect(file).toEqual({
      format: 'aperture-answers/1',
      rules: { id: 'ui-small', version: '1.0.0' },
      respondent: { name: 'Aiko Sato', company: 'Acme' },
      answers,
      savedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(answersFileSchema.safeParse(file).success).toBe(true);
    const back = parseAnswersJson(pack, JSON.stringify(file));
    expect(back).toMatchObject({ ok: true, answers, respondent: { name: 'Aiko Sato', company: 'Acme' }, problems: [] });
  });

  it('leaves out a blank respondent', () => {
    expect(buildAnswersFile(pack, {}, { name: '' }, saved)).not.toHaveProperty('respondent');
    expect(cleanRespondent({ name: '  ' })).toBeUndefined();
  });

  it('is named after the local date', () => {
    expect(answersFileName(new Date(2026, 10, 8, 23, 59))).toBe('aperture-answers-2026-11-08.json');
  });
});
