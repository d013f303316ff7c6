import { describe, expect, it } from 'vitest';
import type { Result } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { formatsFor } from '../format';
import { packTextFor } from '../pack-text';
import { describeRobustness } from './robustness-text';
import { strategyPack } from '@test/support/strategy-pack';

const result: Result = {
  rules: { id: 'report-small', version: '1.2.0' },
  ranking: [
    { option: 'open-core', rank: 1, score: 75, baseline: 60, verdict: 'recommended', contributions: [], guards: [], cautions: [] },
    { option: 'closed', rank: 2, score: 72.5, baseline: 70, verdict: 'recommended', contributions: [], guards: [], cautions: [] },
    { option: 'api', rank: 3, score: 67.5, baseline: 62.5, verdict: 'viable', contributions: [], guards: [], cautions: [] },
    { option: 'fully-open', rank: 4, score: 52.5, baseline: 45, verdict: 'not-recommended', contributions: [], guards: ['g'], cautions: [] },
  ],
  weights: { trust: 3, speed: 2, moat: 4 },
  unanswered: [],
  unsure: ['profile.size'],
  unknownGuards: [],
  needsAnswers: [],
  robustness: {
    unknownGuards: [],
    changeSearch: { more: 0, open: 0, notVaried: 0, complete: true, evaluations: 0 },
    acceptability: { 'open-core': 0.87, closed: 0.1, api: 0.03, 'fully-open': 0 },
    weightStability: [
      { criterion: 'trust', current: 3, min: 1.2, max: 5 },
      { criterion: 'speed', current: 2, min: 0, max: 5 },
      { criterion: 'moat', current: 4, min: 3.5, max: 5 },
    ],
    changes: [
      {
        changes: [
          { question: 'data.uniqueness', from: 'high', to: 'low' },
          { question: 'risk.regulation', from: 'low', to: 'high' },
        ],
        newTop: 'closed',
        lead: 3.14,
      },
    ],
  },
};

function words(lang: Lang) {
  const t = translator(lang);
  return describeRobustness(result, 2000, packTextFor(strategyPack, lang, t), t, formatsFor(lang));
}

describe('robustness in words', () => {
  it('says how often the top pick comes first, and how firm that is', () => {
    const w = words('en');
    expect(w.headline).toBe('Open core comes first in 87% of 2,000 plausible scenarios.');
    expect(w.strength).toBe('The top pick is robust.');
    expect(w.others).toEqual([
      'Closed comes first in 10% of 2,000 plausible scenarios.',
      'API with transparency comes first in 3% of 2,000 plausible scenarios.',
    ]);
    expect(w.neverFirst).toBe('Never first: Fully open.');
    expect(w.method).toMatch(/“not sure” answer/);
  });

  it('names the weights the top pick is sensitive to, narrowest range first', () => {
    const w = words('en');
    expect(w.sensitive).toEqual([
      'Open core stays first for any weight of Moat between 3.5 and 5 (now 4).',
      'Open core stays first for any weight of Trust between 1.2 and 5 (now 3).',
    ]);
    expect(w.insensitive).toBe('Whatever the weights of Speed, Open core stays first.');
  });

  it('phrases answer changes with question texts and choice labels, pairs joined by "and"', () => {
    expect(words('en').changes).toEqual([
      'If “How unique is your data?” were “Common” instead of “Hard to replicate” and “How regulated is your market?” were “Heavily” instead of “Lightly”, Closed would come first (by 3.1 points).',
    ]);
  });

  it('reads naturally in Japanese', () => {
    const w = words('ja');
    expect(w.headline).toBe('重視度とルールパックの判断を妥当な範囲で変えた2,000通りの試算のうち、87%で「オープンコア」が1位になります。');
    expect(w.changes[0]).toBe(
      '「データはどの程度独自のものですか」の回答が「再現が難しい」ではなく「一般的」、かつ「市場の規制はどの程度ですか」の回答が「緩やか」ではなく「厳しい」であれば、「クローズド」が1位になります（差は3.1ポイント）。',
    );
    expect(w.sensitive[0]).toBe('競争優位の重視度が3.5〜5の範囲なら、「オープンコア」が1位を保ちます（現在は4）。');
  });

  it('says when the top pick holds only at the current weight', () => {
    const t = translator('en');
    const pinned = { ...result, robustness: { ...result.robustness, weightStability: [{ criterion: 'trust', current: 3, min: 3, max: 3 }] } };
    expect(describeRobustness(pinned, 2000, packTextFor(strategyPack, 'en', t), t, formatsFor('en')).sensitive).toEqual([
      'Open core stays first only while the weight of Trust stays at 3.',
    ]);
  });

  it('calls a top pick that wins less than half the time fragile', () => {
    const t = translator('en');
    const fragile = { ...result, robustness: { ...result.robustness, acceptability: { 'open-core': 0.4, closed: 0.6 } } };
    expect(describeRobustness(fragile, 2000, packTextFor(strategyPack, 'en', t), t, formatsFor('en')).strength).toMatch(/fragile/);
  });
});
