import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n/t';
import { answerText } from './answer-text';
import { findQuestion } from '../machine/navigation';
import { smallPack as pack } from '@test/support/questionnaire-pack';

const question = (id: string) => {
  const found = findQuestion(pack, id);
  if (!found) throw new Error(id);
  return found;
};

describe('answerText', () => {
  it.each([
    ['profile.builds', 'own', 'en', 'We build our own'],
    ['profile.builds', 'own', 'ja', '自社で開発している'],
    ['profile.builds', { unsure: true } as const, 'en', 'Not sure'],
    ['profile.builds', { unsure: true } as const, 'ja', 'わからない'],
    ['profile.builds', undefined, 'en', 'Not answered'],
    ['data.kinds', ['customer', 'public'], 'en', 'Customer data and Public data'],
    ['data.kinds', ['customer', 'public'], 'ja', '顧客データ、公開データ'],
    ['profile.notes', 'Hello', 'en', 'Hello'],
    ['profile.notes', '  ', 'en', 'Not answered'],
  ] as const)('%s = %j in %s reads "%s"', (id, value, lang, text) => {
    expect(answerText(question(id), value === undefined ? undefined : (value as never), lang, translator(lang))).toBe(text);
  });
});
