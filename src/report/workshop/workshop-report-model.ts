import '@/i18n/domains/workshop';
import { aggregateWorkshop, type AgendaItem, type QuestionSpread, type WorkshopAggregate } from '@/engine/aggregate/aggregate';
import { score } from '@/engine/score/score';
import type { Result } from '@/engine/score/types';
import { countedProgress } from '@/engine/express/open-questions';
import { packIndex } from '@/engine/score/pack-index';
import type { Lang } from '@/i18n/messages';
import { joinLabelled, localize, translator, type Translate } from '@/i18n/t';
import type { AnswerValue, WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import type { CoverModel, Paper, ReportTable } from '../model/report-model-types';
import { consensusLines, groupLines, outcomeNote, topPick } from '../phrases/workshop-phrases';
import { displayNames, workshopWords, type WorkshopWords } from '../phrases/workshop-words';
import { buildBoardSummary, type WorkshopBoardModel } from './workshop-board';
import { own } from '@/rules/own';
import { brokenUnanimous } from '@/engine/aggregate/aggregate-unanimity';

/**
 * The workshop report model: everything the workshop PDF shows, as resolved text in one language.
 * Pure: the renderer lays it out and decides nothing.
 */

export type WorkshopAgendaEntry = {
  readonly title: string;
  readonly facts: string;
  readonly outcome: string;
  readonly outcomes: readonly string[];
  readonly matters: boolean;
  readonly spread: ReportTable;
  readonly others: readonly string[];
  readonly agreed: string;
  /** Time spent and notes kept in presenter mode. */
  readonly record: readonly string[];
};

export type WorkshopReportModel = {
  readonly lang: Lang;
  readonly paper: Paper;
  readonly properties: { readonly title: string; readonly subject: string };
  readonly header: { readonly title: string };
  readonly footer: string;
  readonly pageNumber: string;
  /** The note that names the characters drawn as 〓 (by code point), drawn at the end only when some were replaced. */
  readonly missingGlyphs: { readonly text: string; readonly join: string };
  readonly cover: CoverModel;
  readonly board: WorkshopBoardModel;
  readonly recordHeading: string;
  readonly participants: { readonly heading: string; readonly intro: string; readonly table: ReportTable };
  readonly group: {
    readonly heading: string;
    readonly agreement: string;
    readonly agreementNote: string;
    readonly basis: string;
    readonly top: string;
    readonly split?: string;
    readonly table: ReportTable;
    readonly explain: string;
  };
  readonly agenda: {
    readonly heading: string;
    readonly intro: string;
    readonly empty?: string;
    readonly namesNote?: string;
    readonly items: readonly WorkshopAgendaEntry[];
    /** The items that cannot change the outcome, one line each. */
    readonly otherHeading?: string;
    readonly others: readonly string[];
  };
  readonly agreed: { readonly heading: string; readonly intro: string; readonly table: ReportTable; readonly empty?: string };
  readonly recommendation: {
    readonly heading: string;
    readonly basis: string;
    readonly top: string;
    readonly recommended: boolean;
    readonly alsoRecommended?: string;
    readonly runnerUp?: string;
    readonly summary?: string;
    readonly actionsHeading: string;
    readonly actions: ReportTable;
  };
};

export type WorkshopReportInputs = {
  readonly pack: Pack;
  readonly workshop: WorkshopFile;
  readonly lang: Lang;
  readonly anonymous: boolean;
  /** Print who gave each answer in the agenda (off by default: counts only). */
  readonly namesInAgenda?: boolean;
  readonly paper: Paper;
  /** When the report is generated (ISO 8601), passed in: the model reads no clock. */
  readonly generatedAt: string;
  readonly timeZone?: string;
  /** Already computed by the caller (the screen has them); computed here otherwise. */
  readonly aggregate?: WorkshopAggregate;
  readonly consensus?: Result;
};

type Words = WorkshopWords & { t: Translate; names: Map<string, string> };

function wordsFor(pack: Pack, inputs: WorkshopReportInputs): Words {
  const t = translator(inputs.lang);
  return { ...workshopWords(pack, inputs.lang, t), t, names: displayNames(inputs.workshop.participants, inputs.anonymous, t) };
}

function nameList(ids: readonly string[], w: Words): string {
  return ids.map((id) => w.names.get(id) ?? id).join(w.t('workshop.answer.separator'));
}

function spreadTable(pack: Pack, spread: QuestionSpread, w: Words, named: boolean): ReportTable {
  const question = packIndex(pack).questions.get(spread.question)?.question;
  const choices = question && question.kind !== 'text' ? question.choices : [];
  const count = new Intl.NumberFormat(w.locale);
  return {
    columns: [w.t('workshop.report.answer'), w.t('workshop.report.count'), ...(named ? [w.t('workshop.report.who')] : [])],
    rows: choices.map((c) => [
      w.answer(spread.question, c.value),
      count.format(spread.counts[c.value] ?? 0),
      ...(named ? [nameList(spread.byValue[c.value] ?? [], w)] : []),
    ]),
  };
}

/** "4 min 10 s" (or "25 s"). */
export function durationText(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? t('workshop.record.minutes', { minutes, seconds: seconds % 60 }) : t('workshop.record.seconds', { seconds });
}

function itemRecord(workshop: WorkshopFile, question: string, t: Translate): string[] {
  const item = workshop.items?.[question];
  return [
    ...(item?.seconds ? [t('workshop.record.timeSpent', { time: durationText(item.seconds, t) })] : []),
    ...(item?.notes?.trim() ? [t('workshop.record.notes', { notes: item.notes.trim() })] : []),
  ];
}

function otherAnswers(spread: QuestionSpread, w: Words, named: boolean): string[] {
  const lines: string[] = [];
  const names = (ids: readonly string[]) => (named ? nameList(ids, w) : '');
  if (spread.unsure.length > 0) lines.push(w.t(named ? 'workshop.spread.unsure' : 'workshop.spread.unsureCount', { count: spread.unsure.length, names: names(spread.unsure) }));
  if (spread.unanswered.length > 0) lines.push(w.t(named ? 'workshop.spread.unanswered' : 'workshop.spread.unansweredCount', { count: spread.unanswered.length, names: names(spread.unanswered) }));
  if (spread.notNeeded.length > 0) lines.push(w.t(named ? 'workshop.spread.notNeeded' : 'workshop.spread.notNeededCount', { count: spread.notNeeded.length, names: names(spread.notNeeded) }));
  if (spread.hidden.length > 0) lines.push(w.t('workshop.spread.hidden', { count: spread.hidden.length }));
  return lines;
}

type EntryInputs = { pack: Pack; workshop: WorkshopFile; baseTops: readonly string[]; named: boolean; w: Words };

function agendaEntry(item: AgendaItem, index: number, spread: QuestionSpread, agreed: AnswerValue | undefined, inputs: EntryInputs): WorkshopAgendaEntry {
  const { pack, workshop, baseTops, named, w } = inputs;
  const { t } = w;
  const note = outcomeNote(item, baseTops, w, t);
  return {
    title: t('workshop.report.itemTitle', { n: index + 1, question: w.question(item.question) }),
    facts: t('workshop.report.itemFacts', {
      disagreement: t('workshop.agenda.disagreement', { value: w.measure(item.disagreement) }),
      impact: t('workshop.agenda.impact', { points: w.score(item.impact) }),
      priority: t('workshop.agenda.priority', { value: w.score(item.priority) }),
    }),
    outcome: note.lead,
    outcomes: note.lines,
    matters: note.matters,
    spread: spreadTable(pack, spread, w, named),
    others: otherAnswers(spread, w, named),
    agreed: agreed === undefined ? t('workshop.agenda.notAgreed') : t('workshop.agenda.agreed', { answer: w.answer(item.question, agreed) }),
    record: itemRecord(workshop, item.question, t),
  };
}

function formatDate(iso: string, lang: Lang, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** What every section of the workshop report is built from: the inputs, their words, and what the room and the agreed answers give. */
type Parts = {
  inputs: WorkshopReportInputs;
  w: Words;
  t: Translate;
  aggregate: WorkshopAggregate;
  agreedAnswers: WorkshopFile['agreed']['answers'];
  consensusText: ReturnType<typeof consensusLines>;
  counted: ReturnType<typeof countedProgress>;
  title: string;
  workshopDate: string;
};

function partsOf(inputs: WorkshopReportInputs): Parts {
  const { pack, workshop, lang } = inputs;
  const w = wordsFor(pack, inputs);
  const { t } = w;
  const members = workshop.participants.map((p) => ({ id: p.id, label: p.label, answers: p.answers.answers }));
  const aggregate = inputs.aggregate ?? aggregateWorkshop(pack, members, undefined, workshop.agreed.answers);
  const agreedAnswers = workshop.agreed.answers;
  const consensus = inputs.consensus ?? score(pack, agreedAnswers);
  const counted = countedProgress(pack, agreedAnswers);
  return {
    inputs,
    w,
    t,
    aggregate,
    agreedAnswers,
    consensusText: consensusLines(consensus, counted.answered, counted.total, w, t),
    counted,
    title: workshop.title || t('workshop.untitled'),
    workshopDate: /^\d{4}-\d{2}-\d{2}$/.test(workshop.date) ? formatDate(`${workshop.date}T00:00:00Z`, lang, 'UTC') : workshop.date,
  };
}

function coverSection({ inputs, t, title, workshopDate }: Parts): WorkshopReportModel['cover'] {
  const { pack, workshop, lang } = inputs;
  return {
    title,
    subtitle: t('workshop.report.title'),
    lines: [
      ...(workshopDate ? [workshopDate] : []),
      t('workshop.report.rules', { title: localize(pack.title, lang), version: pack.version }),
      t('workshop.report.participantCount', { count: workshop.participants.length }),
      ...(workshop.notes ? [workshop.notes] : []),
      t('workshop.report.generated', { date: formatDate(inputs.generatedAt, lang, inputs.timeZone ?? 'UTC') }),
    ],
    contentsHeading: t('workshop.report.contents'),
    note: t('workshop.report.confidential'),
  };
}

function participantsSection({ inputs, w, t, aggregate }: Parts): WorkshopReportModel['participants'] {
  return {
    heading: t('workshop.report.participantsHeading'),
    intro: inputs.anonymous ? t('workshop.report.participantsAnonymous') : t('workshop.report.participantsIntro'),
    table: {
      columns: [t('workshop.participants.name'), t('workshop.report.role'), t('workshop.participants.topPick')],
      rows: aggregate.participants.map((p) => {
        const role = inputs.anonymous ? '' : (inputs.workshop.participants.find((x) => x.id === p.id)?.answers.respondent?.role ?? '');
        return [w.names.get(p.id) ?? p.label, role, topPick(p.tops, w, t)];
      }),
    },
  };
}

function groupSection({ inputs, w, t, aggregate }: Parts): WorkshopReportModel['group'] {
  const { agreement } = aggregate;
  const group = groupLines(aggregate, w, t);
  return {
    heading: t('workshop.report.groupHeading'),
    agreement:
      agreement.basis === 'group' && agreement.w !== null && agreement.band !== null
        ? t('workshop.agreement.value', { w: w.measure(agreement.w), band: t(`workshop.agreement.band.${agreement.band}`) })
        : agreement.basis === 'single'
          ? t('workshop.agreement.single')
          : t('workshop.agreement.none'),
    agreementNote: t('workshop.agreement.explain'),
    basis: group.basis,
    top: joinLabelled([group.top, group.alsoRecommended].filter((s): s is string => Boolean(s)), inputs.lang),
    ...(group.split ? { split: group.split } : {}),
    table: {
      columns: [t('workshop.group.option'), t('workshop.group.mean'), t('workshop.group.borda'), t('workshop.group.firstChoices'), t('workshop.group.blocked')],
      rows: group.rows,
    },
    explain: t('workshop.group.explain'),
  };
}

function agendaSection({ inputs, w, t, aggregate, agreedAnswers }: Parts): WorkshopReportModel['agenda'] {
  const { pack, workshop } = inputs;
  const named = inputs.namesInAgenda === true;
  const spreads = new Map(aggregate.spreads.map((s) => [s.question, s]));
  const entryInputs: EntryInputs = { pack, workshop, baseTops: aggregate.agendaBasis.tops, named, w };
  // The record details what can change the outcome, what was agreed and what the room kept notes on; the rest is one line each.
  const detailed = (item: AgendaItem) => item.changesTop || item.agreed || itemRecord(workshop, item.question, t).length > 0;
  return {
    heading: t('workshop.agenda.heading'),
    intro: t('workshop.agenda.intro'),
    ...(aggregate.agenda.length === 0 ? { empty: t('workshop.agenda.empty') } : {}),
    ...(named || aggregate.agenda.length === 0 ? {} : { namesNote: t('workshop.record.namesHidden') }),
    items: aggregate.agenda.flatMap((item, i) => {
      const spread = spreads.get(item.question);
      return spread && detailed(item) ? [agendaEntry(item, i, spread, own(agreedAnswers, item.question), entryInputs)] : [];
    }),
    ...(aggregate.agenda.some((item) => !detailed(item)) ? { otherHeading: t('workshop.record.otherHeading') } : {}),
    others: aggregate.agenda.flatMap((item, i) =>
      detailed(item) ? [] : [t('workshop.report.otherItem', { n: i + 1, question: w.question(item.question), disagreement: w.measure(item.disagreement) })],
    ),
  };
}

function agreedSection({ inputs, w, t, aggregate, agreedAnswers }: Parts): WorkshopReportModel['agreed'] {
  const { pack, workshop } = inputs;
  const agreedQuestions = pack.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.kind !== 'text')
    .filter((q) => own(agreedAnswers, q.id) !== undefined);
  const unanimous = new Set(workshop.agreed.unanimous ?? []);
  const broken = new Set(brokenUnanimous(workshop.agreed, aggregate.spreads));
  return {
    heading: t('workshop.agreed.heading'),
    intro: t('workshop.record.agreedIntro'),
    table: {
      columns: [t('workshop.report.question'), t('workshop.record.legend')],
      rows: agreedQuestions.map((q) => {
        const answer = w.answer(q.id, own(agreedAnswers, q.id));
        const mark = broken.has(q.id) ? 'workshop.record.brokenMark' : unanimous.has(q.id) ? 'workshop.record.unanimousMark' : null;
        return [w.question(q.id), mark ? t('workshop.report.answerMarked', { answer, mark: t(mark) }) : answer];
      }),
    },
    ...(agreedQuestions.length === 0 ? { empty: t('workshop.report.noneAgreed') } : {}),
  };
}

function recommendationSection({ inputs, t, consensusText }: Parts): WorkshopReportModel['recommendation'] {
  const { pack, lang } = inputs;
  const option = consensusText.tops.length === 1 ? pack.options.find((o) => o.id === consensusText.tops[0]) : undefined;
  return {
    heading: t('workshop.consensus.heading'),
    basis: t('workshop.consensus.basisLine', { label: t('workshop.consensus.basisLabel'), basis: consensusText.basis }),
    recommended: consensusText.tops.length > 0,
    top: consensusText.top,
    ...(consensusText.alsoRecommended ? { alsoRecommended: consensusText.alsoRecommended } : {}),
    ...(consensusText.runnerUp ? { runnerUp: consensusText.runnerUp } : {}),
    ...(option ? { summary: localize(option.summary, lang) } : {}),
    actionsHeading: t('workshop.consensus.actionsHeading'),
    actions: {
      columns: [t('workshop.report.action'), t('workshop.report.horizon'), t('workshop.report.owner')],
      rows: (option?.actions ?? []).map((a) => [localize(a.text, lang), t(`workshop.horizon.${a.horizon}`), t(`workshop.owner.${a.owner}`)]),
    },
  };
}

/** Builds the workshop report: cover, participants, group ranking and agreement, agenda with spreads, agreed answers and the resulting recommendation. */
export function buildWorkshopReportModel(inputs: WorkshopReportInputs): WorkshopReportModel {
  const parts = partsOf(inputs);
  const { pack, workshop, lang } = inputs;
  const { t, w, aggregate, consensusText, counted, title, workshopDate } = parts;
  const titled = t('workshop.report.titled', { report: t('workshop.report.title'), title });
  return {
    lang,
    paper: inputs.paper,
    properties: { title: titled, subject: localize(pack.title, lang) },
    header: { title: titled },
    footer: t('workshop.report.footer'),
    pageNumber: t('workshop.report.pageNumber'),
    missingGlyphs: { text: t('workshop.report.missingGlyphs'), join: t('workshop.report.missingGlyphsJoin') },
    board: buildBoardSummary({
      pack,
      workshop,
      lang,
      aggregate,
      consensus: consensusText,
      agreedCount: counted.answered,
      questionCount: counted.total,
      dateText: workshopDate,
      w,
      t,
    }),
    recordHeading: t('workshop.record.heading'),
    cover: coverSection(parts),
    participants: participantsSection(parts),
    group: groupSection(parts),
    agenda: agendaSection(parts),
    agreed: agreedSection(parts),
    recommendation: recommendationSection(parts),
  };
}
