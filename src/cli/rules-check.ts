import '@/i18n/domains/cli';
import { pluralKey, translator } from '@/i18n/t';
import { CliExit, langFromArgv, parseCliArgs, readJsonFile, runMain } from './cli-io';
import { loadPack } from '@/rules/load-pack';
import type { Pack } from '@/rules/pack-schema';

function questionCount(pack: Pack): number {
  return pack.sections.reduce((n, s) => n + s.questions.length, 0);
}

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
  const counts = [
    t(pluralKey(pack.sections.length, 'cli.rulesCheck.sectionsOne', 'cli.rulesCheck.sectionsOther'), { count: pack.sections.length }),
    t(pluralKey(questionCount(pack), 'cli.rulesCheck.questionsOne', 'cli.rulesCheck.questionsOther'), { count: questionCount(pack) }),
    t(pluralKey(pack.options.length, 'cli.rulesCheck.optionsOne', 'cli.rulesCheck.optionsOther'), { count: pack.options.length }),
    t(pluralKey(pack.rules.length, 'cli.rulesCheck.rulesOne', 'cli.rulesCheck.rulesOther'), { count: pack.rules.length }),
    t(pluralKey(pack.guards.length, 'cli.rulesCheck.guardsOne', 'cli.rulesCheck.guardsOther'), { count: pack.guards.length }),
  ];
  const summary = t('cli.rulesCheck.ok', { file, id: pack.id, version: pack.version, counts: counts.join(t('cli.rulesCheck.countsJoin')) });
  process.stdout.write(`${summary}\n`);
});
