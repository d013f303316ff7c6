import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helper: what poppler-utils (Debian) read from a PDF: its text in content order, its page
 * count and its fonts.
 */

const dir = mkdtempSync(join(tmpdir(), 'aperture-pdf-'));
let count = 0;

export type PdfProbe = { text: string; compact: string; pages: number; pageSize: string; fonts: string };

/** Writes the bytes to a temporary file and reads them back with pdftotext, pdfinfo and pdffonts. */
export function probePdf(bytes: Uint8Array): PdfProbe {
  count += 1;
  const file = join(dir, `report-${count}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return {
    text,
    compact: compact(text),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
    fonts,
  };
}

/** Text without any whitespace, so that words a line break split still match. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
