import { autoTable, type CellDef, type RowInput, type Styles } from 'jspdf-autotable';
import { breakLines } from '../glyphs/line-break';
import { contentWidth, ensureSpace, type PdfKit } from './pdf-kit';
import { colours, margins, toneColour, type } from './pdf-theme';
import type { ReportTable, TableCell } from '../model/report-model-types';

/**
 * Tables through jspdf-autotable: wrapped with the report's own line breaking (Japanese by
 * phrase), paginated with the header repeated, in the report's font (one weight for Japanese).
 */

export type TableOptions = {
  /** Column widths as fractions of the content width; `'auto'` takes what is left (use once). */
  widths?: readonly (number | 'auto')[];
  size?: number;
  /** Merge the empty cells under a first-column value into one cell spanning those rows. */
  groupFirstColumn?: boolean;
  /** Draw without the header row. */
  noHead?: boolean;
};

type LastTable = { lastAutoTable?: { finalY?: number } };

function cellText(cell: TableCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

function bodyRows(kit: PdfKit, table: ReportTable, group: boolean): RowInput[] {
  return table.rows.map((row, r) => {
    const cells: CellDef[] = [];
    row.forEach((cell, c) => {
      if (group && c === 0 && cellText(cell) === '' && r > 0) return;
      const def: CellDef = { content: kit.sanitize(cellText(cell)) };
      if (typeof cell !== 'string') def.styles = { textColor: [...toneColour(cell.tone)] };
      if (group && c === 0) {
        let span = 1;
        while (cellText(table.rows[r + span]?.[0] ?? 'x') === '' && r + span < table.rows.length) span += 1;
        def.rowSpan = span;
        def.styles = { ...def.styles, textColor: [...colours.primary], fillColor: [...colours.surface] };
      }
      cells.push(def);
    });
    return cells;
  });
}

/**
 * The height the header and the first row need, measured with the report's own line breaking: a
 * heading above a table keeps at least this much below it, and the table never starts with its
 * header alone at a page foot.
 */
export function tableStartHeight(kit: PdfKit, table: ReportTable, options: TableOptions = {}): number {
  const size = options.size ?? type.small;
  const width = contentWidth(kit);
  const columns = Math.max(table.columns.length, table.rows[0]?.length ?? 0, 1);
  const fixed = (options.widths ?? []).reduce<number>((sum, w) => sum + (w === 'auto' ? 0 : w), 0);
  const autoCount = options.widths ? options.widths.filter((w) => w === 'auto').length + Math.max(0, columns - options.widths.length) : columns;
  const share = (i: number) => {
    const w = options.widths?.[i];
    return typeof w === 'number' ? w : Math.max(0.1, (1 - fixed) / Math.max(1, autoCount));
  };
  const lineH = size * type.cellLeading;
  kit.doc.setFontSize(size);
  const measure = (text: string) => kit.doc.getTextWidth(text);
  const linesOf = (texts: readonly string[]) =>
    Math.max(1, ...texts.map((text, i) => breakLines(kit.sanitize(text), Math.max(10, share(i) * width - 10), measure).length));
  const head = options.noHead ? 0 : linesOf(table.columns) * lineH + 8;
  const first = table.rows[0] ? linesOf(table.rows[0].map(cellText)) * lineH + 8 : 0;
  return head + first + 4;
}

/** Draws a table at the flow's position and moves the flow below it. */
export function drawTable(kit: PdfKit, table: ReportTable, options: TableOptions = {}): void {
  if (table.rows.length === 0) return;
  const size = options.size ?? type.small;
  const width = contentWidth(kit);
  const columnStyles: Record<number, Partial<Styles>> = {};
  (options.widths ?? []).forEach((w, i) => {
    if (w !== 'auto') columnStyles[i] = { cellWidth: w * width };
  });
  ensureSpace(kit, tableStartHeight(kit, table, options));
  const measure = (text: string) => kit.doc.getTextWidth(text);
  autoTable(kit.doc, {
    startY: kit.y,
    margin: { top: margins.top, right: margins.right, bottom: margins.bottom, left: margins.left },
    theme: 'plain',
    tableWidth: width,
    rowPageBreak: 'avoid',
    showHead: options.noHead ? 'never' : 'everyPage',
    ...(options.noHead ? {} : { head: [table.columns.map((c) => kit.sanitize(c))] }),
    body: bodyRows(kit, table, options.groupFirstColumn ?? false),
    styles: {
      font: kit.font,
      fontStyle: 'normal',
      fontSize: size,
      textColor: [...colours.text],
      cellPadding: { top: 4, right: 5, bottom: 4, left: 5 },
      lineColor: [...colours.border],
      lineWidth: { bottom: 0.4 },
      valign: 'top',
      overflow: (text, space) => (Array.isArray(text) ? text : [text]).flatMap((t) => breakLines(t, space, measure)),
    },
    headStyles: {
      fontStyle: kit.strong,
      textColor: [...colours.primary],
      fillColor: [...colours.surface],
      lineWidth: { bottom: 0.8 },
      lineColor: [...colours.primary],
    },
    columnStyles,
  });
  kit.y = ((kit.doc as unknown as LastTable).lastAutoTable?.finalY ?? kit.y) + 10;
}
