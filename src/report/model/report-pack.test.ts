import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localizeEither } from '@/i18n/t';
import { checkAnswersFile, type AnswersCheck } from '@/rules/answers/load-answers';
import { loadPack } from '@/rules/pack/load-pack';
import { packLines } from '@test/support/pack-lines';
import type { Pack } from '@/rules/pack/pack-schema';
import { createReport } from './create-report';
import { loadJapaneseFontFromDisk } from '../io/node-font';
import { compact, probePdf } from '@test/support/pdf-probe';
import type { RenderedPdf } from '../pdf/render-pdf';

/** The shipped pack with the fixture answers: the reports a user would get, read back as text. */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'answers');

function shippedPack(): Pack {
  const loaded = loadPack(JSON.parse(readFileSync(join(ROOT, 'rules', 'ai-openness.json'), 'utf8')));
  if (!loaded.ok) throw new Error(packLines(loaded).join('\n'));
  return loaded.pack;
}

const pack = shippedPack();
/** The answers fixtures written for the default pack (others, such as the example pack's, have their own tests). */
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { rules?: { id?: unknown } }).rules?.id === pack.id);

function answersOf(file: string): AnswersCheck {
  return checkAnswersFile(pack, JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
}

const cases = fixtures.flatMap((file) => (['en', 'ja'] as const).map((lang) => ({ file, lang })));

describe.each(cases)('the default pack with $file in $lang', ({ file, lang }) => {
  const checked = answersOf(file);
  let pdf: RenderedPdf;
  let text: string;
  let pages: number;
  beforeAll(async () => {
    pdf = await createReport({
      pack,
      answers: checked.answers,
      ...(checked.respondent ? { respondent: checked.respondent } : {}),
      lang,
      paper: 'a4',
      generatedAt: '2026-11-28T10:00:00.000Z',
      generatedBy: 'cli',
      deterministic: true,
      loadJapaneseFont: loadJapaneseFontFromDisk,
    });
    const probe = probePdf(pdf.bytes);
    text = probe.compact;
    pages = probe.pages;
  });

  it('has a sane number of pages and replaces nothing', () => {
    expect(checked.ok).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(30);
    expect(pdf.replaced).toEqual([]);
  });

  it('names the top option and every option in the ranking', () => {
    for (const option of pack.options) expect(text, option.id).toContain(compact(option.name[lang]));
  });

  it('lists every visible answer by its label and cites every source', () => {
    for (const question of pack.sections.flatMap((s) => s.questions)) {
      expect(text, question.id).toContain(compact(question.text[lang]));
      const value = checked.answers[question.id];
      if (question.kind === 'text' || value === undefined || !('choices' in question)) continue;
      for (const v of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
        const label = question.choices.find((c) => c.value === v)?.label[lang] ?? v;
        expect(text, `${question.id}=${v}`).toContain(compact(label));
      }
    }
    pack.sources.forEach((source, index) => {
      expect(text, source.id).toContain(compact(`${lang === 'ja' ? `〔${index + 1}〕` : `[${index + 1}]`}${localizeEither(source.citation, lang)}`));
    });
  });

  it('cites sources by their numbers in the tables, never by a raw source key', () => {
    const refs = text.match(lang === 'ja' ? /〔\d+〕/g : /\[\d+\]/g) ?? [];
    expect(refs.length).toBeGreaterThan(pack.sources.length);
    for (const source of pack.sources) expect(text, source.id).not.toContain(source.id);
  });
});
