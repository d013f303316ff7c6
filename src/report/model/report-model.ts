import '@/i18n/domains/report';
import type { Result } from '@/engine/score/types';
import { unansweredToRevisit } from '@/engine/express/open-questions';
import { packIndex } from '@/engine/score/pack-index';
import type { Lang } from '@/i18n/messages';
import { pluralKey } from '@/i18n/t';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { ACTION_KINDS } from '@/rules/pack/pack-vocabulary';
import { buildRankingChart } from './chart-model';
import { closeCallLines, rankLabel, samplesLine } from '../phrases/decision-phrase';
import { reportContext, reportDecisionNames, verdictToneOf, type ReportContext } from './report-context';
import { buildAppendix } from './report-model-appendix';
import { buildChange, buildExcluded, buildOptions } from './report-model-options';
import { buildRoadmap, buildScope, buildTalkingPoints } from './report-model-scope';
import type { CoverModel, RankingModel, ReportMeta, ReportModel, SummaryModel } from './report-model-types';

export type { ReportMeta, ReportModel } from './report-model-types';

/** Acceptability at or above this is "robust"; below the lower bound "fragile". */
const ROBUST = 0.8;
const MODERATE = 0.5;

function buildCover(c: ReportContext): CoverModel {
  const { t, meta } = c;
  const who = meta.respondent;
  const lines: string[] = [];
  if (who?.name) lines.push(who.role ? t('report.cover.respondentWithRole', { name: who.name, role: who.role }) : t('report.cover.respondent', { name: who.name }));
  lines.push(c.date(meta.generatedAt));
  lines.push(t('report.cover.rules', { title: c.text(c.pack.title), version: c.pack.version }));
  return {
    title: t('report.title'),
    subtitle: t('report.subtitle'),
    ...(who?.company ? { company: t('report.cover.preparedFor', { company: who.company }) } : {}),
    lines,
    contentsHeading: t('report.cover.contents'),
    note: t('report.cover.confidential'),
  };
}

function recommendation(c: ReportContext): string {
  const { t, result } = c;
  const [first, second] = result.ranking;
  if (!first) return '';
  const option = c.optionRef(first.option);
  if (first.verdict === 'not-recommended') return t('report.summary.noRecommendation', { option });
  if (result.needsAnswers.length > 0) {
    // Too few answers: no verdict yet, whatever the scores say.
    const questions = result.needsAnswers.map((q) => c.text(c.question(q)?.text ?? { en: q, ja: q })).join(t('report.scope.list'));
    const key = result.needsAnswers.length === 1 ? 'report.summary.needsAnswersOne' : 'report.summary.needsAnswersOther';
    return t(key, { count: String(result.needsAnswers.length), questions, option });
  }
  if (first.verdict !== 'recommended') return t('report.summary.noRecommendation', { option });
  const shared = result.ranking.slice(1).filter((o) => o.verdict === 'recommended');
  if (shared.length > 0) {
    const others = c.list(shared.map((o) => c.optionRef(o.option)), t('report.scope.list'));
    return t('report.summary.recommendationShared', { option, score: c.score(first.score), others });
  }
  if (!second) return t('report.summary.recommendationAlone', { option, score: c.score(first.score) });
  return t('report.summary.recommendation', {
    option,
    score: c.score(first.score),
    lead: c.score(first.score - second.score),
    runnerUp: c.optionRef(second.option),
  });
}

function robustness(c: ReportContext): string[] {
  const { t, result, lead } = c;
  if (!lead) return [];
  const share = result.robustness.acceptability[lead.option] ?? 0;
  const params = { option: c.optionRef(lead.option), share: c.percent(share) };
  const names = reportDecisionNames(c);
  const preferred = samplesLine(result, t, names);
  const lines = [
    ...closeCallLines(result, t, names),
    result.unsure.length > 0 ? t('report.summary.firstInUnsure', params) : t('report.summary.firstIn', params),
    ...(preferred ? [preferred] : []),
    t(share >= ROBUST ? 'report.summary.robust' : share >= MODERATE ? 'report.summary.moderate' : 'report.summary.fragile'),
  ];
  const unanswered = unansweredToRevisit(packIndex(c.pack), result.unanswered);
  const open = [
    ...(result.unsure.length > 0 ? [t('report.summary.openUnsure', { unsure: c.count(result.unsure.length) })] : []),
    ...(unanswered.length > 0 ? [t('report.summary.openUnanswered', { unanswered: c.count(unanswered.length) })] : []),
  ];
  if (open.length > 0) lines.push([...open, t('report.summary.openFirmer')].join(c.lang === 'ja' ? '' : ' '));
  const notNeeded = result.notNeeded?.length ?? 0;
  if (notNeeded > 0) lines.push(t(pluralKey(notNeeded, 'report.summary.notNeededOne', 'report.summary.notNeededOther'), { count: c.count(notNeeded) }));
  return lines;
}

function buildSummary(c: ReportContext): SummaryModel {
  const { t, lead } = c;
  const leadOption = lead ? c.option(lead.option) : undefined;
  const actions = ACTION_KINDS.flatMap((kind) => {
    const action = leadOption?.actions.find((a) => a.kind === kind);
    if (!action) return [];
    const detail = t('report.summary.actionMeta', { horizon: t(`report.horizon.${action.horizon}`), owner: t(`report.owner.${action.owner}`) });
    return [{ label: t(`report.summary.kind.${kind}`), text: c.text(action.text), detail }];
  });
  return {
    heading: t('report.summary.heading'),
    recommendation: recommendation(c),
    topHeading: t('report.summary.topHeading'),
    top: {
      columns: [t('report.summary.colRank'), t('report.summary.colOption'), t('report.summary.colScore'), t('report.summary.colVerdict')],
      rows: c.result.ranking.slice(0, 3).map((o) => [
        rankLabel(c.result.ranking, o, t, c.count),
        c.optionName(o.option),
        c.score(o.score),
        { text: t(`report.verdict.${o.verdict}`), tone: verdictToneOf(o.verdict) },
      ]),
    },
    robustnessHeading: t('report.summary.robustnessHeading'),
    robustness: robustness(c),
    actionsHeading: t('report.summary.actionsHeading'),
    actionsIntro: lead ? t('report.summary.actionsIntro', { option: c.optionRef(lead.option) }) : '',
    actions,
  };
}

function buildRanking(c: ReportContext): RankingModel {
  const { t } = c;
  return {
    heading: t('report.ranking.heading'),
    intro: t('report.ranking.intro'),
    chart: buildRankingChart(c.result, c.pack, c.lang),
    legendLabel: t('report.ranking.legend'),
    legend: (['recommended', 'viable', 'not-recommended'] as const).map((v) => ({ label: t(`report.verdict.${v}`), tone: verdictToneOf(v) })),
  };
}

/**
 * Builds the report model from a result, its pack and the answers, in one language. Pure: the
 * date comes in through `meta.generatedAt`; same inputs, same model.
 */
export function buildReportModel(result: Result, pack: Pack, answers: Answers, lang: Lang, meta: ReportMeta): ReportModel {
  const c = reportContext(result, pack, answers, lang, meta);
  const title = c.t('report.title');
  const company = meta.respondent?.company;
  const author = meta.respondent?.name;
  return {
    lang,
    paper: meta.paper,
    header: { title, ...(company ? { company } : {}) },
    pageNumber: c.t('report.page.number'),
    footer: c.t('report.cover.confidential'),
    properties: { title, subject: c.t('report.subtitle'), ...(author ? { author } : {}) },
    cover: buildCover(c),
    summary: buildSummary(c),
    ranking: buildRanking(c),
    options: buildOptions(c),
    excluded: buildExcluded(c),
    change: buildChange(c),
    scope: buildScope(c),
    roadmap: buildRoadmap(c),
    talkingPoints: buildTalkingPoints(c),
    appendix: buildAppendix(c),
  };
}
