import { callout, contentWidth, drawLine, drawRunningText, heading, list, paragraph, wrapText, type PdfKit } from '../pdf/pdf-kit';
import { drawTable } from '../pdf/pdf-table';
import { colours, margins, type } from '../pdf/pdf-theme';
import { missingGlyphsNote } from '../pdf/render-appendix';
import { drawContents } from '../pdf/render-cover';
import { closePdf, collectTexts, openPdf, type PdfOptions, type RenderedPdf } from '../pdf/render-pdf';
import type { WorkshopAgendaEntry, WorkshopReportModel } from './workshop-report-model';

/** The workshop PDF, drawn with the report's primitives (same look, same Japanese handling). */

function drawParticipants(kit: PdfKit, model: WorkshopReportModel['participants']): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  drawTable(kit, model.table, { widths: [0.35, 0.3, 'auto'] });
}

function drawGroup(kit: PdfKit, model: WorkshopReportModel['group']): void {
  heading(kit, model.heading, 'section', { newPage: false });
  paragraph(kit, model.basis, { colour: colours.muted });
  callout(kit, model.top, colours.recommended, { strong: true });
  if (model.split) paragraph(kit, model.split);
  paragraph(kit, model.agreement, { strong: true, after: 2 });
  paragraph(kit, model.agreementNote, { size: type.small, colour: colours.muted });
  drawTable(kit, model.table, { widths: [0.34, 0.14, 0.18, 0.17, 'auto'] });
  paragraph(kit, model.explain, { size: type.small, colour: colours.muted });
}

/** Column fractions that fit the longest cell of each column but the last, which takes the rest. */
function fittedWidths(kit: PdfKit, rows: readonly (readonly string[])[], max: readonly number[]): (number | 'auto')[] {
  kit.doc.setFontSize(type.small);
  const width = contentWidth(kit);
  const fitted: (number | 'auto')[] = max.map((limit, c) => Math.min(limit, Math.max(0.08, ...rows.map((row) => (kit.doc.getTextWidth(kit.sanitize(row[c] ?? '')) + 12) / width))));
  return [...fitted, 'auto'];
}

function drawAgendaEntry(kit: PdfKit, entry: WorkshopAgendaEntry): void {
  heading(kit, entry.title, 'sub', { keep: 90 });
  paragraph(kit, entry.facts, { size: type.small, colour: colours.muted, after: 4 });
  callout(kit, entry.outcome, entry.matters ? colours.viable : colours.muted);
  if (entry.outcomes.length > 0) list(kit, entry.outcomes);
  const rows = [entry.spread.columns, ...entry.spread.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : cell.text)))];
  // The answer column as wide as its longest answer (at most half the page); the count narrow.
  const widths = entry.spread.columns.length > 2 ? fittedWidths(kit, rows, [0.5, 0.14]) : [...fittedWidths(kit, rows, [0.7]).slice(0, 1), 'auto' as const];
  drawTable(kit, entry.spread, { widths });
  if (entry.others.length > 0) list(kit, entry.others, { size: type.small });
  paragraph(kit, entry.agreed, { strong: true });
  if (entry.record.length > 0) list(kit, entry.record, { size: type.small });
}

function drawAgenda(kit: PdfKit, model: WorkshopReportModel['agenda']): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  if (model.namesNote) paragraph(kit, model.namesNote, { size: type.small, colour: colours.muted });
  if (model.empty) paragraph(kit, model.empty);
  for (const entry of model.items) drawAgendaEntry(kit, entry);
  if (model.otherHeading && model.others.length > 0) {
    heading(kit, model.otherHeading, 'sub', { keep: 40 });
    list(kit, model.others, { size: type.small });
  }
}

/** Page 1: the board summary, on one page (its lists are capped by the model). */
function drawBoard(kit: PdfKit, model: WorkshopReportModel): void {
  const board = model.board;
  const { doc } = kit;
  doc.setFillColor(...colours.primary);
  doc.rect(0, 0, kit.width, 10, 'F');
  doc.setFillColor(...colours.accent);
  doc.rect(0, 10, kit.width, 3, 'F');
  kit.marks.push({ title: kit.sanitize(board.heading), page: 1 });
  const subtitle = { size: type.sub, colour: colours.accent };
  drawLine(kit, board.heading, margins.left, kit.y, subtitle);
  kit.y += subtitle.size * 1.5;
  const title = { size: type.section, colour: colours.primary, strong: true };
  for (const line of wrapText(kit, model.cover.title, contentWidth(kit), title)) {
    drawLine(kit, line, margins.left, kit.y, title);
    kit.y += title.size * 1.3;
  }
  paragraph(kit, board.context, { colour: colours.muted, after: 4 });
  heading(kit, board.decisionHeading, 'sub', { keep: 40 });
  paragraph(kit, board.basis, { size: type.small, colour: colours.muted, after: 4 });
  callout(kit, board.decision, board.recommended ? colours.recommended : colours.blocked, { strong: true });
  if (board.alsoRecommended) paragraph(kit, board.alsoRecommended, { strong: true });
  if (board.runnerUp) paragraph(kit, board.runnerUp);
  if (board.summary) paragraph(kit, board.summary);
  heading(kit, board.agreementHeading, 'sub', { keep: 30 });
  list(kit, board.agreement);
  heading(kit, board.decidedHeading, 'sub', { keep: 30 });
  if (board.measured) paragraph(kit, board.measured, { size: type.small, colour: colours.muted, after: 4 });
  list(kit, board.decided);
  if (board.openHeading && board.open.length > 0) {
    heading(kit, board.openHeading, 'sub', { keep: 30 });
    list(kit, board.open);
  }
  heading(kit, board.actionsHeading, 'sub', { keep: 40 });
  if (board.actions.rows.length > 0) drawTable(kit, board.actions, { widths: ['auto', 0.2, 0.22] });
  if (board.actionsNote) paragraph(kit, board.actionsNote);
}

/** The contents list the board summary, the record and the four sections of the record. */
const CONTENTS_ENTRIES = 6;

/** The facilitator's record opens with the workshop's details and the contents. */
function drawRecordStart(kit: PdfKit, model: WorkshopReportModel): { page: number; top: number } {
  heading(kit, model.recordHeading, 'section');
  for (const line of model.cover.lines) paragraph(kit, line, { colour: colours.muted, after: 2 });
  paragraph(kit, model.cover.note, { size: type.small, colour: colours.muted });
  const at = { page: kit.doc.getNumberOfPages(), top: kit.y + 8 };
  return at;
}

function drawOutcome(kit: PdfKit, agreed: WorkshopReportModel['agreed'], result: WorkshopReportModel['recommendation'], newPage: boolean): void {
  heading(kit, result.heading, 'section', { newPage });
  paragraph(kit, result.basis, { colour: colours.muted });
  callout(kit, result.top, result.recommended ? colours.recommended : colours.blocked, { strong: true, size: type.sub });
  if (result.alsoRecommended) paragraph(kit, result.alsoRecommended, { strong: true });
  if (result.runnerUp) paragraph(kit, result.runnerUp);
  if (result.summary) paragraph(kit, result.summary);
  if (result.actions.rows.length > 0) {
    heading(kit, result.actionsHeading, 'sub');
    drawTable(kit, result.actions, { widths: ['auto', 0.18, 0.18] });
  }
  heading(kit, agreed.heading, 'sub');
  paragraph(kit, agreed.intro, { size: type.small, colour: colours.muted });
  if (agreed.empty) paragraph(kit, agreed.empty);
  else drawTable(kit, agreed.table, { widths: [0.6, 'auto'] });
}

/**
 * Renders the workshop report. Characters the font lacks are drawn as 〓, returned in `replaced` and
 * named by code point at the end of the record, as the report's appendix does.
 */
export async function renderWorkshopPdf(model: WorkshopReportModel, options: PdfOptions): Promise<RenderedPdf> {
  // The note on missing characters is drawn only when some were replaced (so the Japanese font, which has 〓, is in use): it never chooses the font.
  const texts = collectTexts({ ...model, missingGlyphs: null });
  const { kit, check } = await openPdf(texts, model.lang, options);
  texts.forEach((text) => check.sanitize(text));
  kit.doc.setDocumentProperties({ title: check.sanitize(model.properties.title), subject: check.sanitize(model.properties.subject) });
  drawBoard(kit, model);
  const contents = drawRecordStart(kit, model);
  // Room for the contents on the record's first page: the sections that follow start below it.
  kit.y = contents.top + (CONTENTS_ENTRIES + 1) * type.body * 1.75 + 24;
  drawOutcome(kit, model.agreed, model.recommendation, false);
  drawParticipants(kit, model.participants);
  drawGroup(kit, model.group);
  drawAgenda(kit, model.agenda);
  // Every text of the model was checked above, so the list of replaced characters is complete here.
  const replaced = check.replaced();
  if (replaced.length > 0) paragraph(kit, missingGlyphsNote(model.missingGlyphs, replaced), { size: type.small, colour: colours.muted });
  drawContents(kit, model.cover.contentsHeading, contents.top, { page: contents.page, minTop: contents.top });
  drawRunningText(kit, { title: model.header.title, footer: model.footer, pageNumber: model.pageNumber });
  return { bytes: closePdf(kit), replaced: check.replaced(), pages: kit.doc.getNumberOfPages() };
}
