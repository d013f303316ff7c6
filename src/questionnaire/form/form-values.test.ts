import { describe, expect, it } from 'vitest';
import { applySectionAnswers, fieldName, overlongAnswer, toFormValues, toSectionAnswers, UNSURE_VALUE } from './form-values';
import { smallPack as pack } from '@test/support/questionnaire-pack';

const [profile, data] = pack.sections;
if (!profile || !data) throw new Error('fixture');

describe('form values', () => {
  it('names fields without dots', () => {
    expect(fieldName('data.uniqueness')).toBe('data__uniqueness');
  });

  it('turns answers into fields and back, "not sure" included', () => {
    const answers = { 'profile.builds': { unsure: true as const }, 'profile.notes': 'Hi' };
    const values = toFormValues(profile, answers);
    expect(values).toEqual({ profile__builds: UNSURE_VALUE, profile__size: '', profile__notes: 'Hi' });
    expect(toSectionAnswers(profile, values)).toEqual({ 'profile.builds': { unsure: true }, 'profile.size': null, 'profile.notes': 'Hi' });
  });

  it('keeps multi values in choice order and drops values that are not choices', () => {
    const answers = toSectionAnswers(data, { data__kinds: ['public', 'bogus', 'customer'] });
    expect(answers['data.kinds']).toEqual(['customer', 'public']);
    expect(toSectionAnswers(data, { data__kinds: [] })['data.kinds']).toBeNull();
  });

  it('treats blank text as no answer', () => {
    expect(toSectionAnswers(profile, { profile__notes: '   ' })['profile.notes']).toBeNull();
  });

  it('applies section answers: values replace, null removes, other answers stay', () => {
    const next = applySectionAnswers({ a: 'x', 'profile.size': 'small' }, { 'profile.size': null, 'profile.builds': 'own' });
    expect(next).toEqual({ a: 'x', 'profile.builds': 'own' });
  });

  it('finds a text answer longer than its question allows', () => {
    expect(overlongAnswer(profile, { 'profile.notes': 'x'.repeat(200) })).toBeUndefined();
    expect(overlongAnswer(profile, { 'profile.notes': 'x'.repeat(201) })).toBe('profile.notes');
    expect(overlongAnswer(profile, undefined)).toBeUndefined();
  });
});
