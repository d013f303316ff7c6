import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, WORKSHOP_FORMAT, type Answers, type WorkshopFile } from '@/rules/answers-schema';
import { packSchema } from '@/rules/pack-schema';
import packJson from '../../test/fixtures/packs/workshop-three.json';
import { loadJapaneseFontFromDisk } from './node-font';
import { compact, probePdf, type PdfProbe } from './pdf-probe';
import type { RenderedPdf } from './render-pdf';
import { workshopReportFileName } from './workshop-download';
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

const modelFor = (lang: 'en' | 'ja', anonymous = false) =>
  buildWorkshopReportModel({ pack, workshop, lang, anonymous, paper: 'a4', generatedAt: '2026-11-28T10:00:00.000Z' });

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
    expect(model.agenda.items.map((item) => item.title)).toEqual(['1. How much do you value speed?', '2. How mature is your data?']);
    const [minor, level] = model.agenda.items;
    expect(level?.matters).toBe(false);
    expect(level?.spread.rows).toEqual([
      ['Low', '1', 'Aiko Sato'],
      ['Medium', '1', '山田 花子'],
      ['High', '1', 'Ben Ito'],
    ]);
    expect(level?.agreed).toBe('Agreed: High');
    expect(minor?.outcome).toBe('Cannot change the outcome: with the agreed answers, whichever answer given here the room agrees on, alone or with any one other open question, Gamma stays first.');
    expect(minor?.agreed).toBe('Not agreed yet');
  });

  it('scores the agreed answers like any answers set: recommendation and actions', () => {
    const model = modelFor('en');
    expect(model.agreed.table.rows).toEqual([
      ['How mature is your data?', 'High'],
      ['Is the data regulated?', 'No'],
    ]);
    expect(model.recommendation.basis).toBe('Basis: the agreed answers · Provisional: 2 of 4 questions agreed. The other questions are left unanswered here.');
    expect(model.recommendation.top).toBe('Recommended: Gamma (score 78.0)');
    expect(model.recommendation.actions.rows).toEqual([
      ['Start with a pilot of Gamma.', '0–3 months', 'executive team'],
      ['Write the licence for Gamma.', '3–12 months', 'legal'],
    ]);
  });

  it('writes Japanese throughout', () => {
    const model = modelFor('ja');
    expect(model.cover.subtitle).toBe('ワークショップ報告書');
    expect(model.cover.lines[0]).toBe('2026年11月28日');
    expect(model.recommendation.top).toBe('推奨：ガンマ、スコア78.0点');
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
