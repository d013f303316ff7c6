import { heading, list, paragraph, type PdfKit } from './pdf-kit';
import { drawTable, tableStartHeight } from './pdf-table';
import { colours, type } from './pdf-theme';
import type { AppendixModel } from '../model/report-model-types';

/** A character named by its code point, as U+1F600: the font cannot draw the character itself. */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The note naming the characters drawn as 〓; the names are inserted as data, the template is split once. */
export function missingGlyphsNote(note: AppendixModel['missingGlyphs'], replaced: readonly string[]): string {
  const [before = '', ...after] = note.text.split('{chars}');
  return `${before}${replaced.map(codePointName).join(note.join)}${after.join('{chars}')}`;
}

/**
 * Every question and answer by section, the sources, and how the report was made; `replaced` are the
 * characters the font lacked (drawn as 〓), named by code point at the end so a reader knows what 〓 stands for.
 */
export function drawAppendix(kit: PdfKit, model: AppendixModel, replaced: readonly string[] = []): void {
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
  if (replaced.length > 0) paragraph(kit, missingGlyphsNote(model.missingGlyphs, replaced), { size: type.small, colour: colours.muted });
}
