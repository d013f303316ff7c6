import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { approximateMeasure, layoutChart, type ChartItem, type ChartModel } from '@/report/model/chart-model';

type ChartSvgProps = {
  model: ChartModel;
  /** A summary of the chart in words: the image's accessible name. */
  label: string;
  /** The numbers as a table (or other text), for anyone who prefers them to the drawing. */
  children?: ReactNode;
};

const FONT_SIZE = 14;
const DEFAULT_WIDTH = 560;
/** System UI fonts run a little wider than the approximation: keep a margin so labels never touch the bars. */
const measure = (text: string, size: number) => approximateMeasure(text, size) * 1.1;

function ChartShape({ item }: { item: ChartItem }) {
  switch (item.kind) {
    case 'rect':
      return <rect x={item.x} y={item.y} width={item.w} height={item.h} rx={2} className={`chart-fill--${item.tone}`} />;
    case 'line':
      return (
        <line
          x1={item.x1}
          y1={item.y1}
          x2={item.x2}
          y2={item.y2}
          className={`chart-stroke--${item.tone}`}
          strokeDasharray={item.dash?.join(' ')}
        />
      );
    case 'text':
      return (
        <text
          x={item.x}
          y={item.y}
          textAnchor={item.anchor}
          fontSize={item.size}
          fontWeight={item.weight}
          className={`chart-text--${item.tone}`}
        >
          {item.text}
        </text>
      );
  }
}

/** Draws a chart model at the width of its container, in CSS pixels, so text keeps its size. */
export function ChartSvg({ model, label, children }: ChartSvgProps) {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const observe = useCallback((node: HTMLDivElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(
    () =>
      layoutChart(model, {
        width,
        rowHeight: FONT_SIZE * 2.2,
        // Wide enough on a phone for 「オープンウェイト」 and 「（制限付きライセンス）」 on a line each.
        labelWidth: Math.min(220, Math.max(172, width * 0.3)),
        fontSize: FONT_SIZE,
        measure,
      }),
    [model, width],
  );
  return (
    <figure className="results-chart">
      <div ref={observe} className="results-chart__frame">
        <svg
          role="img"
          aria-label={label}
          width={layout.width}
          height={layout.height}
          viewBox={`0 -2 ${layout.width} ${layout.height + 4}`}
          className="results-chart__svg"
        >
          {layout.items.map((item, i) => (
            <ChartShape key={i} item={item} />
          ))}
        </svg>
      </div>
      {children}
    </figure>
  );
}
