import '@/i18n/domains/report';
import type { Contribution, RankedOption } from '@/engine/score/types';
import { phraseChange, type ChangeMessages, type ChangeNames } from '../phrases/change-phrase';
import type { ReportContext } from './report-context';
import { answerRange, changeNotes, isTiedRank } from '../phrases/decision-phrase';
import { reportDecisionNames, verdictToneOf } from './report-context';
import { pluralKey } from '@/i18n/t';
import type { ChangeModel, ExcludedModel, OptionModel, ReportTable } from './report-model-types';
import { WEIGHT } from '@/rules/limits';

/** Contributions listed per side (for / against); the rest are summed in one line. */
const LISTED_CONTRIBUTIONS = 6;
/** Answer changes listed in "what would change the recommendation". */
const LISTED_CHANGES = 8;
/** Smaller than this (in points), a contribution is shown as having no effect and not listed. */
const NEGLIGIBLE = 0.05;

function contributionTable(c: ReportContext, items: readonly Contribution[]): ReportTable {
  return {
    columns: [c.t('report.option.colPoints'), c.t('report.option.colReason'), c.t('report.option.colSource')],
    rows: items.map((item) => {
      const rule = c.rule(item.rule);
      return [c.points(item.points), rule ? c.text(rule.because) : item.rule, rule ? c.sourceRef(rule.source) : ''];
    }),
  };
}

function side(c: ReportContext, items: readonly Contribution[], none: string): { table: ReportTable; note?: string } {
  // One more row reads better than a line about a single smaller effect.
  const shown = items.length <= LISTED_CONTRIBUTIONS + 1 ? items.length : LISTED_CONTRIBUTIONS;
  const listed = items.slice(0, shown);
  const rest = items.slice(shown);
  if (items.length === 0) return { table: contributionTable(c, []), note: none };
  if (rest.length === 0) return { table: contributionTable(c, listed) };
  const total = rest.reduce((sum, item) => sum + item.points, 0);
  return {
    table: contributionTable(c, listed),
    note: c.t('report.option.smaller', { count: c.count(rest.length), points: c.points(total) }),
  };
}

function guardReason(c: ReportContext, id: string): string {
  const guard = c.guard(id);
  return guard ? c.t('report.withSource', { text: c.text(guard.because), source: c.sourceRef(guard.source) }) : id;
}

/** The questions a block guard waits for, quoted and joined; undefined when it fired on the answers given. */
function waitingFor(c: ReportContext, id: string): { questions: string; count: number } | undefined {
  const ids = c.result.unknownGuards.find((u) => u.guard === id)?.questions ?? [];
  if (ids.length === 0) return undefined;
  const questions = ids.map((q) => c.t('report.quote', { text: c.text(c.question(q)?.text ?? { en: q, ja: q }) })).join(c.t('report.scope.list'));
  return { questions, count: ids.length };
}

/** A block guard's notice for an option: "not recommended", or "not recommended while … is unknown". */
function blockNotice(c: ReportContext, id: string): string {
  const waiting = waitingFor(c, id);
  const reason = guardReason(c, id);
  if (!waiting) return c.t('report.option.blocked', { reason });
  return c.t(pluralKey(waiting.count, 'report.option.blockedUnknownOne', 'report.option.blockedUnknownOther'), { questions: waiting.questions, reason });
}

/** A block guard's reason in the list of excluded options, saying what it waits for. */
function excludedReason(c: ReportContext, id: string): string {
  const waiting = waitingFor(c, id);
  const reason = guardReason(c, id);
  if (!waiting) return reason;
  return c.t(pluralKey(waiting.count, 'report.excluded.whileUnknownOne', 'report.excluded.whileUnknownOther'), { questions: waiting.questions, reason });
}

function buildOption(c: ReportContext, ranked: RankedOption): OptionModel {
  const { t } = c;
  const option = c.option(ranked.option);
  const name = c.optionName(ranked.option);
  const sorted = [...ranked.contributions].filter((x) => Math.abs(x.points) >= NEGLIGIBLE);
  const pros = sorted.filter((x) => x.points > 0).sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule));
  const cons = sorted.filter((x) => x.points < 0).sort((a, b) => a.points - b.points || a.rule.localeCompare(b.rule));
  const forSide = side(c, pros, t('report.option.noneFor'));
  const againstSide = side(c, cons, t('report.option.noneAgainst'));
  return {
    id: ranked.option,
    heading: t(isTiedRank(c.result.ranking, ranked) ? 'report.option.headingTied' : 'report.option.heading', { rank: c.count(ranked.rank), option: name }),
    verdict: { label: t(`report.verdict.${ranked.verdict}`), tone: verdictToneOf(ranked.verdict) },
    summary: option ? c.text(option.summary) : '',
    score: t('report.option.score', {
      score: c.scoreInText(ranked.score),
      baseline: c.scoreInText(ranked.baseline),
      delta: c.points(ranked.score - ranked.baseline),
    }),
    notices: [
      ...ranked.guards.map((g) => ({ text: blockNotice(c, g), tone: 'blocked' as const })),
      ...ranked.cautions.map((g) => ({ text: t('report.option.caution', { reason: guardReason(c, g) }), tone: 'viable' as const })),
    ],
    whyHeading: t('report.option.whyHeading'),
    baseline: t('report.option.baseline'),
    forHeading: t('report.option.forHeading'),
    forTable: forSide.table,
    ...(forSide.note ? { forNote: forSide.note } : {}),
    againstHeading: t('report.option.againstHeading'),
    againstTable: againstSide.table,
    ...(againstSide.note ? { againstNote: againstSide.note } : {}),
    risksHeading: t('report.option.risksHeading'),
    risks: {
      columns: [t('report.option.colRisk'), t('report.option.colMitigation')],
      rows: (option?.risks ?? []).map((r) => [c.text(r.text), c.text(r.mitigation)]),
    },
    actionsHeading: t('report.option.actionsHeading'),
    actions: {
      columns: [t('report.option.colAction'), t('report.option.colHorizon'), t('report.option.colOwner')],
      rows: (option?.actions ?? []).map((a) => [c.text(a.text), t(`report.horizon.${a.horizon}`), t(`report.owner.${a.owner}`)]),
    },
    licence: option
      ? t('report.option.licence', { kind: t(`report.scope.licenceKind.${option.licence.kind}`), text: c.text(option.licence.text) })
      : '',
  };
}

/** Sections for the top three options of the ranking. */
export function buildOptions(c: ReportContext): OptionModel[] {
  return c.result.ranking.slice(0, 3).map((ranked) => buildOption(c, ranked));
}

/** Options ruled out by a block guard, with the guards' reasons; then every caution. */
export function buildExcluded(c: ReportContext): ExcludedModel {
  const { t, result } = c;
  const items = result.ranking
    .filter((o) => o.guards.length > 0)
    .map((o) => ({ name: c.optionName(o.option), reasons: o.guards.map((g) => excludedReason(c, g)) }));
  const cautions = result.ranking
    .filter((o) => o.cautions.length > 0)
    .map((o) => ({ name: c.optionName(o.option), reasons: o.cautions.map((g) => guardReason(c, g)) }));
  return {
    heading: t('report.excluded.heading'),
    intro: items.length > 0 ? t('report.excluded.intro') : t('report.excluded.none'),
    items,
    cautionsHeading: t('report.excluded.cautionsHeading'),
    cautionsIntro: cautions.length > 0 ? t('report.excluded.cautionsIntro') : t('report.excluded.noCautions'),
    cautions,
  };
}

function choiceLabel(c: ReportContext, questionId: string, value: string): string {
  const question = c.question(questionId);
  if (question?.kind === 'text' || !question) return value || c.t('report.change.notAnswered');
  const choice = question.choices.find((ch) => ch.value === value);
  return choice ? c.text(choice.label) : c.t('report.change.notAnswered');
}

const CHANGE_MESSAGES: ChangeMessages = {
  clause: 'report.change.clause',
  join: 'report.change.join',
  or: 'report.change.or',
  withLead: 'report.change.sentence',
  withoutLead: 'report.change.sentenceNoLead',
};

function changeNames(c: ReportContext): ChangeNames {
  return {
    question: (id) => {
      const question = c.question(id);
      // A question quoted inside a sentence loses its Japanese full stop.
      return question ? c.text(question.text).replace(/。$/, '') : id;
    },
    choice: (question, value) => choiceLabel(c, question, value),
    option: c.optionRef,
    points: c.score,
  };
}

/** The answer changes that would move the first place, and the weight ranges that keep it. */
export function buildChange(c: ReportContext): ChangeModel {
  const { t, result, lead } = c;
  const changes = result.robustness.changes;
  const names = changeNames(c);
  const answers = changes.slice(0, LISTED_CHANGES).map((change) => phraseChange(change, t, CHANGE_MESSAGES, names));
  const notes = changeNotes(result, answers.length, t, reportDecisionNames(c));
  const leadName = lead ? c.optionRef(lead.option) : '';
  return {
    heading: t('report.change.heading'),
    answersHeading: t('report.change.answersHeading'),
    answersIntro: answers.length > 0 ? t('report.change.answersIntro') : t('report.change.noChanges'),
    answers,
    ...(notes.length > 0 ? { answersNote: notes.join(c.lang === 'ja' ? '' : ' ') } : {}),
    weightsHeading: t('report.change.weightsHeading'),
    weightsIntro: t('report.change.weightsIntro', { option: leadName }),
    weights: {
      columns: [t('report.change.colCriterion'), t('report.change.colCurrent'), t('report.change.colRange')],
      rows: result.robustness.weightStability.map((s) => [
        c.criterionName(s.criterion),
        c.weight(s.current),
        s.min <= WEIGHT.min && s.max >= WEIGHT.max
          ? t('report.change.anyWeight')
          : (answerRange(c.pack, s, t, names.choice)?.choices ?? t('report.change.range', { min: c.weight(s.min), max: c.weight(s.max) })),
      ]),
    },
  };
}
