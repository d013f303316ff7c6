import '@/i18n/domains/cli';
import { checkExpectations } from '@/engine/authoring/expectations';
import { hiddenConditions } from '@/engine/conditions/hidden-conditions';
import { pluralKey, translator, type Translate } from '@/i18n/t';
import { CliExit, langFromArgv, packProblemLines, parseCliArgs, readJsonFile, runIfEntry, type CliIo } from './cli-io';
import { expectationLines } from './text/expectations-text';
import { loadPack } from '@/rules/pack/load-pack';
import type { Pack } from '@/rules/pack/pack-schema';

function questionCount(pack: Pack): number {
  return pack.sections.reduce((n, s) => n + s.questions.length, 0);
}

/** Answer sets per monotonicity expectation with --deep, unless --n says otherwise. */
const DEEP_SAMPLES = 3000;

function wholeNumber(value: string | undefined, option: string, min: number, max: number, fallback: number, t: Translate): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new CliExit(2, [t('cli.rulesStats.badNumber', { option, min, max }), t('cli.usage.rulesCheck')]);
  return n;
}

/**
 * `npm run -s rules:check -- <pack.json> [--deep [--n 3000] [--seed 1]]`: exit 0 and a one-line
 * summary on stdout; exit 1 and one line per problem on stderr (including a file that is not
 * JSON); exit 2 for wrong usage or a file that cannot be read. With --deep, the pack's declared
 * expectations are checked too (one line each on stdout) and any that fails ends with exit 1.
 */
export const rulesCheckCommand = (io: CliIo): void => {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  const { positionals, values } = parseCliArgs(
    {
      usage: 'cli.usage.rulesCheck',
      options: { lang: { type: 'string' }, deep: { type: 'boolean' }, n: { type: 'string' }, seed: { type: 'string' } },
      positionals: { min: 1, max: 1 },
    },
    io,
  );
  const file = positionals[0] ?? '';
  const read = readJsonFile(file, t);
  if (!read.ok) throw new CliExit(read.reason === 'not-json' ? 1 : 2, [read.problem]);
  const loaded = loadPack(read.value, { file });
  if (!loaded.ok) throw new CliExit(1, packProblemLines(loaded, t));
  const { pack } = loaded;
  const counts = [
    t(pluralKey(pack.sections.length, 'cli.rulesCheck.sectionsOne', 'cli.rulesCheck.sectionsOther'), { count: pack.sections.length }),
    t(pluralKey(questionCount(pack), 'cli.rulesCheck.questionsOne', 'cli.rulesCheck.questionsOther'), { count: questionCount(pack) }),
    t(pluralKey(pack.options.length, 'cli.rulesCheck.optionsOne', 'cli.rulesCheck.optionsOther'), { count: pack.options.length }),
    t(pluralKey(pack.rules.length, 'cli.rulesCheck.rulesOne', 'cli.rulesCheck.rulesOther'), { count: pack.rules.length }),
    t(pluralKey(pack.guards.length, 'cli.rulesCheck.guardsOne', 'cli.rulesCheck.guardsOther'), { count: pack.guards.length }),
  ];
  const summary = t('cli.rulesCheck.ok', { file, id: pack.id, version: pack.version, counts: counts.join(t('cli.rulesCheck.countsJoin')) });
  io.stdout(`${summary}\n`);
  // Warnings, not problems: the pack loads, but a rule or guard in it can never apply.
  for (const hidden of hiddenConditions(pack)) {
    const questions = hidden.questions.map((id) => t('cli.rulesCheck.hiddenQuestion', { id })).join(t('cli.rulesCheck.hiddenJoin'));
    const key = hidden.kind === 'rule' ? 'cli.rulesCheck.hiddenRule' : 'cli.rulesCheck.hiddenGuard';
    const path = `${hidden.kind === 'rule' ? 'rules' : 'guards'}[${hidden.position}]`;
    io.stderr(`${t(key, { file, path, id: hidden.id, questions })}\n`);
  }
  if (values.deep !== true) return;
  const samples = wholeNumber(values.n, '--n', 1, 1_000_000, DEEP_SAMPLES, t);
  const seed = wholeNumber(values.seed, '--seed', 0, 2 ** 31 - 1, 1, t);
  const { monotone, cases } = checkExpectations(pack, { samples, seed });
  const { lines, failed } = expectationLines(monotone, cases, t);
  io.stdout(`${[t('cli.rulesCheck.deepHeading', { samples, seed }), ...lines].join('\n')}\n`);
  if (failed > 0) throw new CliExit(1);
};

await runIfEntry(import.meta.url, rulesCheckCommand);
