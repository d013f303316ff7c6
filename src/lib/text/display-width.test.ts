import { describe, expect, it } from 'vitest';
import { displayWidth, isWide } from './display-width';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['Open core', 9],
    ['全面公開 API', 12],
    ['ｱｲ', 2], // half-width katakana stay narrow
    ['ＡＢ', 4], // full-width Latin
    ['한국', 4],
    ['𠮷野家', 6], // a supplementary-plane ideograph is one character of two columns
    ['ꀀ', 2], // Yi
    ['　', 2], // the ideographic space
  ])('%j takes %i columns', (text, columns) => {
    expect(displayWidth(text)).toBe(columns);
  });

  it('tells wide characters from narrow ones', () => {
    expect(isWide('公')).toBe(true);
    expect(isWide('a')).toBe(false);
    expect(isWide('é')).toBe(false);
  });
});
