import '@/i18n/domains/target';
import '@/i18n/domains/cli';
import { assess } from '@/engine/express/assess';
import { planTarget } from '@/engine/target/target';
import { isLang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { CliExit, langFromArgv, loadAnswersFileOrExit, loadPackFileOrExit, parseCliArgs, requireOption, runIfEntry, type CliIo } from './cli-io';
import { formatResult } from './text/score-text';
import { formatTarget } from './text/target-text';

/** The pack scored when `--rules` is not given. */
const DEFAULT_RULES = 'rules/ai-openness.json';

/**
 * `npm run -s score -- [--rules <pack.json>] --answers <answers.json> [--target <option>] [--json] [--lang en|ja]`:
 * the readable ranking (or the result object with --json) on stdout, with `--target` also what it
 * would take to make that option recommended (the `target` field of the JSON); any bad input ends with
 * exit 2 and every problem named on stderr.
 */
export const scoreCommand = (io: CliIo): void => {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  const { values } = parseCliArgs(
    {
      usage: 'cli.usage.score',
      options: { rules: { type: 'string' }, answers: { type: 'string' }, target: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    },
    io,
  );
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw new CliExit(2, [t('cli.badOptionValue', { option: '--lang', values: 'en, ja' }), t('cli.usage.score')]);
  const answersPath = requireOption(values.answers, 'answers', 'cli.usage.score', t);
  const pack = loadPackFileOrExit(values.rules ?? DEFAULT_RULES, t);
  const { answers } = loadAnswersFileOrExit(pack, answersPath, io, t, lang);
  const plan = values.target === undefined ? undefined : planTarget(pack, answers, values.target);
  if (values.target !== undefined && !plan) {
    throw new CliExit(2, [t('target.cli.badTarget', { values: pack.options.map((o) => o.id).join(', ') }), t('cli.usage.score')]);
  }
  // Questions proven not needed are listed as such, never as unanswered (as on the results screen).
  const result = assess(pack, answers);
  if (values.json === true) io.stdout(`${JSON.stringify(plan ? { ...result, target: plan } : result, null, 2)}\n`);
  else io.stdout(formatResult(result, pack, lang) + (plan ? `\n${formatTarget(plan, pack, lang)}` : ''));
};

await runIfEntry(import.meta.url, scoreCommand);
