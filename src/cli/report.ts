import '@/i18n/domains/cli';
import '@/i18n/domains/report';
import { writeFileSync } from 'node:fs';
import { isLang } from '@/i18n/messages';
import { pluralKey, translator } from '@/i18n/t';
import '@/i18n/domains/target';
import { createReport } from '@/report/model/create-report';
import { loadJapaneseFontFromDisk } from '@/report/io/node-font';
import { codePointName } from '@/report/pdf/render-appendix';
import { CliExit, langFromArgv, loadAnswersFileOrExit, loadPackFileOrExit, parseCliArgs, requireOption, runIfEntry, type CliIo } from './cli-io';

/** The pack used when `--rules` is not given. */
const DEFAULT_RULES = 'rules/ai-openness.json';
/** The report date with --deterministic when the answers file has no `savedAt`. */
const FIXED_GENERATED_AT = '2026-01-01T00:00:00.000Z';

/**
 * `npm run -s report -- [--rules <pack.json>] --answers <answers.json> --out <report.pdf>
 * [--lang en|ja] [--paper a4|letter] [--target <option>] [--deterministic]`: writes the same PDF the browser makes;
 * the roadmap shows the staged path to `--target` (default: the next more open option not recommended today).
 * With --deterministic the date is the answers' `savedAt` (UTC) and the PDF's creation date and
 * file id are fixed, so the same inputs give identical bytes. Bad input ends with exit 2.
 */
export const reportCommand = async (io: CliIo): Promise<void> => {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  const usage = 'cli.usage.report';
  const { values } = parseCliArgs(
    {
      usage,
      options: {
        rules: { type: 'string' },
        answers: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        paper: { type: 'string' },
        target: { type: 'string' },
        deterministic: { type: 'boolean' },
      },
    },
    io,
  );
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw new CliExit(2, [t('cli.badOptionValue', { option: '--lang', values: 'en, ja' }), t(usage)]);
  const paper = values.paper ?? 'a4';
  if (paper !== 'a4' && paper !== 'letter') throw new CliExit(2, [t('cli.badOptionValue', { option: '--paper', values: 'a4, letter' }), t(usage)]);
  const answersPath = requireOption(values.answers, 'answers', usage, t);
  const out = requireOption(values.out, 'out', usage, t);
  const pack = loadPackFileOrExit(values.rules ?? DEFAULT_RULES, t);
  const checked = loadAnswersFileOrExit(pack, answersPath, io, t, lang);
  if (values.target !== undefined && !pack.options.some((o) => o.id === values.target)) {
    throw new CliExit(2, [t('target.cli.badTarget', { values: pack.options.map((o) => o.id).join(', ') }), t(usage)]);
  }
  const deterministic = values.deterministic === true;
  const report = await createReport({
    pack,
    answers: checked.answers,
    ...(checked.respondent ? { respondent: checked.respondent } : {}),
    lang,
    paper,
    ...(values.target === undefined ? {} : { target: values.target }),
    generatedAt: deterministic ? (checked.file?.savedAt ?? FIXED_GENERATED_AT) : new Date().toISOString(),
    timeZone: deterministic ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone,
    generatedBy: 'cli',
    deterministic,
    loadJapaneseFont: loadJapaneseFontFromDisk,
  });
  try {
    writeFileSync(out, report.bytes);
  } catch (error) {
    const reason = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    throw new CliExit(2, [t('report.cli.cannotWrite', { file: out, reason })]);
  }
  const size = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(report.bytes.length / 1024);
  io.stderr(`${t(pluralKey(report.pages, 'report.cli.writtenOne', 'report.cli.writtenOther'), { file: out, pages: report.pages, size })}\n`);
  if (report.replaced.length > 0) io.stderr(`${t('report.cli.replaced', { chars: report.replaced.map(codePointName).join(t('report.appendix.missingGlyphsJoin')) })}\n`);
};

await runIfEntry(import.meta.url, reportCommand);
