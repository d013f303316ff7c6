import { beforeAll, describe, expect, it, vi } from 'vitest';
import { score } from '@/engine/score/score';
import type { Answers } from '@/rules/answers/answers-schema';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { compact, probePdf, type PdfProbe } from '@test/support/pdf-probe';
import { renderReportPdf, type RenderedPdf } from './render-pdf';
import { buildReportModel } from '../model/report-model';
import type { ReportMeta, ReportModel } from '../model/report-model-types';
import { strategyAnswers, strategyPack } from '@test/support/strategy-pack';

const meta: ReportMeta = { generatedAt: '2026-11-28T10:00:00.000Z', paper: 'a4', respondent: { name: 'Hanako Yamada', company: 'Sample Corp.' } };

function modelFor(lang: 'en' | 'ja', m: ReportMeta = meta, answers: Answers = strategyAnswers): ReportModel {
  return buildReportModel(score(strategyPack, answers), strategyPack, answers, lang, m);
}

async function render(model: ReportModel, loadJapaneseFont = loadJapaneseFontFromDisk): Promise<RenderedPdf> {
  return renderReportPdf(model, { paper: model.paper, deterministic: true, loadJapaneseFont });
}

function headings(model: ReportModel): string[] {
  return [
    model.summary.heading,
    model.summary.topHeading,
    model.summary.robustnessHeading,
    model.summary.actionsHeading,
    model.ranking.heading,
    ...model.options.flatMap((o) => [o.heading, o.whyHeading, o.risksHeading, o.actionsHeading]),
    model.excluded.heading,
    model.change.heading,
    model.change.weightsHeading,
    model.scope.heading,
    model.scope.mofHeading,
    model.scope.osaidHeading,
    model.roadmap.heading,
    model.talkingPoints.heading,
    model.appendix.heading,
    model.appendix.answersHeading,
    model.appendix.sourcesHeading,
  ];
}

describe.each(['en', 'ja'] as const)('the %s report', (lang) => {
  let model: ReportModel;
  let pdf: RenderedPdf;
  let probe: PdfProbe;
  beforeAll(async () => {
    model = modelFor(lang);
    pdf = await render(model);
    probe = probePdf(pdf.bytes);
  });

  it('is a PDF of a sane length with a page number on every page but the cover', () => {
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(probe.pages).toBeGreaterThanOrEqual(8);
    expect(probe.pages).toBeLessThanOrEqual(30);
    const last = lang === 'en' ? `Page ${probe.pages} of ${probe.pages}` : `${probe.pages}／${probe.pages}`;
    expect(probe.text).toContain(last);
  });

  it('shows every section heading, the top option, each answer and the sources', () => {
    for (const h of headings(model)) expect(probe.compact, h).toContain(compact(h));
    expect(probe.compact).toContain(compact(model.summary.recommendation));
    for (const section of model.appendix.answerSections) {
      for (const row of section.table.rows) {
        for (const cell of row) {
          const t = typeof cell === 'string' ? cell : cell.text;
          expect(probe.compact, t).toContain(compact(t));
        }
      }
    }
    for (const source of model.appendix.sources) {
      expect(probe.compact).toContain(compact(source.citation));
      if (source.url) expect(probe.compact).toContain(source.url);
    }
    expect(pdf.replaced).toEqual([]);
  });

  it('draws the ranking chart with every option', () => {
    for (const row of model.ranking.chart.rows) {
      expect(probe.compact).toContain(compact(row.label));
      expect(probe.compact).toContain(row.valueLabel);
    }
  });

  it('gives identical bytes for identical inputs in deterministic mode', async () => {
    const again = await render(modelFor(lang));
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });
});

describe('fonts and characters', () => {
  it('draws an English report in Helvetica without loading the Japanese font', async () => {
    const load = vi.fn(loadJapaneseFontFromDisk);
    const pdf = await render(modelFor('en'), load);
    expect(load).not.toHaveBeenCalled();
    const probe = probePdf(pdf.bytes);
    expect(probe.fonts).toContain('Helvetica');
    expect(probe.fonts).not.toContain('NotoSansJP');
  });

  it('embeds the Japanese font in an English report with a Japanese company name, and draws the name', async () => {
    const load = vi.fn(loadJapaneseFontFromDisk);
    const pdf = await render(modelFor('en', { ...meta, respondent: { name: '山田 花子', company: '株式会社サンプル製作所' } }), load);
    expect(load).toHaveBeenCalledTimes(1);
    const probe = probePdf(pdf.bytes);
    expect(probe.fonts).toContain('NotoSansJP');
    expect(probe.text).toContain('株式会社サンプル製作所');
    expect(probe.text).toContain('Prepared for 株式会社サンプル製作所');
    expect(pdf.replaced).toEqual([]);
  });

  it('replaces a character the font lacks with 〓, reports it, and never drops it', async () => {
    const pdf = await render(modelFor('ja', { ...meta, respondent: { name: '\u{2A700}野 髙', company: '😀野家' } }));
    expect(pdf.replaced).toEqual(['😀', '\u{2A700}']);
    const probe = probePdf(pdf.bytes);
    expect(probe.text).toContain('〓野 髙');
    expect(probe.text).toContain('〓野家');
    expect(probe.text).not.toContain('\u{2A700}');
  });

  it('draws European names (č, Š, ć) with the composed letters of the Japanese font', async () => {
    const pdf = await render(modelFor('en', { ...meta, respondent: { name: 'Ana Šinik Vičič', company: 'Tošić d.o.o.' } }));
    expect(pdf.replaced).toEqual([]);
    expect(probePdf(pdf.bytes).text).toContain('Ana Šinik Vičič');
  });

  it('embeds the font the same way with the linear glyph table as with jsPDF’s own code', { timeout: 30_000 }, async () => {
    const model = modelFor('ja');
    const fast = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
    const slow = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk, linearGlyphTable: false });
    expect(Buffer.from(fast.bytes).equals(Buffer.from(slow.bytes))).toBe(true);
  });

  it('lays out Letter paper when asked', async () => {
    const pdf = await renderReportPdf(modelFor('en', { ...meta, paper: 'letter' }), { paper: 'letter', deterministic: true, loadJapaneseFont: loadJapaneseFontFromDisk });
    const probe = probePdf(pdf.bytes);
    expect(probe.pageSize).toMatch(/^612 x 792 pts \(letter\)/);
    expect(probe.pages).toBeGreaterThanOrEqual(8);
    expect(probePdf((await render(modelFor('en'))).bytes).pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});
