import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import type { Answers } from '@/rules/answers/answers-schema';
import { fontCoverage, type Coverage } from './font-coverage';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { compact, probePdf } from '@test/support/pdf-probe';
import { renderReportPdf } from '../pdf/render-pdf';
import { buildReportModel } from '../model/report-model';
import { strategyAnswers, strategyPack } from '@test/support/strategy-pack';

/**
 * The glyph stress test: names, company names and symbols that Japanese users type and that lie
 * outside JIS X 0208 print as themselves, never as 〓.
 */

/** Name forms from the IBM and NEC extensions and JIS X 0213, the 2010 常用漢字, and symbols. */
const STRESS = {
  name: '髙橋 﨑子',
  role: '代表取締役社長 德永 栁 草彅 𠮷野',
  company: '㈱テスト・ホールディングス',
  note: [
    '常用漢字（2010年）：剝 頰 塡 𠮟',
    '記号：Ⅰ Ⅱ Ⅲ Ⅳ ⅰ ⅱ № ℡ ㈱ ㈲ ㈹ ㍉ ㌔ ㌢ ㍍ ㎝ ㎏ ∑ ㋿ ≒ ≦ ≧ ∵',
    'IBM拡張：纊 褜 鍈 銈 蓜 昮 犾 﨟',
    '第3・第4水準：俱 𩸽 𡈽 𪚲 鷗 森鷗外 吞 噓 𠀋',
    '学習計算量10²⁵ FLOP超',
  ].join('\n'),
};

const stressAnswers: Answers = { ...strategyAnswers, 'profile.notes': STRESS.note };

let font: Uint8Array;
let covers: Coverage;
beforeAll(async () => {
  font = await loadJapaneseFontFromDisk();
  covers = fontCoverage(font);
});

const missing = (chars: Iterable<string>) => [...chars].filter((ch) => !covers(ch.codePointAt(0) ?? 0));

describe('the glyph stress report', () => {
  it('prints every stress name and symbol in Japanese and in English with zero 〓', { timeout: 60_000 }, async () => {
    for (const lang of ['ja', 'en'] as const) {
      const model = buildReportModel(score(strategyPack, stressAnswers), strategyPack, stressAnswers, lang, {
        generatedAt: '2026-12-02T10:00:00.000Z',
        paper: 'a4',
        respondent: { name: STRESS.name, role: STRESS.role, company: STRESS.company },
      });
      const pdf = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
      expect(pdf.replaced, lang).toEqual([]);
      const probe = probePdf(pdf.bytes);
      expect(probe.text).not.toContain('〓');
      for (const text of [STRESS.name, STRESS.role, STRESS.company, ...STRESS.note.split('\n')]) {
        expect(probe.compact, text).toContain(compact(text));
      }
    }
  });
});

describe('the font covers the character sets Japanese names and documents use', () => {
  it('stays within 2.5 MB when served compressed', () => {
    expect(gzipSync(font, { level: 9 }).length).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });

  it('covers all 2,136 kanji of the 常用漢字表 (2010), including 𠮟 剝 頰 塡', () => {
    const joyo = [...readFileSync(new URL('../fonts/joyo-kanji-2010.txt', import.meta.url), 'utf8').trim()];
    expect(joyo).toHaveLength(2136);
    expect(joyo).toEqual(expect.arrayContaining(['𠮟', '剝', '頰', '塡']));
    expect(missing(joyo)).toEqual([]);
  });

  it('covers every character of Windows-31J (CP932), with the NEC and IBM extensions, outside the user-defined area', () => {
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    const chars = new Set<string>();
    for (let lead = 0x81; lead <= 0xfc; lead += 1) {
      if (lead >= 0xa0 && lead < 0xe0) continue;
      if (lead >= 0xf0 && lead <= 0xf9) continue; // user-defined area (private use)
      for (let trail = 0x40; trail <= 0xfc; trail += 1) {
        if (trail === 0x7f) continue;
        try {
          for (const ch of decoder.decode(new Uint8Array([lead, trail]))) chars.add(ch);
        } catch {
          // an unassigned code
        }
      }
    }
    expect(chars.size).toBeGreaterThan(7300);
    expect(missing(chars)).toEqual([]);
  });
});
