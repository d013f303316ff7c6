import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n/t';
import type { Participant } from '@/rules/answers/answers-schema';
import { anonymousLetter, displayNames, workshopWords } from './workshop-words';
import { strategyPack } from '@test/support/strategy-pack';

describe('workshop words', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('letters participant %i as %s', (index, letters) => {
    expect(anonymousLetter(index)).toBe(letters);
  });

  it('names participants by label, or by letter when anonymised', () => {
    const t = translator('en');
    const participants = [{ id: 'p1', label: 'Aiko' }, { id: 'p2', label: 'Ben' }] as Participant[];
    expect([...displayNames(participants, false, t).values()]).toEqual(['Aiko', 'Ben']);
    expect([...displayNames(participants, true, t).values()]).toEqual([
      t('workshop.participants.anonymous', { letter: 'A' }),
      t('workshop.participants.anonymous', { letter: 'B' }),
    ]);
  });

  it('reads every kind of answer in words, a text as itself', () => {
    const words = workshopWords(strategyPack, 'ja', translator('ja'));
    expect(words.answer('data.uniqueness', 'high')).toBe('再現が難しい');
    expect(words.answer('data.kinds', ['customer', 'operations'])).toBe(`顧客記録${translator('ja')('workshop.answer.separator')}業務ログ`);
    expect(words.answer('profile.notes', 'Board meets in March.')).toBe('Board meets in March.');
    expect(words.answer('risk.monitoring', { unsure: true })).toBe(translator('ja')('workshop.answer.unsure'));
    expect(words.answer('risk.monitoring', undefined)).toBe(translator('ja')('workshop.answer.none'));
    expect(words.answer('data.kinds', [])).toBe(translator('ja')('workshop.answer.emptySet'));
    expect(words.measure(0.5)).toBe('0.50');
    expect(words.score(72.46)).toBe('72.5');
    // Tables keep one decimal; running text drops a trailing ".0", also after rounding (77.96 → 78).
    expect(words.score(78)).toBe('78.0');
    expect(words.scoreInText(78)).toBe('78');
    expect(words.scoreInText(77.96)).toBe('78');
    expect(words.scoreInText(58.24)).toBe('58.2');
  });
});
