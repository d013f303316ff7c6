import '@/i18n/domains/cli';
import '@/i18n/domains/results';
import { describe, expect, it } from 'vitest';
import type { RankingChange } from '@/engine/score/types';
import { translator } from '@/i18n/t';
import { phraseChange, type ChangeMessages, type ChangeNames } from './change-phrase';

const CLI: ChangeMessages = { clause: 'cli.score.changeOne', join: 'cli.score.changeJoin', or: 'cli.score.changeOr', withLead: 'cli.score.change', withoutLead: 'cli.score.changeNoLead' };
const RESULTS: ChangeMessages = {
  clause: 'results.robustness.changeClause',
  join: 'results.robustness.changeJoin',
  or: 'results.robustness.changeOr',
  withLead: 'results.robustness.change',
  withoutLead: 'results.robustness.changeNoLead',
};

const names: ChangeNames = {
  question: (id) => ({ q1: 'How big?', q2: 'How open?' })[id] ?? id,
  choice: (_question, value) => value.toUpperCase(),
  option: (id) => `<${id}>`,
  points: (lead) => lead.toFixed(1),
};

const pair: RankingChange = {
  changes: [
    { question: 'q1', from: 'low', to: 'high' },
    { question: 'q2', from: 'none', to: 'some' },
  ],
  newTop: 'open-core',
  lead: 2.25,
};

describe('phraseChange', () => {
  it('joins the clauses of a pair and gives the lead', () => {
    expect(phraseChange(pair, translator('en'), CLI, names)).toBe(
      'If "How big?" were "HIGH" instead of "LOW" and "How open?" were "SOME" instead of "NONE", <open-core> would come first (by 2.3 points).',
    );
    expect(phraseChange(pair, translator('en'), RESULTS, names)).toBe(
      'If “How big?” were “HIGH” instead of “LOW” and “How open?” were “SOME” instead of “NONE”, <open-core> would come first (by 2.3 points).',
    );
  });

  it('says the options ahead drop out instead of a lead of 0 when the new first leads by guards alone', () => {
    const byGuards = { ...pair, changes: pair.changes.slice(0, 1), lead: 0 };
    expect(phraseChange(byGuards, translator('en'), CLI, names)).toBe(
      'If "How big?" were "HIGH" instead of "LOW", <open-core> would come first, as the options ahead of it would no longer be recommended.',
    );
    expect(phraseChange(byGuards, translator('ja'), CLI, names)).toBe(
      '「How big?」の回答が「LOW」ではなく「HIGH」であれば、上位の選択肢が推奨の対象外となるため、<open-core>が1位になります。',
    );
  });

  it('names every target level of a merged line, in the medium\'s quotes', () => {
    const merged: RankingChange = { changes: [{ question: 'q1', from: 'low', to: 'mid' }], targets: ['mid', 'high'], newTop: 'api', lead: 1.5 };
    expect(phraseChange(merged, translator('en'), RESULTS, names)).toBe('If “How big?” were “MID” or “HIGH” instead of “LOW”, <api> would come first (by 1.5 points).');
    expect(phraseChange(merged, translator('ja'), CLI, names)).toBe('「How big?」の回答が「LOW」ではなく「MID」または「HIGH」であれば、<api>が1位になります（1.5ポイント差）。');
  });

  it('says "not sure" or "no answer" for an open question', () => {
    const unsure: RankingChange = { changes: [{ question: 'q2', from: 'unsure', to: 'some', open: 'unsure' }], newTop: 'api', lead: 1 };
    expect(phraseChange(unsure, translator('en'), RESULTS, names)).toBe('If “How open?” were “SOME” instead of “not sure”, <api> would come first (by 1.0 points).');
    const unanswered: RankingChange = { changes: [{ question: 'q2', from: '', to: 'some', open: 'unanswered' }], newTop: 'api', lead: 1 };
    expect(phraseChange(unanswered, translator('ja'), RESULTS, names)).toBe('「How open?」の回答が「未回答」ではなく「SOME」であれば、「<api>」が1位になります（差は1.0ポイント）。');
  });
});
