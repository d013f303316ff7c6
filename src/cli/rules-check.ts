import '@/i18n/domains/cli';
import { translator } from '@/i18n/t';
import { CliExit, langFromArgv, parseCliArgs, readJsonFile, runMain } from './cli-io';
import { loadPack } from '@/rules/load-pack';

/**
 * `npm run -s rules:check -- <pack.json>`: exit 0 and a one-line summary on stdout; exit 1 and one
 * line per problem on stderr (including a file that is not JSON); exit 2 for wrong usage or a
 * file that cannot be read.
 */
await runMain(() => {
  const argv = process.argv.slice(2);
  const t = translator(langFromArgv(argv));
  const { positionals } = parseCliArgs({ usage: 'cli.usage.rulesCheck', options: { lang: { type: 'string' } }, positionals: { min: 1, max: 1 } }, argv);
  const file = positionals[0] ?? '';
  const read = readJsonFile(file, t);
  if (!read.ok) throw new CliExit(read.reason === 'not-json' ? 1 : 2, [read.problem]);
  const loaded = loadPack(read.value, { file });
  if (!loaded.ok) throw new CliExit(1, loaded.problems);
  const { pack } = loaded;
  const summary = t('cli.rulesCheck.ok', {
    file,
    id: pack.id,
    version: pack.version,
    sections: pack.sections.length,
    questions: pack.sections.reduce((n, s) => n + s.questions.length, 0),
    options: pack.options.length,
    rules: pack.rules.length,
    guards: pack.guards.length,
  });
  process.stdout.write(`${summary}\n`);
});
