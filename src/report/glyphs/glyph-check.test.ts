import { beforeAll, describe, expect, it } from 'vitest';
import { fontCoverage, readCmapCodePoints, winAnsiCoverage, type Coverage } from './font-coverage';
import { createGlyphCheck, needsJapaneseFont, REPLACEMENT_CHARACTER } from './glyph-check';
import { loadJapaneseFontFromDisk } from '../io/node-font';

let font: Uint8Array;
let covers: Coverage;
beforeAll(async () => {
  font = await loadJapaneseFontFromDisk();
  covers = fontCoverage(font);
});

const cp = (ch: string) => ch.codePointAt(0) ?? -1;

describe('the Japanese font subset', () => {
  it('covers ASCII, Latin-1, kana, JIS X 0208, JIS X 0213 levels 3 and 4, the CP932 extensions, ①–⑳ and 〓', () => {
    for (const ch of 'Aa0~é×ÿあアｱ亜腕弌熙①⑳〓「」、。ー…—→€髙﨑德彅俱𠮷𩸽剝𠮟㈱№Ⅳ㎝≒⁵') expect(covers(cp(ch)), ch).toBe(true);
  });

  it('lacks emoji and ideographs beyond what the font draws', () => {
    for (const ch of ['😀', '\u{2A700}']) expect(covers(cp(ch)), ch).toBe(false);
  });

  it('has the Latin Extended-A letters of European names, composed where Noto Sans JP lacks them', () => {
    for (const ch of 'ŠšČčĆćŽžŘřĞğŞşŻż') expect(covers(cp(ch)), ch).toBe(true);
    for (const ch of 'Łąę') expect(covers(cp(ch)), ch).toBe(false);
  });

  it('maps about 12,600 code points', () => {
    const size = readCmapCodePoints(font).size;
    expect(size).toBeGreaterThan(12500);
    expect(size).toBeLessThan(12700);
  });

  it('rejects bytes that are not a font', () => {
    expect(() => readCmapCodePoints(new Uint8Array(64))).toThrow();
  });
});

describe('WinAnsi coverage', () => {
  it('covers Latin-1 and the Windows-1252 punctuation, not Japanese', () => {
    for (const ch of 'Az é ü — – “ ” ‘ ’ … • € ™') expect(winAnsiCoverage(cp(ch)), ch).toBe(true);
    for (const ch of 'あ亜→≥') expect(winAnsiCoverage(cp(ch)), ch).toBe(false);
  });
});

describe('needsJapaneseFont', () => {
  it('is false for English with typographic punctuation, true for any Japanese or other script', () => {
    expect(needsJapaneseFont(['Open core — “hybrid” tier…', 'line\nbreak'])).toBe(false);
    expect(needsJapaneseFont(['Prepared for', '株式会社サンプル'])).toBe(true);
    expect(needsJapaneseFont(['score ≥ 3'])).toBe(true);
  });
});

describe('createGlyphCheck', () => {
  it('replaces every missing character with 〓 and reports each once, in order', () => {
    const check = createGlyphCheck(covers);
    expect(check.sanitize('\u{2A700}野 😀')).toBe(`${REPLACEMENT_CHARACTER}野 ${REPLACEMENT_CHARACTER}`);
    expect(check.sanitize('髙橋と\u{2A700}田😀ą')).toBe('髙橋と〓田〓〓');
    expect(check.replaced()).toEqual(['\u{2A700}', '😀', 'ą']);
  });

  it('keeps text the font covers unchanged, including newlines, and normalises to NFC', () => {
    const check = createGlyphCheck(covers);
    expect(check.sanitize('公開範囲\nScope')).toBe('公開範囲\nScope');
    expect(check.sanitize('Cafe\u0301')).toBe('Café');
    expect(check.replaced()).toEqual([]);
  });
});
