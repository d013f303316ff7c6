import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, WORKSHOP_FORMAT, type Answers, type WorkshopFile } from '@/rules/answers/answers-schema';
import { packSchema } from '@/rules/pack/pack-schema';
import packJson from '../../../test/fixtures/packs/workshop-three.json';
import { compact, probePdf } from '@test/support/pdf-probe';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { renderWorkshopPdf } from './workshop-render';
import { buildWorkshopReportModel } from './workshop-report-model';

/**
 * Characters the PDF font lacks are drawn as 〓; the workshop PDF, like the report's appendix, says
 * at its end what 〓 stands for, naming each replaced character by its code point.
 */

const pack = packSchema.parse(packJson);
const EMOJI = '😀';
const RLO = '\u202E';

function workshopOf(names: readonly string[], notes?: string): WorkshopFile {
  const answers: Answers[] = [{ 'q.level': 'low', 'q.minor': 'low' }, { 'q.level': 'high', 'q.minor': 'high', 'q.detail': 'no' }];
  return {
    format: WORKSHOP_FORMAT,
    title: 'Board offsite',
    date: '2026-11-28',
    ...(notes ? { notes } : {}),
    rules: { id: pack.id, version: pack.version },
    participants: names.map((name, i) => ({
      id: `p${i + 1}`,
      label: name,
      answers: { format: ANSWERS_FORMAT, rules: { id: pack.id, version: pack.version }, respondent: { name }, answers: answers[i % answers.length] ?? {} },
    })),
    agreed: { answers: { 'q.level': 'high' } },
  };
}

async function workshopPdf(lang: 'en' | 'ja', workshop: WorkshopFile) {
  const model = buildWorkshopReportModel({ pack, workshop, lang, anonymous: false, paper: 'a4', generatedAt: '2026-11-28T10:00:00.000Z' });
  const pdf = await renderWorkshopPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
  const probe = probePdf(pdf.bytes);
  // pdftotext ends each page with a form feed.
  const pages = probe.text.split('\f').filter((page) => page.trim() !== '');
  return { replaced: pdf.replaced, probe, lastPage: compact(pages.at(-1) ?? '') };
}

describe('characters the font cannot draw, named in the workshop PDF', () => {
  it.each([
    ['en', "〓 marks a character that this report's font cannot draw. Characters replaced: U+1F600, U+202E."],
    ['ja', '〓は、この報告書のフォントで表示できない文字を示します。置き換えた文字：U+1F600、U+202E。'],
  ] as const)('says on the last page of the %s PDF what 〓 stands for, and which characters it replaced', { timeout: 60_000 }, async (lang, note) => {
    const { replaced, probe, lastPage } = await workshopPdf(lang, workshopOf([`${RLO}Hana Mori`, 'Ben Ito'], `Launch ${EMOJI} soon`));
    // In the order of the model: the workshop's notes (on the cover) come before the participants.
    expect(replaced).toEqual([EMOJI, RLO]);
    expect(lastPage).toContain(compact(note));
    expect(probe.compact.split(compact(note))).toHaveLength(2);
  });

  it('adds no note when every character is drawn', { timeout: 60_000 }, async () => {
    const { replaced, probe } = await workshopPdf('en', workshopOf(['Hana Mori', 'Ben Ito'], 'Room 4'));
    expect(replaced).toEqual([]);
    expect(probe.text).not.toContain('〓');
    expect(probe.text).not.toContain('Characters replaced');
  });
});
