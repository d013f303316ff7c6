import { jsPDF } from 'jspdf';

/**
 * Characters beyond the Basic Multilingual Plane (𠮟, one of the 常用漢字 of 2010; 𠮷 of 𠮷野家;
 * 𩸽) in the Japanese PDF font. jsPDF reads only the 16-bit cmap and writes text one UTF-16 unit
 * at a time, so such a character would print as nothing. Each one a report uses is drawn through a
 * stand-in code point of the private use area (U+E000 up; the font has no glyph of its own there)
 * that maps to the character's glyph, and the PDF's ToUnicode map gives the real character back,
 * so copied and extracted text reads 𠮟, not the stand-in.
 */

const FIRST_STAND_IN = 0xe000;
const LAST_STAND_IN = 0xf8ff;

type FontMetadata = {
  cmap?: { unicode?: { codeMap: Record<number, number> } };
  /** Stand-in code point → the real (supplementary) code point. */
  astralStandIns?: Map<number, number>;
};

export type AstralStandIns = {
  /** The text with every supplementary character the font draws replaced by its stand-in. */
  readonly standIn: (text: string) => string;
};

/**
 * Prepares the stand-ins for the document's current (Japanese) font. `glyphs` is the font's full
 * cmap (code point → glyph id), including its format 12 subtable.
 */
export function createAstralStandIns(doc: jsPDF, glyphs: ReadonlyMap<number, number>): AstralStandIns {
  const metadata = doc.getFont().metadata as FontMetadata | undefined;
  const codeMap = metadata?.cmap?.unicode?.codeMap;
  const standIns = new Map<number, number>();
  const back = new Map<number, number>();
  if (metadata) metadata.astralStandIns = back;
  const standIn = (text: string): string => {
    if (!codeMap || !/[\u{10000}-\u{10FFFF}]/u.test(text)) return text;
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const glyph = cp > 0xffff ? glyphs.get(cp) : undefined;
      if (glyph === undefined) {
        out += ch;
        continue;
      }
      let code = standIns.get(cp);
      if (code === undefined) {
        code = FIRST_STAND_IN + standIns.size;
        if (code > LAST_STAND_IN) {
          out += ch;
          continue;
        }
        standIns.set(cp, code);
        back.set(code, cp);
        codeMap[code] = glyph;
      }
      out += String.fromCharCode(code);
    }
    return out;
  };
  return { standIn };
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** Rewrites a ToUnicode CMap's `<glyph><stand-in>` entries to the real character (a UTF-16 pair). */
export function restoreAstralInCmap(cmap: string, standIns: ReadonlyMap<number, number>): string {
  return cmap.replace(/<([0-9a-f]{4})><([0-9a-f]{4})>/g, (entry, glyph: string, code: string) => {
    const real = standIns.get(Number.parseInt(code, 16));
    if (real === undefined) return entry;
    const pair = String.fromCodePoint(real);
    return `<${glyph}><${hex4(pair.charCodeAt(0))}${hex4(pair.charCodeAt(1))}>`;
  });
}

type PutFontArgs = {
  font: { metadata?: FontMetadata };
  putStream: (options: { data: string; [key: string]: unknown }) => void;
};

let installed = false;

/**
 * Runs before jsPDF writes an Identity-H font: the font's ToUnicode stream is passed through
 * restoreAstralInCmap. Installed once, for every document made afterwards.
 */
export function installAstralToUnicode(): void {
  if (installed) return;
  installed = true;
  // A new document subscribes the handlers in reverse order: the last one added runs first.
  const events = (jsPDF as unknown as { API: { events: unknown[][] } }).API.events;
  events.push([
    'putFont',
    (args: PutFontArgs) => {
      const standIns = args.font.metadata?.astralStandIns;
      if (!standIns || standIns.size === 0) return;
      const putStream = args.putStream;
      args.putStream = (options) => {
        const data = options.data.startsWith('/CIDInit') ? restoreAstralInCmap(options.data, standIns) : options.data;
        putStream({ ...options, data });
      };
    },
  ]);
}
