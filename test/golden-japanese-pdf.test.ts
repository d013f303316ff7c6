import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { score } from '@/engine/score/score';
import type { Answers } from '@/rules/answers/answers-schema';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import type { Pack } from '@/rules/pack/pack-schema';
import { segment } from '@/report/glyphs/line-break';
import { loadJapaneseFontFromDisk } from '@/report/io/node-font';
import { probePdf } from './support/pdf-probe';
import { renderReportPdf } from '@/report/pdf/render-pdf';
import { buildReportModel } from '@/report/model/report-model';

/**
 * The Japanese PDF of every golden case, read back with pdftotext: no line starts with a
 * character kinsoku forbids there, no raw source key is printed, sources are cited by number,
 * and a chart label that wraps does so between BudouX phrases.
 */

const root = join(import.meta.dirname, '..');
const pack = ((): Pack => {
  const loaded = loadPack(JSON.parse(readFileSync(join(root, 'rules', 'ai-openness.json'), 'utf8')));
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  return loaded.pack;
})();
const cases = readdirSync(join(root, 'test', 'golden'))
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, answers: (JSON.parse(readFileSync(join(root, 'test', 'golden', file), 'utf8')) as { answers: Answers }).answers }));

const NO_LINE_START = /^[、。，．）」』】〕・：；？！ー]/u;

/** Phrase boundaries of a text, as character offsets. */
function boundaries(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const piece of segment(text)) {
    at += Array.from(piece).length;
    out.add(at);
  }
  return out;
}

const texts = new Map<string, string>();
beforeAll(async () => {
  const font = await loadJapaneseFontFromDisk();
  for (const { file, answers } of cases) {
    const model = buildReportModel(score(pack, answers), pack, answers, 'ja', { generatedAt: '2026-12-02T10:00:00.000Z', paper: 'a4' });
    const pdf = await renderReportPdf(model, { paper: 'a4', deterministic: true, loadJapaneseFont: async () => font });
    texts.set(file, probePdf(pdf.bytes).text);
  }
}, 240_000);

describe('the Japanese PDF of every golden case', () => {
  it('renders every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(texts.size).toBe(cases.length);
  });

  it('never starts a line with 、。）」 or another character kinsoku keeps off a line start', () => {
    const offending = [...texts].flatMap(([file, text]) =>
      text.split('\n').filter((line) => NO_LINE_START.test(line.trim())).map((line) => `${file}: ${line}`),
    );
    expect(offending).toEqual([]);
  });

  it('cites sources by number and never prints a source key', () => {
    for (const [file, text] of texts) {
      expect(text, file).toMatch(/〔\d+〕/);
      for (const source of pack.sources) expect(text, `${file} ${source.id}`).not.toContain(`[${source.id}`);
    }
  });

  it('wraps an option name in a chart only between phrases', () => {
    const names = pack.options.map((o) => o.name.ja);
    const offending: string[] = [];
    for (const [file, text] of texts) {
      for (const line of text.split('\n').map((l) => l.trim())) {
        for (const name of names) {
          if (line.length === 0 || line === name || !name.startsWith(line) || line.length < 2) continue;
          if (!boundaries(name).has(Array.from(line).length)) offending.push(`${file}: 「${line}」 of 「${name}」`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
