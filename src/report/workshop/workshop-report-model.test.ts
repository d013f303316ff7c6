import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, WORKSHOP_FORMAT, type Answers, type WorkshopFile } from '@/rules/answers/answers-schema';
import { packSchema } from '@/rules/pack/pack-schema';
import packJson from '../../../test/fixtures/packs/workshop-three.json';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { compact, probePdf, type PdfProbe } from '@test/support/pdf-probe';
import type { RenderedPdf } from '../pdf/render-pdf';
import { workshopReportFileName } from '../io/workshop-download';
import { renderWorkshopPdf } from './workshop-render';
import { buildWorkshopReportModel, type WorkshopReportModel } from './workshop-report-model';

const pack = packSchema.parse(packJson);

function workshopOf(participants: [string, Answers, string?][], agreed: Answers): WorkshopFile {
  return {
    format: WORKSHOP_FORMAT,
    title: 'Board offsite',
    date: '2026-11-28',
    notes: 'Room 4',
    rules: { id: pack.id, version: pack.version },
    participants: participants.map(([label, answers, role], i) => ({
      id: `p${i + 1}`,
      label,
      answers: { format: ANSWERS_FORMAT, rules: { id: pack.id, version: pack.version }, respondent: { name: label, ...(role ? { role } : {}) }, answers },
    })),
    agreed: { answers: agreed },
  };
}

const workshop = workshopOf(
  [
    ['Aiko Sato', { 'q.level': 'low', 'q.minor': 'low' }, 'CEO'],
    ['Ben Ito', { 'q.level': 'high', 'q.minor': 'high', 'q.detail': 'no' }, 'CTO'],
    ['山田 花子', { 'q.level': 'mid', 'q.minor': 'low', 'q.detail': 'no' }],
  ],
  { 'q.level': 'high', 'q.detail': 'no' },
);

const modelFor = (lang: 'en' | 'ja', anonymous = false, namesInAgenda = false) =>
  buildWorkshopReportModel({ pack, workshop, lang, anonymous, namesInAgenda, paper: 'a4', generatedAt: '2026-11-28T10:00:00.000Z' });

describe('buildWorkshopReportModel', () => {
  it('names the participants with their top picks, or anonymises them', () => {
    expect(modelFor('en').participants.table.rows).toEqual([
      ['Aiko Sato', 'CEO', 'Alpha'],
      ['Ben Ito', 'CTO', 'Gamma'],
      ['山田 花子', '', 'Alpha'],
    ]);
    const anonymous = modelFor('en', true);
    expect(anonymous.participants.table.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Participant A', ''],
      ['Participant B', ''],
      ['Participant C', ''],
    ]);
    expect(JSON.stringify(anonymous)).not.toMatch(/Aiko|Ben Ito|山田/);
  });

  it('gives the group ranking, the agreement and the agenda with each spread', () => {
    const model = modelFor('en');
    expect(model.group.table.rows.map((row) => row[0])).toEqual(['1. Gamma', '2. Alpha', '3. Beta']);
    expect(model.group.agreement).toMatch(/^Agreement \(Kendall's W\): 0\.\d\d, /);
    // Agreed, q.level comes after the open question; the agenda is measured against the agreed answers.
    // The open item that cannot change the outcome is one line; the agreed one is detailed, counts only by default.
    expect(model.agenda.items.map((item) => item.title)).toEqual(['2. How mature is your data?']);
    expect(model.agenda.others).toEqual(['1. How much do you value speed? (disagreement 1.00)']);
    const [level] = model.agenda.items;
    expect(level?.matters).toBe(false);
    expect(level?.spread.rows).toEqual([
      ['Low', '1'],
      ['Medium', '1'],
      ['High', '1'],
    ]);
    expect(model.agenda.namesNote).toBe('Counts only; the names behind each answer are not printed.');
    expect(JSON.stringify(model.agenda)).not.toMatch(/Aiko|Ben Ito|山田/);
    expect(level?.agreed).toBe('Agreed: High');
    const named = modelFor('en', false, true);
    expect(named.agenda.items[0]?.spread.rows).toEqual([
      ['Low', '1', 'Aiko Sato'],
      ['Medium', '1', '山田 花子'],
      ['High', '1', 'Ben Ito'],
    ]);
  });

  it('opens with a board summary: the decision, agreement in words, what decided it, and actions with owners and dates', () => {
    const board = modelFor('en').board;
    expect(board.context).toBe('November 28, 2026 · Participants: 3');
    expect(board.decision).toBe('Recommended: Gamma (score 78)');
    expect(board.agreement[0]).toMatch(/^Agreement between the 3 participants' own rankings of the options: \w+ \(Kendall's W 0\.\d\d\)\.$/);
    expect(board.agreement[1]).toBe('2 of 4 questions agreed in the room.');
    expect(board.decided).toEqual(['How mature is your data? Agreed: “High”. Had the room agreed on “Low”, Alpha would come first.']);
    // The pack's pilot action (its only one of the three kinds), due three months after the workshop.
    expect(board.actions.rows).toEqual([['Start with a pilot of Gamma.', 'executive team', 'by February 28, 2027']]);
    expect(modelFor('ja').board.decided).toEqual(['「データはどの程度成熟していますか」は「高い」で合意しました。「低い」で合意していれば、アルファが第一候補になっていました。']);
  });

  it('puts the time and notes kept in presenter mode beside their item, and marks agreed answers adopted as unanimous', () => {
    const kept: WorkshopFile = {
      ...workshop,
      agreed: { answers: { ...workshop.agreed.answers, 'q.minor': 'low' }, unanimous: ['q.minor'] },
      items: { 'q.level': { notes: 'CFO wants a pilot', seconds: 250 } },
    };
    const model = buildWorkshopReportModel({ pack, workshop: kept, lang: 'en', anonymous: false, paper: 'a4', generatedAt: '2026-11-28T10:00:00.000Z' });
    const level = model.agenda.items.find((item) => item.title.endsWith('How mature is your data?'));
    expect(level?.record).toEqual(['Time spent: 4 min 10 s', 'Notes: CFO wants a pilot']);
    // Ben answered "high": adopted as unanimous, q.minor no longer is.
    expect(model.agreed.table.rows).toContainEqual(['How much do you value speed?', 'A little (no longer unanimous)']);
  });

  it('scores the agreed answers like any answers set: recommendation and actions', () => {
    const model = modelFor('en');
    expect(model.agreed.table.rows).toEqual([
      ['How mature is your data?', 'High'],
      ['Is the data regulated?', 'No'],
    ]);
    expect(model.agreed.intro).not.toMatch(/record here/);
    expect(model.recommendation.basis).toBe('Basis: the agreed answers · Provisional: 2 of 4 questions agreed. The other questions are left unanswered here.');
    expect(model.recommendation.top).toBe('Recommended: Gamma (score 78)');
    expect(model.recommendation.heading).toBe('The recommendation of the agreed answers');
    expect(model.recommendation.actions.rows).toEqual([
      ['Start with a pilot of Gamma.', '0–3 months', 'executive team'],
      ['Write the licence for Gamma.', '3–12 months', 'legal'],
    ]);
  });

  it('writes Japanese throughout', () => {
    const model = modelFor('ja');
    expect(model.cover.subtitle).toBe('ワークショップ報告書');
    expect(model.cover.lines[0]).toBe('2026年11月28日');
    // A whole score in running text has no ".0"; the group's table keeps one decimal.
    expect(model.recommendation.top).toBe('推奨：ガンマ、スコア78点');
    expect(model.group.table.rows.flat().some((cell) => /^\d+\.\d$/.test(typeof cell === 'string' ? cell : cell.text))).toBe(true);
    // Two different group answers, each named by its basis: the agreed answers (provisional) and the participants' mean score.
    expect(model.recommendation.heading).toBe('合意済みの回答に基づく推奨');
    expect(model.recommendation.basis).toBe('【基準：合意した回答】暫定的な結果です。合意済みの回答（4問中2問）のみに基づいており、未合意の質問は計算に含めていません。');
    expect(model.group.top).toMatch(/^参加者の平均スコアによる第一候補/);
    expect(JSON.stringify(model)).not.toMatch(/グループとしての推奨|\d\.0点/);
  });

  it('names the file after the workshop date and language', () => {
    expect(workshopReportFileName('2026-11-28', 'en')).toBe('aperture-workshop-2026-11-28.pdf');
    expect(workshopReportFileName('next week', 'ja')).toBe('aperture-workshop-ja.pdf');
  });
});

describe.each(['en', 'ja'] as const)('the %s workshop PDF', (lang) => {
  let model: WorkshopReportModel;
  let pdf: RenderedPdf;
  let probe: PdfProbe;
  beforeAll(async () => {
    model = modelFor(lang);
    pdf = await renderWorkshopPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
    probe = probePdf(pdf.bytes);
  });

  it('is a PDF with every part of the model', () => {
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(probe.pages).toBeGreaterThanOrEqual(3);
    for (const text of [model.participants.heading, model.group.heading, model.agenda.heading, model.recommendation.heading, model.recommendation.top]) {
      expect(probe.compact).toContain(compact(text));
    }
    expect(probe.compact).toContain(compact('山田 花子'));
    expect(pdf.replaced).toEqual([]);
  });

  it('is byte-identical when deterministic', async () => {
    const again = await renderWorkshopPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });
});
