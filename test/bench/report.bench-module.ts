import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { score } from '../../src/engine/score/score';
import { renderReportPdf } from '../../src/report/pdf/render-pdf';
import { buildReportModel } from '../../src/report/model/report-model';
import { loadJapaneseFontFromDisk } from '../../src/report/io/node-font';
import { checkAnswersFile } from '../../src/rules/answers/load-answers';
import { loadPack } from '../../src/rules/pack/load-pack';
import { packLines } from '../support/pack-lines';
import type { Pack } from '../../src/rules/pack/pack-schema';

type BenchRow = { name: string; value: number; unit: string; target?: string };

const RUNS = 5;
/** Runs before measuring, so the JIT has compiled the layout and PDF code (as in a browser session). */
const WARM_UP = 2;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function shippedPack(): Pack {
  const loaded = loadPack(JSON.parse(readFileSync(resolve('rules/ai-openness.json'), 'utf8')));
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  return loaded.pack;
}

/**
 * The board report of the shipped pack in English and Japanese: time to score, build and render
 * (median of 5 after two warm-up runs; the font is read from disk once, beforehand, as the browser
 * caches it) and the file size.
 */
export async function bench(): Promise<BenchRow[]> {
  const pack = shippedPack();
  const font = await loadJapaneseFontFromDisk();
  const rows: BenchRow[] = [];
  const cases = [
    { lang: 'en', file: 'test/fixtures/answers/startup-en.json', timeTarget: '< 300 ms', sizeTarget: undefined },
    { lang: 'ja', file: 'test/fixtures/answers/bank-ja.json', timeTarget: '< 1000 ms', sizeTarget: '< 1024 KB' },
  ] as const;
  for (const { lang, file, timeTarget, sizeTarget } of cases) {
    const checked = checkAnswersFile(pack, JSON.parse(readFileSync(resolve(file), 'utf8')));
    const meta = { generatedAt: '2026-11-28T10:00:00.000Z', paper: 'a4' as const, ...(checked.respondent ? { respondent: checked.respondent } : {}) };
    const totals: number[] = [];
    const renders: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const result = score(pack, checked.answers);
      const model = buildReportModel(result, pack, checked.answers, lang, meta);
      const rendering = performance.now();
      const pdf = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: async () => font });
      const done = performance.now();
      const used = process.cpuUsage(cpuStart);
      size = pdf.bytes.length;
      if (run < WARM_UP) continue;
      totals.push(done - started);
      renders.push(done - rendering);
      cpu.push((used.user + used.system) / 1000);
    }
    rows.push(
      { name: `report ${lang}: score + model + PDF (median of ${RUNS})`, value: Math.round(median(totals)), unit: 'ms', target: timeTarget },
      { name: `report ${lang}: PDF rendering only`, value: Math.round(median(renders)), unit: 'ms' },
      // CPU time of the same runs: what the wall time would be on an idle machine (includes GC threads).
      { name: `report ${lang}: CPU time`, value: Math.round(median(cpu)), unit: 'ms' },
      { name: `report ${lang}: file size`, value: Math.round(size / 1024), unit: 'KB', ...(sizeTarget ? { target: sizeTarget } : {}) },
    );
  }
  return rows;
}
