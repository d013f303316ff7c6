import { describe, expect, it } from 'vitest';
import {
  countsInProgress,
  firstSectionId,
  missingRequired,
  nextSectionId,
  previousSectionId,
  hiddenQuestionCount,
  progressOf,
  resumeSectionId,
  sectionOfQuestion,
  sectionStatus,
  visibleQuestions,
  visibleSections,
} from './navigation';
import { smallPack as pack } from '@test/support/questionnaire-pack';

const section = (id: string) => {
  const found = pack.sections.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('navigation', () => {
  it('skips a section whose questions are all hidden', () => {
    expect(visibleSections(pack, {}).map((s) => s.id)).toEqual(['profile', 'goals']);
    expect(nextSectionId(pack, { 'profile.builds': 'buy' }, 'profile')).toBe('goals');
    expect(nextSectionId(pack, { 'profile.builds': 'own' }, 'profile')).toBe('data');
    expect(previousSectionId(pack, { 'profile.builds': 'buy' }, 'goals')).toBe('profile');
    expect(previousSectionId(pack, { 'profile.builds': 'both' }, 'goals')).toBe('data');
  });

  it('has no section before the first nor after the last', () => {
    expect(firstSectionId(pack, {})).toBe('profile');
    expect(previousSectionId(pack, {}, 'profile')).toBeUndefined();
    expect(nextSectionId(pack, {}, 'goals')).toBeUndefined();
  });

  it('shows a question only when its condition holds, within a section', () => {
    const ids = (answers: Record<string, string>) => visibleQuestions(pack, section('data'), answers).map((q) => q.id);
    expect(ids({ 'profile.builds': 'own' })).toEqual(['data.uniqueness', 'data.kinds']);
    expect(ids({ 'profile.builds': 'own', 'data.uniqueness': 'high' })).toEqual(['data.uniqueness', 'data.detail', 'data.kinds']);
  });

  it.each([
    [{}, 'not-started'],
    [{ 'profile.notes': 'hello' }, 'incomplete'],
    [{ 'profile.builds': { unsure: true } }, 'incomplete'],
    [{ 'profile.builds': { unsure: true }, 'profile.size': 'small' }, 'complete'],
  ] as const)('section status of %j is %s', (answers, status) => {
    expect(sectionStatus(pack, section('profile'), answers)).toBe(status);
  });

  it('lists missing required questions that are shown, in pack order', () => {
    expect(missingRequired(pack, {}).map((q) => q.id)).toEqual(['profile.builds', 'profile.size', 'goals.trust']);
    expect(missingRequired(pack, { 'profile.builds': 'own', 'data.uniqueness': 'high' }).map((q) => q.id)).toEqual([
      'profile.size',
      'data.detail',
      'goals.trust',
    ]);
  });

  it('counts progress over shown questions only, ignoring answers to hidden ones', () => {
    // Shown: builds, size, trust, speed (the optional notes, free text, do not count; data is hidden).
    expect(progressOf(pack, { 'profile.builds': 'buy', 'data.uniqueness': 'high' }, 'goals')).toEqual({
      section: 2,
      sections: 2,
      answered: 1,
      questions: 4,
    });
    // Shown: builds, size, uniqueness, kinds, trust, speed.
    expect(progressOf(pack, { 'profile.builds': 'own' }, 'data')).toEqual({ section: 2, sections: 3, answered: 1, questions: 6 });
  });

  it('counts free text only when it is required: optional notes never change a score and may stay empty', () => {
    expect(pack.sections.flatMap((s) => s.questions).filter((q) => !countsInProgress(q)).map((q) => q.id)).toEqual(['profile.notes']);
    // The required detail (free text) counts once shown, and so does its answer.
    const answers = { 'profile.builds': 'own', 'data.uniqueness': 'high', 'data.detail': 'Ledger data', 'profile.notes': 'A note' };
    expect(progressOf(pack, answers, 'data')).toEqual({ section: 2, sections: 3, answered: 3, questions: 7 });
  });

  it('counts the questions that answers keep hidden, which the start screen says may still come', () => {
    const all = pack.sections.reduce((sum, section) => sum + section.questions.filter(countsInProgress).length, 0);
    expect(hiddenQuestionCount(pack, {})).toBe(all - progressOf(pack, {}).questions);
    expect(hiddenQuestionCount(pack, {})).toBeGreaterThan(0);
    expect(hiddenQuestionCount(pack, { 'profile.builds': 'own', 'data.uniqueness': 'high' })).toBe(0);
  });

  it('resumes at the preferred section when shown, else at the first one not complete', () => {
    expect(resumeSectionId(pack, {}, 'goals')).toBe('goals');
    expect(resumeSectionId(pack, {}, 'data')).toBe('profile');
    expect(resumeSectionId(pack, { 'profile.builds': 'buy', 'profile.size': 'large' })).toBe('goals');
    expect(resumeSectionId(pack, { 'profile.builds': 'buy', 'profile.size': 'large', 'goals.trust': 'some' })).toBeUndefined();
  });

  it('finds the section of a question', () => {
    expect(sectionOfQuestion(pack, 'data.kinds')?.id).toBe('data');
    expect(sectionOfQuestion(pack, 'nope')).toBeUndefined();
  });
});
