import '@/i18n/domains/report';
import { decisionNames, type DecisionNames } from '../phrases/decision-phrase';
import type { RankedOption, Result } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import { localize, localizeEither, translate, translator, type Translate } from '@/i18n/t';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Option, Pack, Question } from '@/rules/pack/pack-schema';
import { packNames } from './pack-names';
import type { ReportMeta, ReportTone } from './report-model-types';

/** What every part of the report model reads: the inputs, the translator and the formatters. */
export type ReportContext = {
  readonly result: Result;
  readonly pack: Pack;
  readonly answers: Answers;
  readonly lang: Lang;
  readonly meta: ReportMeta;
  readonly t: Translate;
  readonly text: (value: { readonly en: string; readonly ja: string }) => string;
  readonly option: (id: string) => Option | undefined;
  readonly optionName: (id: string) => string;
  /** An option's name as it reads inside a sentence (in Japanese, in 「」). */
  readonly optionRef: (id: string) => string;
  readonly question: (id: string) => Question | undefined;
  readonly criterionName: (id: string) => string;
  readonly guard: (id: string) => Pack['guards'][number] | undefined;
  readonly rule: (id: string) => Pack['rules'][number] | undefined;
  /** The numbered reference of a source, as in the appendix's list (〔3〕, [3]); '' for an unknown id. */
  readonly sourceRef: (id: string) => string;
  /** A source's citation in the report's language; the id for an unknown one. */
  readonly citation: (id: string) => string;
  /** The option the report is about: the first of the ranking. */
  readonly lead: RankedOption | undefined;
  readonly score: (value: number) => string;
  /** A score inside a sentence: one decimal only when it is not a whole number (「80点」, not 「80.0点」). */
  readonly scoreInText: (value: number) => string;
  readonly points: (value: number) => string;
  readonly weight: (value: number) => string;
  readonly percent: (share: number) => string;
  readonly count: (value: number) => string;
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
  readonly list: (items: readonly string[], separator: string) => string;
};

function byId<T extends { readonly id: string }>(items: readonly T[]): (id: string) => T | undefined {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => map.get(id);
}

/** Builds the context of a report; formats numbers and dates with Intl in the report's language. */
export function reportContext(result: Result, pack: Pack, answers: Answers, lang: Lang, meta: ReportMeta): ReportContext {
  const text = (value: { readonly en: string; readonly ja: string }) => localize(value, lang);
  const option = byId(pack.options);
  const names = packNames(pack, lang);
  const question = byId(pack.sections.flatMap((s) => s.questions));
  const one = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'always' });
  const compact = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const sourceNumbers = new Map(pack.sources.map((s, index) => [s.id, index + 1]));
  const sources = byId(pack.sources);
  const timeZone = meta.timeZone ?? 'UTC';
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
  const moment = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone });
  return {
    result,
    pack,
    answers,
    lang,
    meta,
    t: translator(lang),
    text,
    option,
    optionName: names.option,
    optionRef: (id) => translate(lang, 'report.quote', { text: names.option(id) }),
    question,
    criterionName: names.criterion,
    guard: byId(pack.guards),
    rule: byId(pack.rules),
    sourceRef: (id) => {
      const number = sourceNumbers.get(id);
      return number === undefined ? '' : translate(lang, 'report.sourceRef', { number: whole.format(number) });
    },
    citation: (id) => {
      const source = sources(id);
      return source ? localizeEither(source.citation, lang) : id;
    },
    lead: result.ranking[0],
    score: (value) => one.format(value),
    scoreInText: (value) => compact.format(Math.round(value * 10) / 10),
    // Rounded first, so that a tiny negative never shows as "-0.0".
    points: (value) => signed.format(Math.round(value * 10) / 10 || 0),
    weight: (value) => compact.format(value),
    percent: (share) => pct.format(share),
    count: (value) => whole.format(value),
    date: (iso) => day.format(new Date(iso)),
    dateTime: (iso) => moment.format(new Date(iso)),
    list: (items, separator) => items.join(separator),
  };
}

/** The tone of a verdict. */
export function verdictToneOf(verdict: RankedOption['verdict']): ReportTone {
  return verdict === 'not-recommended' ? 'blocked' : verdict;
}

/** The report's names and formats for the shared decision sentences (ties, close calls, change notes). */
export function reportDecisionNames(c: ReportContext): DecisionNames {
  return decisionNames(
    {
      option: c.optionName,
      criterion: c.criterionName,
      question: (id) => {
        const question = c.question(id);
        return question ? c.text(question.text) : id;
      },
    },
    { points: c.points, percent: c.percent, count: c.count },
  );
}
