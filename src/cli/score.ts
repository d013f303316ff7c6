import '@/i18n/domains/cli';
import { score } from '@/engine/score';
import { isLang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { CliExit, langFromArgv, loadAnswersFileOrExit, loadPackFileOrExit, parseCliArgs, requireOption, runMain } from './cli-io';
import { formatResult } from './score-text';

/** The pack scored when `--rules` is not given. */
const DEFAULT_RULES = 'rules/ai-openness.json';

/**
 * `npm run -s score -- [--rules <pack.json>] --answers <answers.json> [--json] [--lang en|ja]`:
 * the readable ranking (or the result object with --json) on stdout; any bad input ends with
 * exit 2 and every problem named on stderr.
 */
await runMain(() => {
  const argv = process.argv.slice(2);
  const t = translator(langFromArgv(argv));
  const { values } = parseCliArgs(
    {
      usage: 'cli.usage.score',
      options: { rules: { type: 'string' }, answers: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    },
    argv,
  );
  const lang = values.lang ?? 'en';
  if (!isLang(lang)) throw new CliExit(2, [t('cli.badOptionValue', { option: '--lang', values: 'en, ja' }), t('cli.usage.score')]);
  const answersPath = requireOption(values.answers, 'answers', 'cli.usage.score', t);
  const pack = loadPackFileOrExit(values.rules ?? DEFAULT_RULES, t);
  const { answers } = loadAnswersFileOrExit(pack, answersPath, t);
  const result = score(pack, answers);
  process.stdout.write(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, pack, lang));
});
