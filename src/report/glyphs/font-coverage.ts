/**
 * Which characters a font can draw: a reader of the TrueType `cmap` table (formats 4 and 12)
 * and the WinAnsi repertoire of the PDF standard fonts. Pure; no jsPDF.
 */

export type Coverage = (codePoint: number) => boolean;

/** The characters of WinAnsiEncoding beyond Latin-1 (the 0x80–0x9F row of Windows-1252). */
const WIN_ANSI_EXTRAS = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
  0x0178,
]);

/** True for a character the standard PDF fonts (Helvetica, WinAnsiEncoding) can draw. */
export const winAnsiCoverage: Coverage = (cp) =>
  (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRAS.has(cp);

type Table = { offset: number; length: number };

function tableDirectory(view: DataView): Map<string, Table> {
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function readFormat4(view: DataView, at: number, out: Map<number, number>): void {
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0 && !out.has(c)) out.set(c, glyph);
    }
  }
}

function readFormat12(view: DataView, at: number, out: Map<number, number>): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const firstGlyph = view.getUint32(group + 8);
    for (let c = start; c <= end; c += 1) if (firstGlyph + (c - start) !== 0 && !out.has(c)) out.set(c, firstGlyph + (c - start));
  }
}

/**
 * Reads the Unicode code points a TrueType font maps to a real glyph (not .notdef), with that
 * glyph's id, from its `cmap` subtables of format 4 and 12 for Unicode encodings. Throws on bytes
 * that are not a font.
 */
export function readCmapGlyphs(font: Uint8Array): ReadonlyMap<number, number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableDirectory(view).get('cmap');
  if (!cmap) throw new Error('The font has no cmap table.');
  const out = new Map<number, number>();
  const records = view.getUint16(cmap.offset + 2);
  for (let r = 0; r < records; r += 1) {
    const record = cmap.offset + 4 + r * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = cmap.offset + view.getUint32(record + 4);
    const format = view.getUint16(at);
    if (format === 4) readFormat4(view, at, out);
    else if (format === 12) readFormat12(view, at, out);
  }
  return out;
}

/** The Unicode code points a TrueType font maps to a real glyph (see readCmapGlyphs). */
export function readCmapCodePoints(font: Uint8Array): ReadonlySet<number> {
  return new Set(readCmapGlyphs(font).keys());
}

/** The coverage of a TrueType font, from its cmap. */
export function fontCoverage(font: Uint8Array): Coverage {
  const codePoints = readCmapCodePoints(font);
  return (cp) => codePoints.has(cp);
}
