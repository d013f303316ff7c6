import '@/i18n/domains/workshop';
import type { AgendaItem, WorkshopAggregate } from '@/engine/aggregate/aggregate';
import type { Lang } from '@/i18n/messages';
import { localize, type Translate } from '@/i18n/t';
import type { WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { ACTION_KINDS } from '@/rules/pack/pack-vocabulary';
import { own } from '@/rules/own';
import type { ReportTable } from '../model/report-model-types';
import type { ConsensusLines } from '../phrases/workshop-phrases';
import type { WorkshopWords } from '../phrases/workshop-words';

/** The one page a board reads: the decision, how far the room agrees, what decided it, and who does what by when. */
export type WorkshopBoardModel = {
  readonly heading: string;
  readonly context: string;
  readonly decisionHeading: string;
  readonly basis: string;
  readonly decision: string;
  readonly recommended: boolean;
  readonly alsoRecommended?: string;
  readonly runnerUp?: string;
  readonly summary?: string;
  readonly agreementHeading: string;
  readonly agreement: readonly string[];
  readonly decidedHeading: string;
  readonly decided: readonly string[];
  /** What the decided and open questions are measured against, while answers are still open. */
  readonly measured?: string;
  readonly openHeading?: string;
  readonly open: readonly string[];
  readonly actionsHeading: string;
  readonly actions: ReportTable;
  readonly actionsNote?: string;
};

/** How many questions the page names at most, decided and still open. */
const MAX_DECIDED = 4;
const MAX_OPEN = 3;

const MONTHS: Record<'0-3m' | '3-12m' | '12m+', number> = { '0-3m': 3, '3-12m': 12, '12m+': 12 };

/** The workshop date plus `months`, in words; null when the workshop has no date of the form YYYY-MM-DD. */
export function dateAfter(date: string, months: number, lang: Lang): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Day 0 of the month after: the last day of the target month, so 30 November + 3 months is 28 February.
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(year, month - 1 + months, Math.min(day, last)));
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(due);
}

type BoardInputs = {
  pack: Pack;
  workshop: WorkshopFile;
  lang: Lang;
  aggregate: WorkshopAggregate;
  consensus: ConsensusLines;
  agreedCount: number;
  questionCount: number;
  /** The workshop's date in words, or '' without one. */
  dateText: string;
  w: WorkshopWords;
  t: Translate;
};

/** A question quoted inside a sentence, without its own Japanese full stop. */
function quoted(w: WorkshopWords, id: string): string {
  return w.question(id).replace(/。$/, '');
}

function sameTops(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** An agreed question whose other answers in the room would have put another option first. */
function decidedLine(item: AgendaItem, agreed: WorkshopFile['agreed']['answers'], baseTops: readonly string[], w: WorkshopWords, t: Translate): string | null {
  const value = own(agreed, item.question);
  const other = item.outcomes.find((o) => !sameTops(o.tops, baseTops));
  if (value === undefined || !other) return null;
  const params = { question: quoted(w, item.question), agreed: w.answer(item.question, value), other: w.answer(item.question, other.value), options: w.options(other.tops) };
  return other.tops.length === 0 ? t('workshop.board.decidedNone', params) : t('workshop.board.decided', params);
}

/** An open question that can still change the first option, and how. */
function openLine(item: AgendaItem, baseTops: readonly string[], w: WorkshopWords, t: Translate): string | null {
  const change = item.change;
  const other = change?.outcomes.find((o) => !sameTops(o.tops, baseTops)) ?? change?.outcomes[0];
  if (!change || !other) return null;
  const params = { question: quoted(w, item.question), answer: w.answer(item.question, other.value), options: other.tops.length > 0 ? w.options(other.tops) : t('workshop.board.noOption') };
  if (change.given === null) return t('workshop.board.open', params);
  return t('workshop.board.openWith', { ...params, given: w.answer(change.given.question, change.given.value), givenQuestion: quoted(w, change.given.question) });
}

function agreementLines(inputs: BoardInputs): string[] {
  const { aggregate, workshop, t, w } = inputs;
  const { agreement } = aggregate;
  const count = workshop.participants.length;
  const ranking =
    agreement.basis === 'group' && agreement.w !== null && agreement.band !== null
      ? t('workshop.board.rankingAgreement', { band: t(`workshop.agreement.band.${agreement.band}`), w: w.measure(agreement.w), count })
      : agreement.basis === 'single'
        ? t('workshop.agreement.single')
        : t('workshop.agreement.none');
  const unanimous = (workshop.agreed.unanimous ?? []).length;
  const agreed = t(unanimous > 0 ? 'workshop.board.agreedUnanimous' : 'workshop.board.agreed', { count: inputs.agreedCount, total: inputs.questionCount, unanimous });
  const open = aggregate.agenda.filter((item) => !item.agreed).length;
  const decisive = aggregate.agenda.filter((item) => item.changesTop).length;
  // Never "0 of them can change it": a sentence of its own when none can.
  const disputes = open > 0 ? [t(decisive > 0 ? 'workshop.board.stillDiffer' : 'workshop.board.stillDifferNone', { count: open, decisive })] : [];
  return [ranking, agreed, ...disputes];
}

/** The board summary page of the workshop report. Pure. */
export function buildBoardSummary(inputs: BoardInputs): WorkshopBoardModel {
  const { pack, workshop, lang, aggregate, consensus, t, w } = inputs;
  const baseTops = aggregate.agendaBasis.tops;
  const decided = aggregate.agenda
    .filter((item) => item.agreed)
    .flatMap((item) => decidedLine(item, workshop.agreed.answers, baseTops, w, t) ?? [])
    .slice(0, MAX_DECIDED);
  const open = aggregate.agenda
    .filter((item) => item.changesTop)
    .flatMap((item) => openLine(item, baseTops, w, t) ?? [])
    .slice(0, MAX_OPEN);
  const option = consensus.tops.length === 1 ? pack.options.find((o) => o.id === consensus.tops[0]) : undefined;
  const actions = ACTION_KINDS.flatMap((kind) => {
    const action = option?.actions.find((a) => a.kind === kind);
    if (!action) return [];
    const due = dateAfter(workshop.date, MONTHS[action.horizon], lang);
    const when = due === null ? t(`workshop.horizon.${action.horizon}`) : action.horizon === '12m+' ? t('workshop.board.dueFrom', { date: due }) : t('workshop.board.dueBy', { date: due });
    return [[localize(action.text, lang), t(`workshop.owner.${action.owner}`), when]];
  });
  const context = [inputs.dateText, t('workshop.report.participantCount', { count: workshop.participants.length })].filter(Boolean);
  return {
    heading: t('workshop.board.heading'),
    context: context.join(t('workshop.board.separator')),
    decisionHeading: t('workshop.board.decisionHeading'),
    basis: t('workshop.consensus.basisLine', { label: t('workshop.consensus.basisLabel'), basis: consensus.basis }),
    decision: consensus.top,
    recommended: consensus.tops.length > 0,
    ...(consensus.alsoRecommended ? { alsoRecommended: consensus.alsoRecommended } : {}),
    ...(consensus.runnerUp ? { runnerUp: consensus.runnerUp } : {}),
    ...(option ? { summary: localize(option.summary, lang) } : {}),
    agreementHeading: t('workshop.board.agreementHeading'),
    agreement: agreementLines(inputs),
    decidedHeading: t('workshop.board.decidedHeading'),
    decided: decided.length > 0 || open.length > 0 ? decided : [t('workshop.board.nothingDecided')],
    ...(inputs.agreedCount < inputs.questionCount && baseTops.length > 0 ? { measured: t('workshop.board.measured', { options: w.options(baseTops) }) } : {}),
    ...(open.length > 0 ? { openHeading: t('workshop.board.openHeading') } : {}),
    open,
    actionsHeading: t('workshop.board.actionsHeading'),
    actions: { columns: [t('workshop.report.action'), t('workshop.report.owner'), t('workshop.board.due')], rows: actions },
    ...(actions.length === 0
      ? { actionsNote: consensus.tops.length > 1 ? t('workshop.board.actionsAfterTie') : t('workshop.board.actionsNone') }
      : {}),
  };
}
