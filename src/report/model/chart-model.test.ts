import { describe, expect, it } from 'vitest';
import type { Result } from '@/engine/score/types';
import {
  approximateMeasure,
  buildAcceptabilityChart,
  buildRankingChart,
  buildStabilityChart,
  layoutChart,
  truncateText,
  wrapLabel,
  type ChartItem,
  type ChartPack,
} from './chart-model';

const pack: ChartPack = {
  options: [
    { id: 'closed', name: { en: 'Closed', ja: 'クローズド' } },
    { id: 'open-core', name: { en: 'Open core', ja: 'オープンコア' } },
    { id: 'fully-open', name: { en: 'Fully open', ja: '完全オープン' } },
  ],
  criteria: [
    { id: 'trust', name: { en: 'Trust', ja: '信頼' } },
    { id: 'moat', name: { en: 'Competitive moat', ja: '競争優位' } },
  ],
};

const result: Result = {
  rules: { id: 'small', version: '1.0.0' },
  ranking: [
    { option: 'open-core', rank: 1, score: 72.44, baseline: 60, verdict: 'recommended', contributions: [], guards: [], cautions: [] },
    { option: 'closed', rank: 2, score: 61.05, baseline: 61.05, verdict: 'viable', contributions: [], guards: [], cautions: [] },
    { option: 'fully-open', rank: 3, score: 80, baseline: 70, verdict: 'not-recommended', contributions: [], guards: ['g'], cautions: [] },
  ],
  weights: { trust: 3, moat: 4 },
  unanswered: [],
  unsure: [],
  unknownGuards: [],
  needsAnswers: [],
  robustness: {
    unknownGuards: [],
    changeSearch: { more: 0, open: 0, notVaried: 0, complete: true, evaluations: 0 },
    acceptability: { 'open-core': 0.2, closed: 0.8, 'fully-open': 0 },
    weightStability: [
      { criterion: 'trust', current: 3, min: 1.25, max: 5 },
      { criterion: 'moat', current: 4, min: 0, max: 5 },
    ],
    changes: [],
  },
};

const texts = (items: ChartItem[]) => items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
const rects = (items: ChartItem[]) => items.filter((i): i is Extract<ChartItem, { kind: 'rect' }> => i.kind === 'rect');

describe('chart models', () => {
  it('ranks the bars as the engine does, with verdict tones and one-decimal labels', () => {
    const chart = buildRankingChart(result, pack, 'en');
    expect(chart.rows.map((r) => [r.label, r.value, r.valueLabel, r.tone])).toEqual([
      ['Open core', 72.44, '72.4', 'recommended'],
      ['Closed', 61.05, '61.1', 'viable'],
      ['Fully open', 80, '80.0', 'blocked'],
    ]);
    expect(buildRankingChart(result, pack, 'ja').rows[0]?.label).toBe('オープンコア');
  });

  it('sorts acceptability by share and formats percentages in the language', () => {
    const chart = buildAcceptabilityChart(result, pack, 'en');
    expect(chart.rows.map((r) => [r.id, r.value, r.valueLabel])).toEqual([
      ['closed', 80, '80%'],
      ['open-core', 20, '20%'],
      ['fully-open', 0, '0%'],
    ]);
    expect(chart.ticks.at(-1)).toEqual({ value: 100, label: '100%' });
  });

  it('gives weight ranges on 0..5 with the current weight', () => {
    const chart = buildStabilityChart(result, pack, 'en');
    expect(chart).toMatchObject({ kind: 'ranges', min: 0, max: 5 });
    expect(chart.rows[0]).toMatchObject({ label: 'Trust', min: 1.25, max: 5, current: 3, valueLabel: '1.3–5' });
    expect(chart.rows[1]?.valueLabel).toBe('0–5');
  });

  it('writes a weight range with 〜 in Japanese, never an en dash', () => {
    const chart = buildStabilityChart(result, pack, 'ja');
    expect(chart.rows.map((r) => r.valueLabel)).toEqual(['1.3〜5', '0〜5']);
  });
});

describe('wrapping', () => {
  it('measures CJK as 1 em and Latin as 0.55 em', () => {
    expect(approximateMeasure('ab', 10)).toBeCloseTo(11);
    expect(approximateMeasure('日本', 10)).toBeCloseTo(20);
  });

  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Open core', 100, 10)).toEqual(['Open core']);
  });

  it('wraps Latin at the last fitting space and truncates the rest', () => {
    expect(wrapLabel('Open weights under a restricted licence', 80, 10)).toEqual(['Open weights', 'under a restr…']);
  });

  it('wraps Japanese between phrases, never inside a word, and never starts a line with 、 or 。', () => {
    expect(wrapLabel('オープンウェイト、制限付きライセンス', 90, 10).join('')).toBe('オープンウェイト、制限付きライセンス');
    const narrow = wrapLabel('オープンウェイト、制限付きライセンス', 80, 10);
    expect(narrow[1]?.startsWith('、')).toBe(false);
    expect(narrow.every((l) => approximateMeasure(l, 10) <= 80)).toBe(true);
    // The option names the review found split inside a word: 「…重み公 / 開」, 「クローズド（非 / 公開）」.
    expect(wrapLabel('制限付きライセンスでの重み公開', 100, 9)).toEqual(['制限付きライセンスでの', '重み公開']);
    expect(wrapLabel('クローズド（非公開）', 60, 9)).toEqual(['クローズド', '（非公開）']);
    expect(wrapLabel('オープンウェイト（制限付きライセンス）', 100, 9)).toEqual(['オープンウェイト', '（制限付きライセンス）']);
    // The results chart on a phone: 160 px of label at 14 px, nothing truncated.
    expect(wrapLabel('オープンウェイト（制限付きライセンス）', 160, 14)).toEqual(['オープンウェイト', '（制限付きライセンス）']);
    expect(wrapLabel('API提供＋透明性の確保', 160, 14)).toEqual(['API提供＋透明性の確保']);
  });

  it('breaks inside a word only when no other break fits', () => {
    const [first, second] = wrapLabel('Internationalisation', 40, 10);
    expect(first).toBe('Interna');
    expect(second?.endsWith('…')).toBe(true);
  });

  it('uses the measure it is given', () => {
    const wide = (text: string, size: number) => text.length * size;
    expect(wrapLabel('ab cd', 30, 10, wide)).toEqual(['ab', 'cd']);
    expect(truncateText('abcdef', 30, 10, wide)).toBe('ab…');
  });
});

describe('layout', () => {
  const options = { width: 400, rowHeight: 24, labelWidth: 100, fontSize: 10 };

  it('draws one track and one bar per row, proportional to the value', () => {
    const layout = layoutChart(buildRankingChart(result, pack, 'en'), options);
    const bars = rects(layout.items).filter((r) => r.tone !== 'track');
    const track = rects(layout.items).find((r) => r.tone === 'track');
    expect(bars).toHaveLength(3);
    expect(bars[0]?.w).toBeCloseTo((track?.w ?? 0) * 0.7244);
    expect(bars.map((b) => b.tone)).toEqual(['recommended', 'viable', 'blocked']);
    expect(texts(layout.items)).toEqual(expect.arrayContaining(['Open core', '72.4', '0', '100']));
    for (const item of layout.items) if (item.kind === 'rect') expect(item.x + item.w).toBeLessThanOrEqual(400);
    expect(layout.height).toBeGreaterThan(3 * 24);
  });

  it('grows a row whose label wraps and keeps rows from overlapping', () => {
    const long = { ...pack, options: pack.options.map((o) => ({ ...o, name: { en: `${o.name.en} with a very long explanatory name`, ja: o.name.ja } })) };
    const layout = layoutChart(buildRankingChart(result, long, 'en'), options);
    const labels = layout.items.filter((i) => i.kind === 'text' && i.anchor === 'start');
    expect(labels).toHaveLength(6);
    const ys = labels.map((l) => l.kind === 'text' && l.y);
    expect([...ys].sort((a, b) => Number(a) - Number(b))).toEqual(ys);
    expect(layout.height).toBeGreaterThan(layoutChart(buildRankingChart(result, pack, 'en'), options).height);
  });

  it('draws weight ranges on a 0..5 axis with a marker at the current weight', () => {
    const layout = layoutChart(buildStabilityChart(result, pack, 'en'), options);
    const markers = layout.items.filter((i) => i.kind === 'line' && i.tone === 'marker');
    const ranges = rects(layout.items).filter((r) => r.tone === 'recommended');
    expect(markers).toHaveLength(2);
    const [range] = ranges;
    const [marker] = markers;
    if (!range || marker?.kind !== 'line') throw new Error('missing range or marker');
    const plotLeft = 100 + 6;
    const plotWidth = (range.x + range.w - plotLeft) / 1; // the trust range ends at 5, the right end
    expect(range.x).toBeCloseTo(plotLeft + (plotWidth * 1.25) / 5);
    expect(marker.x1).toBeCloseTo(plotLeft + (plotWidth * 3) / 5);
    expect(texts(layout.items)).toEqual(expect.arrayContaining(['0', '5', '1.3–5']));
  });
});
