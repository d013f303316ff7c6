/** Plain-text tables for terminals, where East Asian wide characters take two columns. */
import { displayWidth } from '@/lib/text/display-width';

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Lines of a table: a header row, then the rows, columns separated by two spaces. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent + cells.map((cell, c) => pad(cell, widths[c] ?? 0, align[c] ?? 'left')).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
