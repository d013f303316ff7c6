import { heading, list, paragraph, type PdfKit } from './pdf-kit';
import { drawTable, tableStartHeight } from './pdf-table';
import { colours, type } from './pdf-theme';
import type { AppendixModel } from './report-model-types';

/** Every question and answer by section, the sources, and how the report was made. */
export function drawAppendix(kit: PdfKit, model: AppendixModel): void {
  heading(kit, model.heading, 'section');
  heading(kit, model.answersHeading, 'sub');
  for (const section of model.answerSections) {
    heading(kit, section.title, 'minor', { keep: tableStartHeight(kit, section.table, { widths: [0.55, 'auto'] }) });
    drawTable(kit, section.table, { widths: [0.55, 'auto'] });
  }
  heading(kit, model.sourcesHeading, 'sub');
  list(
    kit,
    model.sources.map((s) => `${s.citation}${s.url ? ` ${s.url}` : ''}`),
    { size: type.small, markers: model.sources.map((s) => s.ref) },
  );
  heading(kit, model.aboutHeading, 'sub', { keep: 110 });
  for (const line of model.about) paragraph(kit, line, { size: type.small, colour: colours.muted });
}
