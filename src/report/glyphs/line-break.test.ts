import { describe, expect, it } from 'vitest';
import { breakLines, segment } from './line-break';

/** One unit per character: easy to reason about widths. */
const perChar = (text: string) => [...text].length;

const NO_START = [...'、。，．）」』】〕・ーゃゅょっァィッャ'];
const NO_END = [...'（「『【〔'];

/** Breaks `text` at every width from `from` to `to`: nothing lost, no line too wide, kinsoku kept. */
function expectKinsokuAtEveryWidth(text: string, from: number, to: number): void {
  for (let width = from; width <= to; width += 1) {
    const lines = breakLines(text, width, perChar);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(perChar(line)).toBeLessThanOrEqual(width);
      expect(NO_START).not.toContain([...line][0]);
      expect(NO_END).not.toContain([...line].at(-1));
    }
  }
}

describe('segment', () => {
  it('cuts Japanese into BudouX phrases', () => {
    expect(segment('今日は天気です。')).toEqual(['今日は', '天気です。']);
  });

  it('cuts Latin text at spaces, keeping the space with the word', () => {
    expect(segment('Open the core now')).toEqual(['Open ', 'the ', 'core ', 'now']);
  });

  it('keeps closing punctuation with the phrase before and opening brackets with the phrase after', () => {
    const pieces = segment('「公開範囲」を決め、（任意）データを守る。');
    for (const piece of pieces) {
      expect(NO_START).not.toContain([...piece][0]);
      expect(NO_END).not.toContain([...piece].at(-1));
    }
    expect(pieces.join('')).toBe('「公開範囲」を決め、（任意）データを守る。');
  });
});

describe('breakLines', () => {
  it('fills Latin lines word by word without exceeding the width', () => {
    const lines = breakLines('The quick brown fox jumps over the lazy dog', 15, perChar);
    expect(lines).toEqual(['The quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(breakLines('a supercalifragilistic word', 8, perChar)).toEqual(['a', 'supercal', 'ifragili', 'stic', 'word']);
  });

  it('breaks Japanese between phrases, never inside one that fits', () => {
    const text = 'オープンウェイトを制限付きライセンスで公開する前に、誤用評価を実施してください。';
    const lines = breakLines(text, 14, perChar);
    expect(lines.join('')).toBe(text);
    expect(lines).toEqual(['オープンウェイトを', '制限付きライセンスで公開する', '前に、誤用評価を', '実施してください。']);
    for (const line of lines) expect(perChar(line)).toBeLessThanOrEqual(14);
  });

  it('keeps kinsoku when a phrase must be cut between characters', () => {
    // A phrase wider than a line: the cut may not put 。 or ッ at a line start.
    expectKinsokuAtEveryWidth('アーキテクチャドキュメンテーション。', 3, 10);
  });

  it('never starts a line with closing punctuation or small kana, nor ends one with an opening bracket', () => {
    expectKinsokuAtEveryWidth('当社は「データ資産」と（顧客接点）を差別化の源泉とし、ちょっとした実験から始めます。ユーザーの反応を見ます。', 4, 24);
  });

  it('keeps hard newlines and empty lines', () => {
    expect(breakLines('one two\n\nthree', 20, perChar)).toEqual(['one two', '', 'three']);
  });

  it('measures with the width function it is given (proportional widths)', () => {
    const narrowI = (text: string) => [...text].reduce((w, ch) => w + (ch === 'i' ? 0.25 : 1), 0);
    expect(breakLines('iiii iiii mm', 3, narrowI)).toEqual(['iiii iiii', 'mm']);
  });

  it('handles mixed Japanese and English, breaking English at spaces', () => {
    const text = 'Apache-2.0 ライセンスで open tier を公開します。';
    const lines = breakLines(text, 12, perChar);
    expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of lines) expect(perChar(line)).toBeLessThanOrEqual(12);
  });

  it('returns one empty line for empty text and drops no characters from surrogate pairs', () => {
    expect(breakLines('', 10, perChar)).toEqual(['']);
    expect(breakLines('𠮷野家の𠮷', 3, perChar).join('')).toBe('𠮷野家の𠮷');
  });
});

describe('breakLines inside a long phrase', () => {
  it('prefers a cut before an opening bracket or after a slash', () => {
    expect(breakLines('スコア（100点満点）', 9, perChar)).toEqual(['スコア', '（100点満点）']);
    expect(breakLines('https://example.org/a/long/path', 16, perChar)).toEqual(['https://', 'example.org/a/', 'long/path']);
    expect(breakLines('example.org/models/openness', 16, perChar)).toEqual(['example.org/', 'models/openness']);
  });
});
