import { layoutChart, type ChartLayout, type ChartModel } from '../model/chart-model';
import { contentWidth, ensureSpace, measureText, type PdfKit } from './pdf-kit';
import { chartToneColour, margins, type } from './pdf-theme';

/**
 * Charts drawn with jsPDF's own primitives (rectangles, lines, text) from the same chart model
 * and layout the app renders as SVG.
 */

/** Draws a laid-out chart with its top-left corner at (x, y). */
export function drawChartLayout(kit: PdfKit, layout: ChartLayout, x: number, y: number): void {
  const { doc } = kit;
  for (const item of layout.items) {
    switch (item.kind) {
      case 'rect':
        if (item.w <= 0 || item.h <= 0) break;
        doc.setFillColor(...chartToneColour(item.tone));
        doc.rect(x + item.x, y + item.y, item.w, item.h, 'F');
        break;
      case 'line':
        doc.setDrawColor(...chartToneColour(item.tone));
        doc.setLineWidth(item.tone === 'marker' ? 1.2 : 0.5);
        doc.setLineDashPattern(item.dash ? [...item.dash] : [], 0);
        doc.line(x + item.x1, y + item.y1, x + item.x2, y + item.y2);
        doc.setLineDashPattern([], 0);
        break;
      case 'text': {
        const text = kit.sanitize(item.text);
        const style = { size: item.size, colour: chartToneColour(item.tone), strong: item.weight === 'bold' };
        const w = measureText(kit, text, style);
        const left = item.anchor === 'end' ? item.x - w : item.anchor === 'middle' ? item.x - w / 2 : item.x;
        doc.text(text, x + left, y + item.y);
        break;
      }
    }
  }
}

export type ChartOptions = { labelWidth?: number; rowHeight?: number; size?: number };

/** Lays a chart model out across the content width and draws it at the flow's position. */
export function drawChart(kit: PdfKit, model: ChartModel, options: ChartOptions = {}): void {
  const width = contentWidth(kit);
  const size = options.size ?? type.body;
  const sanitized = { ...model, rows: model.rows.map((r) => ({ ...r, label: kit.sanitize(r.label), valueLabel: kit.sanitize(r.valueLabel) })) } as ChartModel;
  const layout = layoutChart(sanitized, {
    width,
    rowHeight: options.rowHeight ?? 26,
    labelWidth: options.labelWidth ?? width * 0.3,
    fontSize: size,
    measure: (text, s) => measureText(kit, text, { size: s }),
  });
  ensureSpace(kit, layout.height + 8);
  drawChartLayout(kit, layout, margins.left, kit.y + 4);
  kit.y += layout.height + 12;
}
