import { applyStyle, contentWidth, drawLine, measureText, wrapText, type PdfKit } from './pdf-kit';
import { colours, margins, type } from './pdf-theme';
import type { CoverModel } from '../model/report-model-types';

/** Where the contents start on the cover; the entries are filled in once page numbers are known. */
const CONTENTS_TOP = 430;

/** The cover: title, company, respondent, date, rules pack. */
export function drawCover(kit: PdfKit, cover: CoverModel): void {
  const { doc } = kit;
  doc.setFillColor(...colours.primary);
  doc.rect(0, 0, kit.width, 10, 'F');
  doc.setFillColor(...colours.accent);
  doc.rect(0, 10, kit.width, 3, 'F');

  let y = 150;
  const subtitle = { size: type.subtitle * 0.85, colour: colours.accent };
  for (const line of wrapText(kit, cover.subtitle, contentWidth(kit), subtitle)) {
    drawLine(kit, line, margins.left, y, subtitle);
    y += subtitle.size * 1.4;
  }
  y += 6;
  const title = { size: type.title, colour: colours.primary, strong: true };
  for (const line of wrapText(kit, cover.title, contentWidth(kit), title)) {
    drawLine(kit, line, margins.left, y, { ...title, size: title.size });
    y += title.size * 1.3;
  }
  y += 18;
  if (cover.company) {
    const company = { size: type.subtitle, colour: colours.text, strong: true };
    for (const line of wrapText(kit, cover.company, contentWidth(kit), company)) {
      drawLine(kit, line, margins.left, y, company);
      y += company.size * 1.5;
    }
    y += 4;
  }
  const detail = { size: type.body, colour: colours.muted };
  for (const text of cover.lines) {
    for (const line of wrapText(kit, text, contentWidth(kit), detail)) {
      drawLine(kit, line, margins.left, y, detail);
      y += detail.size * 1.6;
    }
  }
  const note = { size: type.small, colour: colours.muted };
  const noteLines = wrapText(kit, cover.note, contentWidth(kit), note);
  noteLines.forEach((line, i) => drawLine(kit, line, margins.left, kit.height - margins.bottom - (noteLines.length - i) * note.size * 1.5, note));
  kit.y = Math.max(y, CONTENTS_TOP);
}

/** The contents on the cover, from the pages where each section started. */
export function drawContents(kit: PdfKit, heading: string, top: number, at: { page: number; minTop: number } = { page: 1, minTop: CONTENTS_TOP }): void {
  const { doc } = kit;
  doc.setPage(at.page);
  let y = Math.max(top, at.minTop);
  const head = { size: type.minor, colour: colours.primary, strong: true };
  drawLine(kit, kit.sanitize(heading), margins.left, y, head);
  y += head.size * 1.8;
  doc.setDrawColor(...colours.border);
  doc.setLineWidth(0.5);
  const entry = { size: type.body, colour: colours.text };
  const right = kit.width - margins.right;
  const rowHeight = entry.size * 1.75;
  const bottom = kit.height - margins.bottom - 40;
  for (const mark of kit.marks) {
    if (y + rowHeight > bottom) break;
    const number = String(mark.page);
    const numberWidth = measureText(kit, number, entry);
    const [title = ''] = wrapText(kit, mark.title, contentWidth(kit) - numberWidth - 40, entry);
    drawLine(kit, title, margins.left, y, entry);
    drawLine(kit, number, right - numberWidth, y, entry);
    applyStyle(kit, entry);
    const start = margins.left + measureText(kit, title, entry) + 6;
    const end = right - numberWidth - 6;
    if (end > start) {
      doc.setLineDashPattern([0.5, 2.5], 0);
      doc.line(start, y + rowHeight * 0.62, end, y + rowHeight * 0.62);
      doc.setLineDashPattern([], 0);
    }
    y += rowHeight;
  }
}
