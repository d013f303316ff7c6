import { describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import type { Answers } from '@/rules/answers/answers-schema';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { compact, probePdf } from '@test/support/pdf-probe';
import { codePointName, missingGlyphsNote } from '../pdf/render-appendix';
import { renderReportPdf } from '../pdf/render-pdf';
import { buildReportModel } from '../model/report-model';
import { strategyAnswers, strategyPack } from '@test/support/strategy-pack';

/**
 * D14: characters the PDF font lacks are drawn as 〓 and named on screen and in the CLI; the PDF
 * itself says what 〓 stands for, naming each replaced character by its code point in the appendix.
 */

const EMOJI = '😀';
const RLO = '\u202E';

async function reportText(lang: 'en' | 'ja', answers: Answers, name: string) {
  const model = buildReportModel(score(strategyPack, answers), strategyPack, answers, lang, {
    generatedAt: '2026-12-02T10:00:00.000Z',
    paper: 'a4',
    respondent: { name, role: 'CTO', company: 'Example' },
  });
  const pdf = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
  return { replaced: pdf.replaced, probe: probePdf(pdf.bytes) };
}

describe('characters the font cannot draw, named in the PDF', () => {
  it('names code points as U+XXXX, at least four digits', () => {
    expect(codePointName(EMOJI)).toBe('U+1F600');
    expect(codePointName(RLO)).toBe('U+202E');
    expect(codePointName('A')).toBe('U+0041');
  });

  it('inserts the names as data: a template is split once', () => {
    expect(missingGlyphsNote({ text: 'Replaced: {chars}.', join: ', ' }, [EMOJI, RLO])).toBe('Replaced: U+1F600, U+202E.');
  });

  it.each(['en', 'ja'] as const)('says in the %s appendix what 〓 stands for, and which characters it replaced', { timeout: 60_000 }, async (lang) => {
    const answers: Answers = { ...strategyAnswers, 'profile.notes': `Launch ${EMOJI} soon` };
    const { replaced, probe } = await reportText(lang, answers, `${RLO}Hana Mori`);
    expect(replaced).toEqual([RLO, EMOJI]);
    const note =
      lang === 'en'
        ? "〓 marks a character that this report's font cannot draw. Characters replaced: U+202E, U+1F600."
        : '〓は、この報告書のフォントで表示できない文字を示します。置き換えた文字：U+202E、U+1F600。';
    expect(probe.compact).toContain(compact(note));
    expect(probe.fonts).toMatch(/NotoSansJP/i);
  });

  it('adds no note, and keeps the standard font, when every character is drawn', { timeout: 60_000 }, async () => {
    const { replaced, probe } = await reportText('en', strategyAnswers, 'Hana Mori');
    expect(replaced).toEqual([]);
    expect(probe.text).not.toContain('〓');
    expect(probe.text).not.toContain('Characters replaced');
    expect(probe.fonts).not.toMatch(/NotoSansJP/i);
  });
});
