import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '@/i18n/domains/pack-problems';
import { isMessageKey, translate } from '@/i18n/t';
import type { Lang } from '@/i18n/messages';
import { describePackProblem, FALLBACK_CODE, type PackProblemTranslate } from './describe-pack-problem';
import { packLines } from '@test/support/pack-lines';
import { loadPack, parsePackJson } from './load-pack';
import type { PackProblem, PackProblemBody } from './pack-problem';

const DIR = 'test/fixtures/packs';
const BAD = readdirSync(DIR).filter((name) => name.startsWith('bad-') && name.endsWith('.json'));

/** Like the app's translate, but an unknown key is an error rather than the key itself. */
function strict(lang: Lang): PackProblemTranslate {
  return (key, params) => {
    if (!isMessageKey(key)) throw new Error(`no text for ${key}`);
    const text = translate(lang, key, params);
    if (/\{\w+\}/.test(text)) throw new Error(`unfilled placeholder in ${key}: ${text}`);
    return text;
  };
}

function details(file: string): { lines: string[]; details: PackProblem[] } {
  const result = parsePackJson(readFileSync(join(DIR, file), 'utf8'), { file });
  if (result.ok) throw new Error(`${file} loaded`);
  return { lines: packLines(result), details: result.problems };
}

const ja = (problem: PackProblemBody) => describePackProblem(problem, strict('ja'));

describe('describePackProblem', () => {
  it.each(BAD)('puts every problem of %s into words in both languages', (file) => {
    const { lines, details: found } = details(file);
    expect(found).toHaveLength(lines.length);
    found.forEach((detail, i) => {
      // The CLI's line is the English text at its place.
      expect(lines[i]).toBe([file, detail.path, describePackProblem(detail, strict('en'))].filter((part) => part !== '').join(': '));
      expect(detail.code).not.toBe(FALLBACK_CODE);
      for (const lang of ['en', 'ja'] as const) {
        const text = describePackProblem(detail, strict(lang));
        expect(text.trim().length, `${file} ${detail.code} ${lang}`).toBeGreaterThan(0);
        if (lang === 'ja') expect(text, `${file} ${detail.code}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    });
  });

  it('says a mistyped choice in natural Japanese, with the suggestion', () => {
    const { details: found } = details('bad-not-a-choice.json');
    expect(found[0]?.path).toBe('rules[0].when.all[0].atLeast');
    expect(found.map(ja)).toEqual(['「hgh」は data.uniqueness の選択肢（none、low、medium、high、unique）にありません。high のことですか。']);
  });

  it('gives the English text of a problem as the loader line says it', () => {
    const { lines, details: found } = details('bad-not-a-choice.json');
    const detail = found[0];
    if (!detail) throw new Error('no problem');
    expect(lines[0]).toBe(`bad-not-a-choice.json: ${detail.path}: ${describePackProblem(detail, strict('en'))}`);
  });

  it('names the JSON syntax error, a missing Japanese text and a wrong value in Japanese', () => {
    expect(details('bad-json-syntax.json').details.map(ja)).toEqual(['JSONとして正しくありません（4行目、22文字目）：ダブルクォートで囲んだ項目名が必要です。']);
    expect(details('bad-missing-japanese.json').details.map(ja)).toEqual(['日本語のテキスト（ja）がありません。']);
    expect(details('bad-wrong-format.json').details.map(ja)).toEqual(['「aperture-rules/1」が必要ですが、テキスト「aperture-rules/2」でした。']);
    expect(details('bad-not-an-object.json').details.map(ja)).toEqual(['ルールパックではありません。"format": "aperture-rules/1" を含むJSONオブジェクトが必要ですが、リストでした。']);
  });

  it('says in Japanese what was found where one of several texts is expected', () => {
    expect(ja({ code: 'not-one-of', params: { choices: '"block", "caution"', foundKind: 'number', found: 5 } })).toBe('「block」、「caution」 のいずれかが必要ですが、数値5でした。');
  });

  it('shows a message it has no words for in English, marked as such', () => {
    expect(ja({ code: FALLBACK_CODE, params: { message: 'is odd' } })).toBe('（英語のみ）is odd');
  });

  it('gives every problem a detail, including those found outside the schema', () => {
    const result = loadPack(7);
    expect(result.ok ? [] : result.problems).toEqual([{ path: '', code: 'not-a-pack', params: { foundKind: 'number', found: 7 } }]);
  });
});
