import type { Result, Scored, Verdict } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import { localize, translate } from '@/i18n/t';
import type { LocalizedText } from '@/rules/pack/pack-schema';
import { isWide } from '@/lib/text/display-width';
import { segment } from '../glyphs/line-break';

/**
 * Chart models and their layout, shared by the app (SVG) and the report (jsPDF primitives).
 * Pure: no DOM, React or jsPDF. Coordinates are abstract units (points); y grows downwards and a
 * text's y is its alphabetic baseline. Colours are tone names that each renderer maps to its palette.
 */

export type ChartTone = 'recommended' | 'viable' | 'blocked' | 'track' | 'axis' | 'text' | 'muted' | 'marker';

export type ChartTick = { value: number; label: string };

export type BarRow = { id: string; label: string; value: number; valueLabel: string; tone: ChartTone };
export type BarChart = { kind: 'bars'; max: number; ticks: ChartTick[]; rows: BarRow[] };

export type RangeRow = {
  id: string;
  label: string;
  min: number;
  max: number;
  current: number;
  valueLabel: string;
  tone: ChartTone;
};
export type RangeChart = { kind: 'ranges'; min: number; max: number; ticks: ChartTick[]; rows: RangeRow[] };

export type ChartModel = BarChart | RangeChart;

/** The few pack fields a chart needs (a whole Pack fits). */
export type ChartPack = {
  readonly options: readonly { readonly id: string; readonly name: LocalizedText }[];
  readonly criteria: readonly { readonly id: string; readonly name: LocalizedText }[];
};

const WEIGHT_MAX = 5;

/** The tone that stands for a verdict. */
export function verdictTone(verdict: Verdict): ChartTone {
  return verdict === 'not-recommended' ? 'blocked' : verdict;
}

function nameOf(items: ChartPack['options'] | ChartPack['criteria'], id: string, lang: Lang): string {
  const item = items.find((i) => i.id === id);
  return item ? localize(item.name, lang) : id;
}

function decimal(lang: Lang, digits: number) {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function compact(lang: Lang) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
}

function percent(lang: Lang, share: number): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Scores 0–100 in ranking order, one bar per option, toned by verdict. */
export function buildRankingChart(scored: Scored, pack: ChartPack, lang: Lang): BarChart {
  const format = decimal(lang, 1);
  return {
    kind: 'bars',
    max: 100,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, label: compact(lang).format(value) })),
    rows: scored.ranking.map((o) => ({
      id: o.option,
      label: nameOf(pack.options, o.option, lang),
      value: Math.min(100, Math.max(0, o.score)),
      valueLabel: format.format(o.score),
      tone: verdictTone(o.verdict),
    })),
  };
}

/** How often each option comes first under plausible scenarios (percent), most often first. */
export function buildAcceptabilityChart(result: Result, pack: ChartPack, lang: Lang): BarChart {
  const shares = result.robustness.acceptability;
  const rows = result.ranking.map((o) => {
    const share = shares[o.option] ?? 0;
    return {
      id: o.option,
      label: nameOf(pack.options, o.option, lang),
      value: Math.min(100, Math.max(0, share * 100)),
      valueLabel: percent(lang, share),
      tone: verdictTone(o.verdict),
    };
  });
  // Stable sort: equal shares keep the ranking order.
  rows.sort((a, b) => b.value - a.value);
  return {
    kind: 'bars',
    max: 100,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({ value: share * 100, label: percent(lang, share) })),
    rows,
  };
}

/** For each criterion, the weights (0–5) over which the top option stays first, and the current weight. */
export function buildStabilityChart(result: Result, pack: ChartPack, lang: Lang): RangeChart {
  const format = compact(lang);
  return {
    kind: 'ranges',
    min: 0,
    max: WEIGHT_MAX,
    ticks: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: format.format(value) })),
    rows: result.robustness.weightStability.map((s) => ({
      id: s.criterion,
      label: nameOf(pack.criteria, s.criterion, lang),
      min: Math.max(0, s.min),
      max: Math.min(WEIGHT_MAX, s.max),
      current: s.current,
      valueLabel: translate(lang, 'common.range', { min: format.format(s.min), max: format.format(s.max) }),
      tone: 'recommended' as const,
    })),
  };
}

// ---- Layout -----------------------------------------------------------------------------------

/** Width of a text at a font size, in the same units as the layout. */
export type Measure = (text: string, size: number) => number;

export type ChartItem =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; tone: ChartTone }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'end' | 'middle';
      size: number;
      tone: ChartTone;
      weight?: 'normal' | 'bold';
    }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; tone: ChartTone; dash?: readonly number[] };

export type ChartLayout = { width: number; height: number; items: ChartItem[] };

export type LayoutOptions = {
  width: number;
  /** Height of a one-line row; a row whose label wraps to two lines grows to fit. */
  rowHeight: number;
  /** Labels wider than this wrap to two lines; the second line ends in "…" if it still does not fit. */
  labelWidth: number;
  fontSize: number;
  /** Text measurement (jsPDF's in the report); defaults to `approximateMeasure`. */
  measure?: Measure;
};

/** Characters that may not start a line (Japanese kinsoku shori, plus Latin closing punctuation). */
const NO_START = new Set(Array.from('、。，．・：；？！ー～…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）」』】〕〉》〙〗’”,.;:!?)]}%'));
/** Characters that may not end a line. */
const NO_END = new Set(Array.from('（「『【〔〈《〘〖‘“([{'));

/** Approximate width: CJK and full-width characters ≈ 1 em, everything else ≈ 0.55 em. */
export function approximateMeasure(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : 0.55;
  return em * size;
}

/**
 * Indexes where a line may break: between two phrases (BudouX for Japanese, so never inside a
 * word such as 公開), after a space, hyphen or slash, and before an opening bracket; never before 、。」 nor after 「.
 */
function breakPoints(chars: readonly string[]): number[] {
  const points = new Set<number>();
  let at = 0;
  for (const piece of segment(chars.join(''))) {
    at += Array.from(piece).length;
    if (at < chars.length) points.add(at);
  }
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1] ?? '';
    if (before === ' ' || before === '-' || before === '/') points.add(i);
    // A bracketed qualifier may start a line of its own: 「オープンウェイト」 / 「（制限付きライセンス）」.
    if (chars[i] === '（' || chars[i] === '(') points.add(i);
  }
  return [...points]
    .filter((i) => chars[i] !== ' ' && !NO_START.has(chars[i] ?? '') && !NO_END.has(chars[i - 1] ?? ''))
    .sort((a, b) => a - b);
}

/** Shortens a text with "…" until it fits. */
export function truncateText(text: string, maxWidth: number, size: number, measure: Measure = approximateMeasure): string {
  if (measure(text, size) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`, size) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Wraps a label to at most two lines of `maxWidth`: breaks at the last fitting space, hyphen or
 * CJK boundary (never before 、。」 nor after 「), inside a word only when nothing else fits; the
 * second line is truncated with "…".
 */
export function wrapLabel(text: string, maxWidth: number, size: number, measure: Measure = approximateMeasure): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (measure(clean, size) <= maxWidth) return [clean];
  const chars = Array.from(clean);
  const slice = (from: number, to?: number) => chars.slice(from, to).join('').trim();
  let cut = breakPoints(chars)
    .filter((i) => measure(slice(0, i), size) <= maxWidth)
    .at(-1);
  if (cut === undefined) {
    cut = 1;
    while (cut < chars.length - 1 && measure(slice(0, cut + 1), size) <= maxWidth) cut++;
    while (cut > 1 && (NO_START.has(chars[cut] ?? '') || NO_END.has(chars[cut - 1] ?? ''))) cut--;
  }
  return [slice(0, cut), truncateText(slice(cut), maxWidth, size, measure)];
}

/** Lays a chart out as rectangles, texts and lines: labels | plot | value labels, axis below. */
export function layoutChart(model: ChartModel, options: LayoutOptions): ChartLayout {
  const { width, rowHeight, labelWidth, fontSize } = options;
  const measure = options.measure ?? approximateMeasure;
  const gap = fontSize * 0.6;
  const lineHeight = fontSize * 1.25;
  const tickSize = fontSize * 0.85;
  const valueWidth = Math.max(0, ...model.rows.map((r) => measure(r.valueLabel, fontSize)));
  const plotLeft = labelWidth + gap;
  const plotRight = Math.max(plotLeft, width - valueWidth - gap);
  const lo = model.kind === 'bars' ? 0 : model.min;
  const hi = model.max;
  const x = (v: number) => plotLeft + ((plotRight - plotLeft) * (Math.min(hi, Math.max(lo, v)) - lo)) / (hi - lo || 1);

  let bottom = 0;
  const rows = model.rows.map((row) => {
    const lines = wrapLabel(row.label, labelWidth, fontSize, measure);
    const h = Math.max(rowHeight, lines.length * lineHeight + fontSize * 0.5);
    const top = bottom;
    bottom += h;
    return { row, lines, mid: top + h / 2, h };
  });

  const items: ChartItem[] = model.ticks.map((t) => ({
    kind: 'line',
    x1: x(t.value),
    y1: 0,
    x2: x(t.value),
    y2: bottom,
    tone: 'axis',
    dash: [2, 2],
  }));
  for (const { row, lines, mid, h } of rows) {
    const firstBaseline = mid - (lines.length * lineHeight) / 2 + lineHeight / 2 + fontSize * 0.35;
    lines.forEach((text, k) =>
      items.push({ kind: 'text', x: 0, y: firstBaseline + k * lineHeight, text, anchor: 'start', size: fontSize, tone: 'text' }),
    );
    const barH = Math.min(h - 2, Math.max(fontSize, rowHeight * 0.55));
    if ('current' in row) {
      const trackH = barH * 0.3;
      items.push({ kind: 'rect', x: plotLeft, y: mid - trackH / 2, w: plotRight - plotLeft, h: trackH, tone: 'track' });
      items.push({ kind: 'rect', x: x(row.min), y: mid - barH / 2, w: Math.max(0, x(row.max) - x(row.min)), h: barH, tone: row.tone });
      const cx = x(row.current);
      items.push({ kind: 'line', x1: cx, y1: mid - barH / 2 - 2, x2: cx, y2: mid + barH / 2 + 2, tone: 'marker' });
    } else {
      items.push({ kind: 'rect', x: plotLeft, y: mid - barH / 2, w: plotRight - plotLeft, h: barH, tone: 'track' });
      items.push({ kind: 'rect', x: plotLeft, y: mid - barH / 2, w: x(row.value) - plotLeft, h: barH, tone: row.tone });
    }
    items.push({ kind: 'text', x: width, y: mid + fontSize * 0.35, text: row.valueLabel, anchor: 'end', size: fontSize, tone: 'text' });
  }
  items.push({ kind: 'line', x1: plotLeft, y1: bottom, x2: plotRight, y2: bottom, tone: 'axis' });
  for (const t of model.ticks) {
    items.push({ kind: 'text', x: x(t.value), y: bottom + tickSize * 1.3, text: t.label, anchor: 'middle', size: tickSize, tone: 'muted' });
  }
  return { width, height: bottom + tickSize * 1.3 + tickSize * 0.4, items };
}
