import '@/i18n/domains/cli';
import type { Result, RankedOption } from '@/engine/score/types';
import { unansweredToRevisit } from '@/engine/express/open-questions';
import { packIndex } from '@/engine/score/pack-index';
import type { Lang } from '@/i18n/messages';
import { localize, pluralKey, quotedInSentence, translator, type Translate } from '@/i18n/t';
import { phraseChange, type ChangeMessages } from '@/report/phrases/change-phrase';
import { answerRangeLine, changeNotes, closeCallLines, decisionNames, rankLabel, samplesLine, type DecisionNames } from '@/report/phrases/decision-phrase';
import { packNames, type PackNames } from '@/report/model/pack-names';
import type { Pack } from '@/rules/pack/pack-schema';
import { textTable } from './text-table';
import { WEIGHT } from '@/rules/limits';

/** The readable form of a result, as `npm run -s score` prints it. */

type Context = {
  pack: Pack;
  lang: Lang;
  t: Translate;
  names: PackNames;
  ranking: readonly RankedOption[];
  one: Intl.NumberFormat;
  signed: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  weight: Intl.NumberFormat;
};

const TOP_EXPLAINED = 3;
const REASONS_EACH_WAY = 3;
const CHANGES_SHOWN = 5;

const CHANGE_MESSAGES: ChangeMessages = {
  clause: 'cli.score.changeOne',
  join: 'cli.score.changeJoin',
  or: 'cli.score.changeOr',
  withLead: 'cli.score.change',
  withoutLead: 'cli.score.changeNoLead',
};

function decisionOf(ctx: Context): DecisionNames {
  const count = new Intl.NumberFormat(ctx.lang);
  return decisionNames(ctx.names, { points: (v) => ctx.one.format(v), percent: (v) => ctx.percent.format(v), count: (v) => count.format(v) });
}

function rankingLines(ctx: Context, result: Result): string[] {
  const { t } = ctx;
  const rows = result.ranking.map((r) => [rankLabel(result.ranking, r, t), ctx.names.option(r.option), ctx.one.format(r.score), t(`cli.score.verdict.${r.verdict}`)]);
  const header = [t('cli.score.column.rank'), t('cli.score.column.option'), t('cli.score.column.score'), t('cli.score.column.verdict')];
  const lines = [t('cli.score.ranking'), ...textTable(header, rows, ['right', 'left', 'right', 'left'])];
  const call = closeCallLines(result, t, decisionOf(ctx));
  if (call.length > 0) lines.push('', ...call);
  const needed = result.needsAnswers;
  if (needed.length === 0) return lines;
  return [
    ...lines,
    '',
    t(pluralKey(needed.length, 'cli.score.needsAnswersOne', 'cli.score.needsAnswersOther'), { count: needed.length }),
    ...needed.map((id) => `  ${t('cli.score.question', { text: ctx.names.question(id), id })}`),
  ];
}

function reasonLine(ctx: Context, rule: string, points: number, width: number): string {
  const found = ctx.pack.rules.find((r) => r.id === rule);
  const because = found ? localize(found.because, ctx.lang) : rule;
  const shown = ctx.signed.format(points).padStart(width);
  return `    ${ctx.t('cli.score.reason', { points: shown, because, rule, source: found?.source ?? '' })}`;
}

function whyLines(ctx: Context, ranked: RankedOption): string[] {
  const { t } = ctx;
  const rank = rankLabel(ctx.ranking, ranked, t, (n) => t('cli.score.ordinal', { rank: n }));
  const title = t('cli.score.why', { option: ctx.names.option(ranked.option), rank });
  const lines = [title, `  ${t('cli.score.baseline', { points: ctx.one.format(ranked.baseline) })}`];
  const pros = ranked.contributions.filter((c) => c.points > 0).sort((a, b) => b.points - a.points).slice(0, REASONS_EACH_WAY);
  const cons = ranked.contributions.filter((c) => c.points < 0).sort((a, b) => a.points - b.points).slice(0, REASONS_EACH_WAY);
  if (pros.length === 0 && cons.length === 0) return [...lines, `  ${t('cli.score.noReasons')}`];
  const width = Math.max(...[...pros, ...cons].map((c) => ctx.signed.format(c.points).length));
  if (pros.length > 0) lines.push(`  ${t('cli.score.for')}`, ...pros.map((c) => reasonLine(ctx, c.rule, c.points, width)));
  if (cons.length > 0) lines.push(`  ${t('cli.score.against')}`, ...cons.map((c) => reasonLine(ctx, c.rule, c.points, width)));
  return lines;
}

/** One line per fired guard (in pack order), naming every option it hits. */
function guardLines(ctx: Context, result: Result): string[] {
  const { t } = ctx;
  const lines = ctx.pack.guards.flatMap((guard) => {
    const hit = result.ranking.filter((r) => (guard.severity === 'block' ? r.guards : r.cautions).includes(guard.id));
    if (hit.length === 0) return [];
    const option = hit.map((r) => ctx.names.option(r.option)).join(t('cli.score.listJoin'));
    const params = { option, because: localize(guard.because, ctx.lang), guard: guard.id, source: guard.source };
    const waiting = guard.severity === 'block' ? result.unknownGuards.find((u) => u.guard === guard.id)?.questions : undefined;
    if (waiting && waiting.length > 0) {
      const questions = waiting.map((id) => t('cli.score.quoted', { text: quotedInSentence(ctx.names.question(id)) })).join(t('cli.score.listJoin'));
      return [`  ${t(pluralKey(waiting.length, 'cli.score.blockUnknownOne', 'cli.score.blockUnknownOther'), { ...params, questions })}`];
    }
    return [`  ${t(guard.severity === 'block' ? 'cli.score.block' : 'cli.score.caution', params)}`];
  });
  if (result.ranking.length > 0 && result.ranking.every((r) => r.verdict === 'not-recommended')) lines.push(`  ${t('cli.score.allBlocked')}`);
  return [t('cli.score.guards'), ...(lines.length > 0 ? lines : [`  ${t('cli.score.noneBlocked')}`])];
}

function questionListLines(ctx: Context, key: 'cli.score.unanswered' | 'cli.score.unsure' | 'cli.score.notNeeded', ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return [ctx.t(key, { count: ids.length }), ...ids.map((id) => `  ${ctx.t('cli.score.question', { text: ctx.names.question(id), id })}`), ''];
}

function robustnessLines(ctx: Context, result: Result): string[] {
  const { t } = ctx;
  const top = result.ranking[0];
  if (!top) return [];
  const option = ctx.names.option(top.option);
  const { acceptability, weightStability, changes } = result.robustness;
  const lines = [t('cli.score.robustness'), `  ${t('cli.score.acceptability', { option, share: ctx.percent.format(acceptability[top.option] ?? 0) })}`];
  const preferred = samplesLine(result, t, decisionOf(ctx));
  if (preferred) lines.push(`  ${preferred}`);
  for (const { guard, share } of result.robustness.unknownGuards) {
    const hit = result.ranking.filter((r) => r.guards.includes(guard)).map((r) => ctx.names.option(r.option));
    lines.push(`  ${t('cli.score.unknownGuard', { guard, option: hit.join(t('cli.score.listJoin')), share: ctx.percent.format(share) })}`);
  }
  const sensitive = weightStability.filter((w) => w.min > WEIGHT.min || w.max < WEIGHT.max);
  if (sensitive.length === 0) lines.push(`  ${t('cli.score.insensitive')}`);
  else {
    lines.push(`  ${t('cli.score.sensitive', { option })}`);
    for (const w of sensitive) {
      const inWords = answerRangeLine(ctx.pack, w, top.option, t, { ...decisionOf(ctx), choice: ctx.names.choice });
      const numeric = t('cli.score.weightRange', { criterion: ctx.names.criterion(w.criterion), min: ctx.weight.format(w.min), max: ctx.weight.format(w.max), current: ctx.weight.format(w.current) });
      lines.push(`    ${inWords ?? numeric}`);
    }
  }
  const notes = changeNotes(result, CHANGES_SHOWN, t, decisionOf(ctx)).map((note) => `    ${note}`);
  if (changes.length === 0) return [...lines, `  ${t('cli.score.noChanges')}`, ...notes];
  lines.push(`  ${t('cli.score.changesIntro')}`);
  const names = { ...ctx.names, points: (lead: number) => ctx.one.format(lead) };
  for (const change of changes.slice(0, CHANGES_SHOWN)) lines.push(`    ${phraseChange(change, t, CHANGE_MESSAGES, names)}`);
  return [...lines, ...notes];
}

/** The whole readable report of a result: ranking, reasons, guards, open questions, robustness. */
export function formatResult(result: Result, pack: Pack, lang: Lang): string {
  const ctx: Context = {
    pack,
    lang,
    t: translator(lang),
    names: packNames(pack, lang),
    ranking: result.ranking,
    one: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    signed: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
    weight: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }),
  };
  const title = ctx.t('cli.score.title', { title: localize(pack.title, lang), id: result.rules.id, version: result.rules.version });
  const sections = [
    [title],
    rankingLines(ctx, result),
    ...result.ranking.slice(0, TOP_EXPLAINED).map((r) => whyLines(ctx, r)),
    guardLines(ctx, result),
  ];
  const index = packIndex(pack);
  const unanswered = unansweredToRevisit(index, result.unanswered);
  const notNeeded = unansweredToRevisit(index, result.notNeeded ?? []);
  const open = [
    ...questionListLines(ctx, 'cli.score.unanswered', unanswered),
    ...questionListLines(ctx, 'cli.score.notNeeded', notNeeded),
    ...questionListLines(ctx, 'cli.score.unsure', result.unsure),
  ];
  if (open.length > 0) sections.push(open.slice(0, -1));
  sections.push(robustnessLines(ctx, result));
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
