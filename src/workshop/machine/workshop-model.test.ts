import { describe, expect, it } from 'vitest';
import type { Participant } from '@/rules/answers/answers-schema';
import { labelFromFileName } from './import-participants';
import { answersFile } from '@test/support/workshop-pack';
import { duplicateNames, nextParticipantId, withAgreed } from './workshop-model';

const participant = (id: string, label: string, name?: string): Participant => ({ id, label, answers: answersFile({}, name) });

describe('workshop model', () => {
  it('finds a free participant id', () => {
    expect(nextParticipantId([])).toBe('p1');
    expect(nextParticipantId([{ id: 'p2' }])).toBe('p3');
    expect(nextParticipantId([{ id: 'p2' }, { id: 'p3' }])).toBe('p4');
  });

  it('flags labels that differ only in case, width or spaces, pointing at the first; a rename clears it', () => {
    const list = [participant('p1', 'Aiko Sato', 'Aiko Sato'), participant('p2', ' aiko  sato ', 'Aiko Sato'), participant('p3', 'ＡＩＫＯ　ＳＡＴＯ'), participant('p4', 'Ben')];
    expect([...duplicateNames(list)]).toEqual([
      ['p2', 'Aiko Sato'],
      ['p3', 'Aiko Sato'],
    ]);
    // What the facilitator sees is the label: renamed, the same respondent name is no longer a duplicate.
    const renamed = [list[0], participant('p2', 'Aiko Sato (data)', 'Aiko Sato')].filter((p) => p !== undefined);
    expect([...duplicateNames(renamed)]).toEqual([]);
  });

  it('sets and clears an agreed answer without touching the others', () => {
    const agreed = { a: 'x' };
    expect(withAgreed(agreed, 'b', ['y'])).toEqual({ a: 'x', b: ['y'] });
    expect(withAgreed(agreed, 'a', undefined)).toEqual({});
    expect(agreed).toEqual({ a: 'x' });
  });

  it('labels nameless answers by their file name', () => {
    expect(labelFromFileName('C:\\exports\\board-member.JSON')).toBe('board-member');
    expect(labelFromFileName('team/aiko.json')).toBe('aiko');
  });
});
