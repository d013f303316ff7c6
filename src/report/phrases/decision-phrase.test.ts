import { describe, expect, it } from 'vitest';
import type { RankedOption, Result } from '@/engine/score/types';
import { translator } from '@/i18n/t';
import { buildPack } from '@test/support/pack-builder';
import { answerRange, answerRangeLine, changeNotes, closeCallLines, decisionNames, rankLabel, samplesLine } from './decision-phrase';

const entry = (option: string, rank: number, score: number): RankedOption => ({
  option,
  rank,
  score,
  baseline: score,
  verdict: 'recommended',
  contributions: [],
  guards: [],
  cautions: [],
});

const names = decisionNames(
  {
    option: (id) => ({ api: 'Hosted API', inside: 'Open inside', closed: 'Closed' })[id] ?? id,
    criterion: (id) => ({ fit: 'Business-model fit' })[id] ?? id,
    question: (id) => ({ role: 'What role does AI play?', size: 'How large is the firm。' })[id] ?? id,
  },
  { points: (v) => v.toFixed(1), percent: (v) => `${Math.round(v * 100)}%`, count: String },
);

function result(extra: Partial<Result>): Result {
  return {
    rules: { id: 'p', version: '1' },
    ranking: [entry('api', 1, 60), entry('inside', 1, 60), entry('closed', 3, 50)],
    weights: {},
    unanswered: [],
    unsure: [],
    unknownGuards: [],
    needsAnswers: [],
    robustness: {
      acceptability: { api: 0.42, inside: 0.49, closed: 0.09 },
      weightStability: [],
      changes: [],
      changeSearch: { more: 0, open: 0, notVaried: 0, complete: true, evaluations: 10 },
      unknownGuards: [],
    },
    ...extra,
  };
}

describe('ties and close calls in words', () => {
  const tie = result({ closeCall: { tied: ['api', 'inside'], first: 'api', second: 'inside', lead: 0, criterion: 'fit', questions: ['role', 'size'] } });

  it('shows a shared rank as shared', () => {
    const [a, b, c] = tie.ranking as [RankedOption, RankedOption, RankedOption];
    expect([a, b, c].map((e) => rankLabel(tie.ranking, e, translator('en')))).toEqual(['1=', '1=', '3']);
    expect(rankLabel(tie.ranking, a, translator('ja'))).toBe('1位（同点）');
  });

  it('calls a tie a tie and names the criterion and the questions behind it', () => {
    expect(closeCallLines(tie, translator('en'), names)).toEqual([
      'Hosted API and Open inside are tied for first place: their scores are equal, so neither ranks above the other.',
      'What separates them most is Business-model fit, which turns on “What role does AI play?” and “How large is the firm”.',
    ]);
    expect(closeCallLines(tie, translator('ja'), names)).toEqual([
      '「Hosted API」と「Open inside」が同点で1位です。スコアが等しいため、どちらが上位ということはありません。',
      '両者の差が最も大きいのは「Business-model fit」で、これを左右するのは「What role does AI play?」と「How large is the firm」への回答です。',
    ]);
  });

  it('calls a lead under 1 point too close to call; without a question, the starting profiles decide', () => {
    const close = result({ closeCall: { tied: [], first: 'api', second: 'inside', lead: 0.4, criterion: 'fit', questions: [] } });
    expect(closeCallLines(close, translator('en'), names)).toEqual([
      'Too close to call: Hosted API leads Open inside by only 0.4 points, less than 1 point.',
      'What separates them most is Business-model fit, from the options’ starting profiles rather than from your answers.',
    ]);
    expect(closeCallLines(result({}), translator('en'), names)).toEqual([]);
  });

  it('says when another option comes first more often in the samples', () => {
    expect(samplesLine(tie, translator('en'), names)).toBe('Under plausible scenarios, Open inside comes first more often (49%) than Hosted API (42%).');
    expect(samplesLine(tie, translator('ja'), names)).toBe('妥当な範囲で条件を変えた試算では、「Hosted API」（42%）より「Open inside」（49%）のほうが1位になる割合が高くなります。');
    const agreed = result({ robustness: { ...tie.robustness, acceptability: { api: 0.6, inside: 0.4, closed: 0 } } });
    expect(samplesLine(agreed, translator('en'), names)).toBeNull();
  });

  it('says what the list of changes covers', () => {
    const change = { changes: [{ question: 'role', from: 'a', to: 'b' }], newTop: 'inside', lead: 0 };
    const busy = result({
      ...(tie.closeCall ? { closeCall: tie.closeCall } : {}),
      robustness: { ...tie.robustness, changes: [change, change, change], changeSearch: { more: 7, open: 4, notVaried: 1, complete: false, evaluations: 4000 } },
    });
    expect(changeNotes(busy, 2, translator('en'), names)).toEqual([
      'As Hosted API and Open inside are tied, any change listed here decides between them.',
      '8 more changes of this kind are not listed.',
      'Answering one of the 4 questions left open or marked “not sure” counts as a change here.',
      '1 question was not tried (an open multiple-choice question, or one past the search’s limit): answering or changing it could also change the first place.',
      'The search stopped at its limit of 4000 tries: other pairs of changes may exist.',
    ]);
    expect(changeNotes(result({}), 0, translator('en'), names)).toEqual([]);
  });

  describe('weight ranges in the words the user chose', () => {
    const pack = buildPack({
      criteria: [
        { id: 'trust', weight: 3, weightFrom: { question: 'goal', weights: { none: 0, low: 1, some: 3, high: 5 } } },
        { id: 'cost', weight: 2 },
      ],
      questions: [{ id: 'goal', choices: ['none', 'low', 'some', 'high'] }],
      options: [
        { id: 'api', baseline: { trust: 5, cost: 5 } },
        { id: 'inside', baseline: { trust: 5, cost: 5 } },
      ],
    });
    const choice = (_q: string, value: string) => ({ none: 'Not important', low: 'Slightly important', some: 'Important', high: 'Critical' })[value] ?? value;
    const names2 = { ...names, choice, criterion: (id: string) => (id === 'trust' ? 'Trust' : 'Cost'), question: () => 'How important is trust?' };

    it('says "or higher", "or lower" or lists the answers that keep the first option first', () => {
      expect(answerRangeLine(pack, { criterion: 'trust', current: 3, min: 1, max: 5 }, 'api', translator('en'), names2)).toBe(
        'Hosted API stays first as long as the answer to “How important is trust?” is “Slightly important” or higher, as far as the weight of Trust goes.',
      );
      expect(answerRangeLine(pack, { criterion: 'trust', current: 3, min: 0, max: 3.5 }, 'api', translator('ja'), names2)).toBe(
        '「Trust」の重視度に関する限り、「How important is trust?」への回答が「Important」以下であれば、「Hosted API」が1位を保ちます。',
      );
      expect(answerRange(pack, { criterion: 'trust', current: 3, min: 0.5, max: 4 }, translator('en'), choice)?.choices).toBe('“Slightly important” or “Important”');
      expect(answerRange(pack, { criterion: 'trust', current: 3, min: 3, max: 3 }, translator('en'), choice)?.choices).toBe('“Important”');
    });

    it('keeps the numbers for a weight no answer set (a default or what-if weight), and says nothing when every answer keeps it', () => {
      expect(answerRange(pack, { criterion: 'cost', current: 2, min: 1, max: 5 }, translator('en'), choice)).toBeUndefined();
      expect(answerRange(pack, { criterion: 'trust', current: 2.5, min: 1, max: 5 }, translator('en'), choice)).toBeUndefined();
      expect(answerRange(pack, { criterion: 'trust', current: 3, min: 0, max: 5 }, translator('en'), choice)).toBeUndefined();
    });
  });
});
