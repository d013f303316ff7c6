import { callout, drawRunningText, heading, list, paragraph, type PdfKit } from './pdf-kit';
import { drawTable } from './pdf-table';
import { colours, type } from './pdf-theme';
import { drawContents, drawCover } from './render-cover';
import { closePdf, collectTexts, openPdf, type PdfOptions, type RenderedPdf } from './render-pdf';
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

function drawAgendaEntry(kit: PdfKit, entry: WorkshopAgendaEntry): void {
  heading(kit, entry.title, 'sub', { keep: 90 });
  paragraph(kit, entry.facts, { size: type.small, colour: colours.muted, after: 4 });
  callout(kit, entry.outcome, entry.matters ? colours.viable : colours.muted);
  if (entry.outcomes.length > 0) list(kit, entry.outcomes);
  drawTable(kit, entry.spread, { widths: [0.3, 0.1, 'auto'] });
  if (entry.others.length > 0) list(kit, entry.others, { size: type.small });
  paragraph(kit, entry.agreed, { strong: true });
}

function drawAgenda(kit: PdfKit, model: WorkshopReportModel['agenda']): void {
  heading(kit, model.heading, 'section');
  paragraph(kit, model.intro);
  if (model.empty) paragraph(kit, model.empty);
  for (const entry of model.items) drawAgendaEntry(kit, entry);
}

function drawOutcome(kit: PdfKit, agreed: WorkshopReportModel['agreed'], result: WorkshopReportModel['recommendation']): void {
  heading(kit, result.heading, 'section');
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

/** Renders the workshop report. Characters the font lacks are drawn as 〓 and returned in `replaced`. */
export async function renderWorkshopPdf(model: WorkshopReportModel, options: PdfOptions): Promise<RenderedPdf> {
  const texts = collectTexts(model);
  const { kit, check } = await openPdf(texts, model.lang, options);
  texts.forEach((text) => check.sanitize(text));
  kit.doc.setDocumentProperties({ title: check.sanitize(model.properties.title), subject: check.sanitize(model.properties.subject) });
  drawCover(kit, model.cover);
  const contentsTop = kit.y;
  drawOutcome(kit, model.agreed, model.recommendation);
  drawParticipants(kit, model.participants);
  drawGroup(kit, model.group);
  drawAgenda(kit, model.agenda);
  drawContents(kit, model.cover.contentsHeading, contentsTop);
  drawRunningText(kit, { title: model.header.title, footer: model.footer, pageNumber: model.pageNumber });
  return { bytes: closePdf(kit), replaced: check.replaced(), pages: kit.doc.getNumberOfPages() };
}
