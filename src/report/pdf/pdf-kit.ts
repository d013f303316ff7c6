import type { jsPDF } from 'jspdf';
import { breakLines } from '../glyphs/line-break';
import { truncateText } from '../model/chart-model';
import { colours, margins, tint, type, type Rgb } from './pdf-theme';

/**
 * Drawing primitives for Aperture's PDFs (report and workshop): a flow that places wrapped,
 * paginated text top to bottom, headings that keep with what follows, callouts, lists, and the
 * running header and footer. Every string passes through the kit's `sanitize` (the glyph check)
 * before it is measured or drawn.
 */

export type PdfKit = {
  readonly doc: jsPDF;
  /** The font family every text uses (Helvetica or the Japanese font). */
  readonly font: string;
  /** The style used for emphasis: bold for Helvetica; the Japanese font has one weight. */
  readonly strong: 'bold' | 'normal';
  readonly sanitize: (text: string) => string;
  readonly width: number;
  readonly height: number;
  /** The top of the free space on the current page. */
  y: number;
  /** Pages on which each section starts, for the contents. */
  readonly marks: { title: string; page: number }[];
};

export type TextStyle = { size?: number; colour?: Rgb; strong?: boolean };

export function createKit(doc: jsPDF, font: string, strong: 'bold' | 'normal', sanitize: (text: string) => string): PdfKit {
  doc.setLineHeightFactor(type.cellLeading);
  return {
    doc,
    font,
    strong,
    sanitize,
    width: doc.internal.pageSize.getWidth(),
    height: doc.internal.pageSize.getHeight(),
    y: margins.top,
    marks: [],
  };
}

/** Width available to text between the margins. */
export function contentWidth(kit: PdfKit): number {
  return kit.width - margins.left - margins.right;
}

export function applyStyle(kit: PdfKit, style: TextStyle = {}): void {
  kit.doc.setFont(kit.font, style.strong ? kit.strong : 'normal');
  kit.doc.setFontSize(style.size ?? type.body);
  const [r, g, b] = style.colour ?? colours.text;
  kit.doc.setTextColor(r, g, b);
}

/** Width of a text in a style (points). */
export function measureText(kit: PdfKit, text: string, style: TextStyle = {}): number {
  applyStyle(kit, style);
  return kit.doc.getTextWidth(text);
}

/** Wraps a text to a width in a style: Japanese by phrase with kinsoku, Latin at spaces. */
export function wrapText(kit: PdfKit, text: string, width: number, style: TextStyle = {}): string[] {
  applyStyle(kit, style);
  return breakLines(kit.sanitize(text), width, (s) => kit.doc.getTextWidth(s));
}

export function lineHeight(style: TextStyle = {}): number {
  return (style.size ?? type.body) * type.leading;
}

export function newPage(kit: PdfKit): void {
  kit.doc.addPage();
  kit.y = margins.top;
}

/** Space left on the current page. */
export function spaceLeft(kit: PdfKit): number {
  return kit.height - margins.bottom - kit.y;
}

/** Starts a new page unless `height` still fits on this one. */
export function ensureSpace(kit: PdfKit, height: number): void {
  if (height > spaceLeft(kit) && kit.y > margins.top) newPage(kit);
}

export function gap(kit: PdfKit, height: number): void {
  if (kit.y > margins.top) kit.y = Math.min(kit.y + height, kit.height - margins.bottom);
}

/** Draws one line of text with its top at `top` (alphabetic baseline placed inside the line box). */
export function drawLine(kit: PdfKit, text: string, x: number, top: number, style: TextStyle = {}): void {
  applyStyle(kit, style);
  const size = style.size ?? type.body;
  kit.doc.text(text, x, top + (lineHeight(style) - size) / 2 + size * 0.86);
}

export type ParagraphOptions = TextStyle & { indent?: number; width?: number; after?: number };

/** A wrapped paragraph that continues on the next page when it must. */
export function paragraph(kit: PdfKit, text: string, options: ParagraphOptions = {}): void {
  const x = margins.left + (options.indent ?? 0);
  const width = options.width ?? contentWidth(kit) - (options.indent ?? 0);
  const h = lineHeight(options);
  for (const line of wrapText(kit, text, width, options)) {
    ensureSpace(kit, h);
    drawLine(kit, line, x, kit.y, options);
    kit.y += h;
  }
  kit.y += options.after ?? type.body * 0.6;
}

export type HeadingLevel = 'section' | 'sub' | 'minor';

const HEADING: Record<HeadingLevel, { size: number; colour: Rgb; before: number; after: number }> = {
  section: { size: type.section, colour: colours.primary, before: 0, after: 12 },
  sub: { size: type.sub, colour: colours.primary, before: 14, after: 5 },
  minor: { size: type.minor, colour: colours.text, before: 8, after: 3 },
};

export type HeadingOptions = {
  /** Points of what follows that must fit on the same page (default 48). */
  keep?: number;
  /** A section starts a new page unless this says it may share one (then it keeps `keep`). */
  newPage?: boolean;
};

/**
 * A heading kept with at least `keep` points of what follows. A `section` heading starts a new
 * page (unless the page is empty or `newPage` is false), is underlined, and is recorded for the
 * contents.
 */
export function heading(kit: PdfKit, text: string, level: HeadingLevel, options: HeadingOptions = {}): void {
  const spec = HEADING[level];
  const keep = options.keep ?? 48;
  const style = { size: spec.size, colour: spec.colour, strong: true };
  const lines = wrapText(kit, text, contentWidth(kit), style);
  const h = lines.length * spec.size * 1.3;
  if (level === 'section' && options.newPage !== false && kit.y > margins.top) newPage(kit);
  else if (level === 'section') {
    gap(kit, 26);
    ensureSpace(kit, h + spec.after + keep);
  } else {
    gap(kit, spec.before);
    ensureSpace(kit, h + spec.after + keep);
  }
  if (level === 'section') kit.marks.push({ title: kit.sanitize(text), page: kit.doc.getNumberOfPages() });
  for (const line of lines) {
    applyStyle(kit, style);
    kit.doc.text(line, margins.left, kit.y + spec.size);
    kit.y += spec.size * 1.3;
  }
  if (level === 'section') {
    kit.doc.setDrawColor(...colours.accent);
    kit.doc.setLineWidth(1.2);
    kit.doc.line(margins.left, kit.y + 3, margins.left + 36, kit.y + 3);
    kit.y += 6;
  }
  kit.y += spec.after;
}

/** A tinted box with a coloured bar on the left, for a recommendation or a warning. */
export function callout(kit: PdfKit, text: string, colour: Rgb, style: TextStyle = {}): void {
  const pad = 8;
  const width = contentWidth(kit) - 2 * pad - 4;
  const lines = wrapText(kit, text, width, style);
  const h = lineHeight(style);
  const boxHeight = lines.length * h + 2 * pad;
  if (boxHeight > kit.height - margins.top - margins.bottom) {
    paragraph(kit, text, style);
    return;
  }
  ensureSpace(kit, boxHeight);
  kit.doc.setFillColor(...tint(colour, 0.08));
  kit.doc.rect(margins.left, kit.y, contentWidth(kit), boxHeight, 'F');
  kit.doc.setFillColor(...colour);
  kit.doc.rect(margins.left, kit.y, 3, boxHeight, 'F');
  lines.forEach((line, i) => drawLine(kit, line, margins.left + pad + 4, kit.y + pad + i * h, style));
  kit.y += boxHeight + 8;
}

/** A bulleted or numbered list; long items wrap under their first line. */
export function list(
  kit: PdfKit,
  items: readonly string[],
  options: TextStyle & { numbered?: boolean; markers?: readonly string[] } = {},
): void {
  const h = lineHeight(options);
  const marker = (index: number) => options.markers?.[index] ?? (options.numbered ? `${index + 1}.` : '•');
  const widest = options.markers ? Math.max(0, ...options.markers.map((m) => measureText(kit, m, options))) + 6 : 0;
  const indent = Math.max(options.numbered ? 18 : 12, widest);
  items.forEach((item, index) => {
    const lines = wrapText(kit, item, contentWidth(kit) - indent, options);
    ensureSpace(kit, Math.min(lines.length, 2) * h);
    drawLine(kit, marker(index), margins.left + 2, kit.y, { ...options, colour: colours.accent });
    for (const line of lines) {
      ensureSpace(kit, h);
      drawLine(kit, line, margins.left + indent, kit.y, options);
      kit.y += h;
    }
    kit.y += 3;
  });
  kit.y += 4;
}

export type RunningText = { title: string; company?: string; footer: string; pageNumber: string };

/**
 * The running header (title and company) and footer (note and "page n of m") on every page but
 * the first; call once all pages exist. `pageNumber` holds `{page}` and `{pages}`.
 */
export function drawRunningText(kit: PdfKit, running: RunningText): void {
  const pages = kit.doc.getNumberOfPages();
  const right = kit.width - margins.right;
  const small = { size: type.tiny, colour: colours.muted };
  const title = kit.sanitize(running.title);
  const room = contentWidth(kit) / 2 - 12;
  const company = running.company
    ? truncateText(kit.sanitize(running.company), room, small.size, (text, size) => measureText(kit, text, { ...small, size }))
    : '';
  const footer = kit.sanitize(running.footer);
  for (let page = 2; page <= pages; page += 1) {
    kit.doc.setPage(page);
    drawLine(kit, title, margins.left, 28, small);
    if (company) drawLine(kit, company, right - measureText(kit, company, small), 28, small);
    kit.doc.setDrawColor(...colours.border);
    kit.doc.setLineWidth(0.5);
    kit.doc.line(margins.left, 42, right, 42);
    const number = kit.sanitize(running.pageNumber.replace('{page}', String(page)).replace('{pages}', String(pages)));
    const bottom = kit.height - 38;
    drawLine(kit, footer, margins.left, bottom, small);
    drawLine(kit, number, right - measureText(kit, number, small), bottom, small);
  }
}
