import '@/i18n/domains/cli';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLang, type Lang } from '@/i18n/messages';
import { pluralKey, translator, type MessageKey, type Translate } from '@/i18n/t';
import { isFatalAnswerProblem, type AnswerProblem } from '@/rules/answers/answer-problems';
import { describeAnswerProblem, packProblemNames } from '@/rules/answers/describe-problem';
import { parseJsonText } from '@/rules/json-text';
import { checkAnswersFile, type AnswersCheck } from '@/rules/answers/load-answers';
import { loadPack, type PackProblem } from '@/rules/pack/load-pack';
import { packProblemLine } from './pack-problem-line';
import type { Pack } from '@/rules/pack/pack-schema';

/**
 * Shared plumbing of the command-line tools: arguments, reading JSON files, loading a pack and an
 * answers file with every problem named, and exit codes. Data goes to stdout, messages to stderr.
 */

/** 0: done; 1: the input has problems (or an unexpected failure); 2: wrong usage or unusable input. */
export type ExitCode = 0 | 1 | 2;

/**
 * What a command sees of the world: its arguments and its two output streams. The entry point
 * passes the process's own; tests pass their own and run the command in-process.
 */
export type CliIo = {
  readonly argv: readonly string[];
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
};

/** A command: reads `io.argv`, writes to `io.stdout`/`io.stderr`, and ends by returning or by throwing `CliExit`. */
export type Command = (io: CliIo) => void | Promise<void>;

/** Ends a command with an exit code and lines for stderr; caught by `runCommand`. */
export class CliExit extends Error {
  readonly code = 'cli-exit';
  constructor(
    readonly exitCode: ExitCode,
    readonly lines: readonly string[] = [],
  ) {
    super(lines.join('\n'));
  }
}

/** The language of messages: `--lang ja` / `--lang=ja` when given (before full parsing), else English. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (isLang(value)) return value;
  }
  return 'en';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type CliSpec<O extends OptionsConfig> = {
  /** The message key of the usage line, e.g. `cli.usage.score`. */
  readonly usage: MessageKey;
  readonly options: O;
  readonly positionals?: { readonly min: number; readonly max: number };
};

/** Node's argument errors, in the words of the `cli` messages. */
function usageProblem(error: unknown, t: Translate): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.optionValue', { option: option.split(',')[0] ?? option });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t('cli.extraArgument', { argument: /'([^']*)'/.exec(message)?.[1] ?? '' });
  return t('cli.usageError', { reason: message.split('\n')[0] ?? '' });
}

/**
 * Parses arguments strictly. `--help` prints the usage to stdout and ends with 0; an unknown
 * option, a missing value or a wrong number of arguments ends with 2 and the usage on stderr.
 */
export function parseCliArgs<O extends OptionsConfig>(spec: CliSpec<O>, io: CliIo) {
  const { argv } = io;
  const t = translator(langFromArgv(argv));
  const usage = t(spec.usage);
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${usage}\n`);
    throw new CliExit(0);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: spec.options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (error) {
    throw new CliExit(2, [usageProblem(error, t), usage]);
  }
  const count = parsed.positionals.length;
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  if (count < min) throw new CliExit(2, [t('cli.missingArgument'), usage]);
  if (count > max) throw new CliExit(2, [t('cli.extraArgument', { argument: parsed.positionals[max] ?? '' }), usage]);
  return parsed;
}

/** Throws a usage error (exit 2) for a required option that is missing. */
export function requireOption(value: string | undefined, name: string, usage: MessageKey, t: Translate): string {
  if (value !== undefined && value !== '') return value;
  throw new CliExit(2, [t('cli.missingOption', { option: `--${name}` }), t(usage)]);
}

export type ReadJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'missing' | 'unreadable' | 'not-json'; problem: string };

/** Reads and parses a JSON file; a missing or unreadable file, or bad JSON, is one clear line. */
export function readJsonFile(path: string, t: Translate = translator('en')): ReadJsonResult {
  let text: string;
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: 'unreadable', problem: t('cli.file.directory', { file: path }) };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { ok: false, reason: 'missing', problem: t('cli.file.missing', { file: path }) };
    return { ok: false, reason: 'unreadable', problem: t('cli.file.unreadable', { file: path, reason: code || String(error) }) };
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    reason: 'not-json',
    problem: t('cli.file.notJson', { file: path, line: parsed.line, column: parsed.column, reason: t(`cli.json.${parsed.code}`) }),
  };
}

/** Reads a JSON file or ends with `exitCode` and the problem on stderr. */
export function readJsonFileOrExit(path: string, t: Translate = translator('en'), exitCode: ExitCode = 2): unknown {
  const read = readJsonFile(path, t);
  if (!read.ok) throw new CliExit(exitCode, [read.problem]);
  return read.value;
}

/**
 * Problem lines printed at most: a file with 150,000 problems is named in full by its first lines
 * and a count, so the time to print stays bounded (the rest follow from fixing the first).
 */
export const MAX_PROBLEM_LINES = 100;

/** The first MAX_PROBLEM_LINES of `count` problems, described by `line` (only those are described), then "and N more". */
export function boundedProblemLines(count: number, line: (i: number) => string, t: Translate): string[] {
  const shown = Math.min(count, MAX_PROBLEM_LINES);
  const lines = Array.from({ length: shown }, (_, i) => line(i));
  if (count > shown) {
    const number = new Intl.NumberFormat('en');
    lines.push(t(pluralKey(count - shown, 'cli.moreProblemsOne', 'cli.moreProblemsOther'), { count: number.format(count - shown), total: number.format(count) }));
  }
  return lines;
}

/** Loads and checks a pack file, or ends with `exitCode` (default 2) and one line per problem (at most MAX_PROBLEM_LINES, then a count). */
export function loadPackFileOrExit(path: string, t: Translate = translator('en'), exitCode: ExitCode = 2): Pack {
  const loaded = loadPack(readJsonFileOrExit(path, t, exitCode), { file: path });
  if (!loaded.ok) throw new CliExit(exitCode, packProblemLines(loaded, t));
  return loaded.pack;
}

/** A pack's problem lines (in English, whatever `t`'s language), bounded as `boundedProblemLines`. */
export function packProblemLines(failure: { readonly file?: string | undefined; readonly problems: readonly PackProblem[] }, t: Translate): string[] {
  const { file, problems } = failure;
  return boundedProblemLines(problems.length, (i) => packProblemLine(problems[i] as PackProblem, file), t);
}

/** Problems that lose nothing: reported on stderr, but the command goes on. */
const NOTICES: ReadonlySet<AnswerProblem['code']> = new Set(['other-version', 'unknown-field', 'duplicate-values']);

/**
 * One line per answer problem: `<file>: <message>`, bounded as `boundedProblemLines`. Messages about a
 * question start with its id, as the file names it; choices are listed by their value and their label in `lang`.
 */
export function answerProblemLines(path: string, problems: readonly AnswerProblem[], t: Translate, pack?: Pack, lang: Lang = 'en'): string[] {
  const names = pack ? packProblemNames(pack, lang) : undefined;
  const options = names ? { choiceName: names.choiceName, packName: names.packName, choiceValues: true } : {};
  return boundedProblemLines(problems.length, (i) => `${path}: ${describeAnswerProblem(problems[i] as AnswerProblem, t, options)}`, t);
}

/**
 * Loads an answers file for the pack. Ends with 2 and every problem named when the file cannot be
 * used or any answer was dropped; notices that lose nothing (another version whose answers all
 * fit, an unknown extra field) are written to stderr and the command goes on.
 */
export function loadAnswersFileOrExit(pack: Pack, path: string, io: CliIo, t: Translate = translator('en'), lang: Lang = 'en'): AnswersCheck {
  const checked = checkAnswersFile(pack, readJsonFileOrExit(path, t, 2));
  const lines = answerProblemLines(path, checked.problems, t, pack, lang);
  const blocking = checked.problems.some((p) => isFatalAnswerProblem(p) || !NOTICES.has(p.code));
  if (!checked.ok || blocking) throw new CliExit(2, lines);
  for (const line of lines) io.stderr(`${line}\n`);
  return checked;
}

/**
 * Runs a command and gives its exit code: a `CliExit` gives its own and its lines go to stderr;
 * anything else is an unexpected failure, printed as one line (never a stack trace), exit 1.
 */
export async function runCommand(command: Command, io: CliIo): Promise<ExitCode> {
  try {
    await command(io);
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      for (const line of error.lines) io.stderr(`${line}\n`);
      return error.exitCode;
    }
    const t = translator(langFromArgv(io.argv));
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`${t('cli.unexpected', { reason })}\n`);
    return 1;
  }
}

/** The process's own arguments and streams. */
export function processIo(): CliIo {
  return {
    argv: process.argv.slice(2),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/**
 * Runs `command` as the process when `moduleUrl` is the script Node was started with (`tsx
 * src/cli/score.ts`), and does nothing when the module is imported (by the tests).
 */
export async function runIfEntry(moduleUrl: string, command: Command): Promise<void> {
  const script = process.argv[1];
  if (script === undefined || resolve(script) !== fileURLToPath(moduleUrl)) return;
  process.exitCode = await runCommand(command, processIo());
}
