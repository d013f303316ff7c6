import { jsPDF } from 'jspdf';
import { createAstralStandIns, installAstralToUnicode } from '../glyphs/astral-glyphs';
import { readCmapGlyphs, winAnsiCoverage } from '../glyphs/font-coverage';
import { createGlyphCheck, needsJapaneseFont, type GlyphCheck } from '../glyphs/glyph-check';
import { createKit, drawRunningText, type PdfKit } from './pdf-kit';
import { drawAppendix } from './render-appendix';
import { drawContents, drawCover } from './render-cover';
import { drawChange, drawExcluded, drawOptions } from './render-options';
import { drawRoadmap, drawScope, drawTalkingPoints } from './render-scope';
import { drawRanking, drawSummary } from './render-summary';
import type { Paper, ReportModel } from '../model/report-model-types';

/**
 * The PDF writer: the only module that creates jsPDF documents. It checks every character of
 * what it draws against the font before drawing (a missing one becomes 〓 and is reported), loads
 * the Japanese font only when a text needs it, and can write byte-identical files.
 */

export type PdfOptions = {
  paper: Paper;
  /** Fixed creation date and file id, so the same inputs give the same bytes. */
  deterministic?: boolean;
  loadJapaneseFont: () => Promise<Uint8Array>;
  /** Build the embedded font in linear time (default); false keeps jsPDF's own code (for tests). */
  linearGlyphTable?: boolean;
};

export type RenderedPdf = { bytes: Uint8Array; replaced: string[]; pages: number };

export const JAPANESE_FONT_NAME = 'NotoSansJP';
const JAPANESE_FONT_FILE = 'noto-sans-jp-subset.ttf';
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const FIXED_FILE_ID = '0123456789ABCDEF0123456789ABCDEF';

/** Every string inside a value, depth first, in key order. */
export function collectTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectTexts(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) collectTexts(item, out);
  return out;
}

/** The cmap of each font file seen (code point → glyph id). */
const glyphCache = new WeakMap<Uint8Array, ReadonlyMap<number, number>>();

function cmapGlyphs(font: Uint8Array): ReadonlyMap<number, number> {
  let glyphs = glyphCache.get(font);
  if (!glyphs) {
    glyphs = readCmapGlyphs(font);
    glyphCache.set(font, glyphs);
  }
  return glyphs;
}

installAstralToUnicode();

/** Base64 of each font file seen, so that a second report does not encode 4 MB again. */
const base64Cache = new WeakMap<Uint8Array, string>();

/** `Uint8Array.prototype.toBase64` (recent browsers): the font's 4 MB in a few milliseconds. */
type WithBase64 = { toBase64: () => string };

function base64ByChunks(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64(bytes: Uint8Array): string {
  const known = base64Cache.get(bytes);
  if (known !== undefined) return known;
  const encoded = (bytes as Partial<WithBase64>).toBase64?.() ?? base64ByChunks(bytes);
  base64Cache.set(bytes, encoded);
  return encoded;
}

type GlyphTable = {
  encode: (glyphs: Record<number, { encode: (map: unknown) => number[] } | undefined>, ids: number[], map: unknown) => {
    table: number[];
    offsets: number[];
  };
};

/**
 * jsPDF builds the embedded font's glyph table with `table = table.concat(glyph)`, which is
 * quadratic in the glyphs a report uses (hundreds for Japanese). This replaces it on the loaded
 * font with the same algorithm in linear time; render-pdf.test.ts checks the bytes are unchanged.
 */
export function linearGlyphTable(doc: jsPDF): void {
  const glyf = (doc.getFont().metadata as { glyf?: Partial<GlyphTable> } | undefined)?.glyf;
  if (typeof glyf?.encode !== 'function') return;
  glyf.encode = (glyphs, ids, map) => {
    const table: number[] = [];
    const offsets: number[] = [];
    for (const id of ids) {
      offsets.push(table.length);
      const bytes = glyphs[id]?.encode(map) ?? [];
      for (const byte of bytes) table.push(byte);
    }
    offsets.push(table.length);
    return { table, offsets };
  };
}

export type OpenedPdf = { kit: PdfKit; check: GlyphCheck };

/**
 * Opens a document for the given texts: Helvetica when every character is WinAnsi, otherwise the
 * Japanese font (loaded here). Every text is checked before drawing through `kit.sanitize`, which
 * records what it replaced. `lang` is the document's language tag.
 */
export async function openPdf(
  texts: readonly string[],
  lang: 'en' | 'ja',
  options: PdfOptions,
): Promise<OpenedPdf> {
  const doc = new jsPDF({ unit: 'pt', format: options.paper, compress: true, putOnlyUsedFonts: true });
  if (options.deterministic) {
    doc.setCreationDate(FIXED_DATE);
    doc.setFileId(FIXED_FILE_ID);
  }
  doc.setLanguage(lang === 'ja' ? 'ja' : 'en-US');
  const japanese = lang === 'ja' || needsJapaneseFont(texts);
  if (!japanese) {
    const check = createGlyphCheck(winAnsiCoverage);
    return { kit: createKit(doc, 'helvetica', 'bold', check.sanitize), check };
  }
  const font = await options.loadJapaneseFont();
  const glyphs = cmapGlyphs(font);
  const check = createGlyphCheck((cp) => glyphs.has(cp));
  doc.addFileToVFS(JAPANESE_FONT_FILE, base64(font));
  doc.addFont(JAPANESE_FONT_FILE, JAPANESE_FONT_NAME, 'normal', 400, 'Identity-H');
  doc.setFont(JAPANESE_FONT_NAME, 'normal');
  if (options.linearGlyphTable !== false) linearGlyphTable(doc);
  const { standIn } = createAstralStandIns(doc, glyphs);
  return { kit: createKit(doc, JAPANESE_FONT_NAME, 'normal', (text) => standIn(check.sanitize(text))), check };
}

/** The finished document's bytes. */
export function closePdf(kit: PdfKit): Uint8Array {
  return new Uint8Array(kit.doc.output('arraybuffer'));
}

/**
 * Renders the report model as a PDF. Characters the font lacks are drawn as 〓 and returned in
 * `replaced` (deduplicated, in the order of the model).
 */
export async function renderReportPdf(model: ReportModel, options: PdfOptions): Promise<RenderedPdf> {
  // The note on missing characters is drawn only when some were replaced (so the Japanese font, which has 〓, is in use): it never chooses the font.
  const texts = collectTexts({ ...model, appendix: { ...model.appendix, missingGlyphs: null } });
  const { kit, check } = await openPdf(texts, model.lang, options);
  // Check the whole model first, so `replaced` follows the model's order, not the drawing's.
  texts.forEach((text) => check.sanitize(text));
  kit.doc.setDocumentProperties({
    title: check.sanitize(model.properties.title),
    subject: check.sanitize(model.properties.subject),
    ...(model.properties.author ? { author: check.sanitize(model.properties.author) } : {}),
  });
  drawCover(kit, model.cover);
  const contentsTop = kit.y;
  drawSummary(kit, model.summary);
  drawRanking(kit, model.ranking);
  drawOptions(kit, model.options);
  drawExcluded(kit, model.excluded);
  drawChange(kit, model.change);
  drawScope(kit, model.scope);
  drawRoadmap(kit, model.roadmap);
  drawTalkingPoints(kit, model.talkingPoints);
  // Every text of the model was checked above, so the list of replaced characters is complete here.
  drawAppendix(kit, model.appendix, check.replaced());
  drawContents(kit, model.cover.contentsHeading, contentsTop);
  drawRunningText(kit, { ...model.header, footer: model.footer, pageNumber: model.pageNumber });
  return { bytes: closePdf(kit), replaced: check.replaced(), pages: kit.doc.getNumberOfPages() };
}
