import { drawChart } from './pdf-chart';
import { callout, contentWidth, drawLine, ensureSpace, heading, lineHeight, measureText, paragraph, wrapText, type PdfKit } from './pdf-kit';
import { drawTable } from './pdf-table';
import { colours, margins, tint, toneColour, type } from './pdf-theme';
import type { LabelledText, RankingModel, SummaryModel } from '../model/report-model-types';

const CARD_GAP = 10;
const CARD_PAD = 9;

/** The three starting actions as cards side by side: label, action, when and who. */
function actionCards(kit: PdfKit, actions: readonly LabelledText[]): void {
  if (actions.length === 0) return;
  const cardWidth = (contentWidth(kit) - CARD_GAP * (actions.length - 1)) / actions.length;
  const inner = cardWidth - 2 * CARD_PAD;
  const label = { size: type.small, colour: colours.accent, strong: true };
  const body = { size: type.body };
  const detail = { size: type.tiny, colour: colours.muted };
  const cards = actions.map((a) => ({
    label: wrapText(kit, a.label, inner, label),
    text: wrapText(kit, a.text, inner, body),
    detail: a.detail ? wrapText(kit, a.detail, inner, detail) : [],
  }));
  const heightOf = (c: (typeof cards)[number]) =>
    c.label.length * lineHeight(label) + 3 + c.text.length * lineHeight(body) + 4 + c.detail.length * lineHeight(detail);
  const h = Math.max(...cards.map(heightOf)) + 2 * CARD_PAD;
  ensureSpace(kit, h);
  cards.forEach((card, i) => {
    const x = margins.left + i * (cardWidth + CARD_GAP);
    kit.doc.setFillColor(...tint(colours.accent, 0.06));
    kit.doc.setDrawColor(...tint(colours.accent, 0.35));
    kit.doc.setLineWidth(0.6);
    kit.doc.rect(x, kit.y, cardWidth, h, 'FD');
    kit.doc.setFillColor(...colours.accent);
    kit.doc.rect(x, kit.y, cardWidth, 2.5, 'F');
    let y = kit.y + CARD_PAD;
    for (const line of card.label) {
      drawLine(kit, line, x + CARD_PAD, y, label);
      y += lineHeight(label);
    }
    y += 3;
    for (const line of card.text) {
      drawLine(kit, line, x + CARD_PAD, y, body);
      y += lineHeight(body);
    }
    y += 4;
    for (const line of card.detail) {
      drawLine(kit, line, x + CARD_PAD, y, detail);
      y += lineHeight(detail);
    }
  });
  kit.y += h + 10;
}

/** Executive summary: recommendation, top three, robustness, three actions (one page). */
export function drawSummary(kit: PdfKit, summary: SummaryModel): void {
  heading(kit, summary.heading, 'section');
  callout(kit, summary.recommendation, colours.recommended, { size: type.minor, colour: colours.text });
  heading(kit, summary.topHeading, 'sub');
  drawTable(kit, summary.top, { widths: [0.1, 'auto', 0.2, 0.2], size: type.body });
  heading(kit, summary.robustnessHeading, 'sub');
  for (const line of summary.robustness) paragraph(kit, line);
  if (summary.actions.length > 0) {
    heading(kit, summary.actionsHeading, 'sub', { keep: 90 });
    paragraph(kit, summary.actionsIntro, { colour: colours.muted, size: type.small });
    actionCards(kit, summary.actions);
  }
}

/** A row of coloured squares with the verdict names. */
function legend(kit: PdfKit, model: RankingModel): void {
  const style = { size: type.small, colour: colours.muted };
  ensureSpace(kit, lineHeight(style));
  let x = margins.left;
  const label = kit.sanitize(model.legendLabel);
  drawLine(kit, label, x, kit.y, style);
  x += measureText(kit, label, style) + 8;
  for (const item of model.legend) {
    const text = kit.sanitize(item.label);
    kit.doc.setFillColor(...toneColour(item.tone));
    kit.doc.rect(x, kit.y + lineHeight(style) / 2 - 3.5, 7, 7, 'F');
    drawLine(kit, text, x + 11, kit.y, style);
    x += 11 + measureText(kit, text, style) + 14;
  }
  kit.y += lineHeight(style) + 8;
}

/** The ranking chart of every option with its verdict. */
export function drawRanking(kit: PdfKit, model: RankingModel): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro, { colour: colours.muted });
  legend(kit, model);
  drawChart(kit, model.chart, { rowHeight: 30 });
}
