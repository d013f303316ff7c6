import { describe, expect, it } from 'vitest';
import { UNSURE_VALUE } from './form-values';
import { buildSectionSchema } from './section-schema';
import { smallPack as pack } from '@test/support/questionnaire-pack';

const [profile, data] = pack.sections;
if (!profile || !data) throw new Error('fixture');

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe('buildSectionSchema', () => {
  it('requires required questions, with i18n keys as messages', () => {
    const schema = buildSectionSchema(profile, {}, pack);
    expect(messages(schema.safeParse({ profile__builds: '', profile__size: '', profile__notes: '' }))).toEqual({
      profile__builds: 'questionnaire.errors.chooseOne',
      profile__size: 'questionnaire.errors.chooseOne',
    });
  });

  it('accepts "not sure" only where the question allows it', () => {
    const schema = buildSectionSchema(profile, {}, pack);
    expect(schema.safeParse({ profile__builds: UNSURE_VALUE, profile__size: 'small' }).success).toBe(true);
    expect(messages(schema.safeParse({ profile__builds: 'own', profile__size: UNSURE_VALUE }))).toEqual({
      profile__size: 'questionnaire.errors.notAChoice',
    });
  });

  it('refuses text over maxLength', () => {
    const schema = buildSectionSchema(profile, {}, pack);
    const result = schema.safeParse({ profile__builds: 'own', profile__size: 'small', profile__notes: 'x'.repeat(201) });
    expect(messages(result)).toEqual({ profile__notes: 'questionnaire.errors.tooLong' });
    expect(schema.safeParse({ profile__builds: 'own', profile__size: 'small', profile__notes: 'x'.repeat(200) }).success).toBe(true);
  });

  it('validates shown questions only: a hidden required question passes, and keeps its value', () => {
    const hidden = buildSectionSchema(data, { 'profile.builds': 'own', 'data.uniqueness': 'low' }, pack);
    const result = hidden.safeParse({ data__uniqueness: 'low', data__detail: '', data__kinds: [] });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ data__detail: '' });
    const shown = buildSectionSchema(data, { 'profile.builds': 'own', 'data.uniqueness': 'high' }, pack);
    expect(messages(shown.safeParse({ data__uniqueness: 'high', data__detail: ' ', data__kinds: [] }))).toEqual({
      data__detail: 'questionnaire.errors.enterText',
    });
  });

  it('checks that multi values are choices', () => {
    const schema = buildSectionSchema(data, { 'profile.builds': 'own' }, pack);
    expect(messages(schema.safeParse({ data__uniqueness: 'low', data__kinds: ['customer', 'bogus'] }))).toEqual({
      data__kinds: 'questionnaire.errors.notAChoice',
    });
  });

  it('skips every question of a hidden section', () => {
    expect(buildSectionSchema(data, {}, pack).safeParse({}).success).toBe(true);
  });
});
