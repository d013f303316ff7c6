import '@/i18n/domains/cli';
import { checkMonotone } from '@/engine/authoring/expectations';
import { DEFAULT_STATS_SAMPLES, DEFAULT_STATS_SEED, packStats } from '@/engine/authoring/pack-stats';
import { isLang } from '@/i18n/messages';
import { translator, type Translate } from '@/i18n/t';
import { CliExit, langFromArgv, loadPackFileOrExit, parseCliArgs, runIfEntry, type CliIo } from './cli-io';
import { formatStats } from './text/stats-text';

const MAX_SAMPLES = 1_000_000;

function wholeNumber(value: string | undefined, option: string, min: number, max: number, fallback: number, t: Translate): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) throw new CliExit(2, [t('cli.rulesStats.badNumber', { option, min, max }), t('cli.usage.rulesStats')]);
  return n;
}

/**
 * `npm run -s rules:stats -- <pack.json> [--n 5000] [--seed 1] [--json] [--lang en|ja]`: how the
 * pack behaves over seeded random answer sets; the same arguments always print the same figures.
 */
export const rulesStatsCommand = (io: CliIo): void => {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  const { values, positionals } = parseCliArgs(
    {
      usage: 'cli.usage.rulesStats',
      options: { n: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
      positionals: { min: 1, max: 1 },
    },
    io,
  );
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw new CliExit(2, [t('cli.badOptionValue', { option: '--lang', values: 'en, ja' }), t('cli.usage.rulesStats')]);
  const samples = wholeNumber(values.n, '--n', 1, MAX_SAMPLES, DEFAULT_STATS_SAMPLES, t);
  const seed = wholeNumber(values.seed, '--seed', 0, 2 ** 31 - 1, DEFAULT_STATS_SEED, t);
  const file = positionals[0] ?? '';
  const pack = loadPackFileOrExit(file, t);
  const stats = packStats(pack, { samples, seed });
  const monotone = (pack.expectations?.monotone ?? []).map((m) => checkMonotone(pack, m, { samples, seed }));
  io.stdout(values.json === true ? `${JSON.stringify({ ...stats, monotone }, null, 2)}\n` : formatStats(stats, monotone, pack, file, lang));
};

await runIfEntry(import.meta.url, rulesStatsCommand);
