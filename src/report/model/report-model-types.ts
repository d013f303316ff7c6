import type { TargetPlan } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import type { Respondent } from '@/rules/answers/answers-schema';
import type { BarChart } from './chart-model';

/**
 * The report model: everything the PDF shows, as resolved text in one language plus the ranking
 * chart's model. The renderer only lays it out; it translates nothing and decides nothing.
 */

export type Paper = 'a4' | 'letter';

/** The tone of a verdict or decision: the renderer maps it to the app's colours. */
export type ReportTone = 'recommended' | 'viable' | 'blocked' | 'muted' | 'text';

export type TableCell = string | { readonly text: string; readonly tone: ReportTone };

export type ReportTable = {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
};

export type LabelledText = { readonly label: string; readonly text: string; readonly detail?: string };

export type ReportMeta = {
  readonly respondent?: Respondent;
  /** When the report was generated (ISO 8601), passed in: the model reads no clock. */
  readonly generatedAt: string;
  readonly paper: Paper;
  /** Time zone for the dates shown (IANA name); UTC by default. */
  readonly timeZone?: string;
  /** Where it was generated: the browser (default) or the command line. */
  readonly generatedBy?: 'browser' | 'cli';
  /** What it would take to reach the chosen target option: the roadmap shows its staged path. */
  readonly target?: TargetPlan;
};

export type CoverModel = {
  readonly title: string;
  readonly subtitle: string;
  readonly company?: string;
  readonly lines: readonly string[];
  readonly contentsHeading: string;
  readonly note: string;
};

export type SummaryModel = {
  readonly heading: string;
  readonly recommendation: string;
  readonly topHeading: string;
  readonly top: ReportTable;
  readonly robustnessHeading: string;
  readonly robustness: readonly string[];
  readonly actionsHeading: string;
  readonly actionsIntro: string;
  readonly actions: readonly LabelledText[];
};

export type RankingModel = {
  readonly heading: string;
  readonly intro: string;
  readonly chart: BarChart;
  readonly legendLabel: string;
  readonly legend: readonly { readonly label: string; readonly tone: ReportTone }[];
};

export type OptionModel = {
  readonly id: string;
  readonly heading: string;
  readonly verdict: { readonly label: string; readonly tone: ReportTone };
  readonly summary: string;
  readonly score: string;
  readonly notices: readonly { readonly text: string; readonly tone: ReportTone }[];
  readonly whyHeading: string;
  readonly baseline: string;
  readonly forHeading: string;
  readonly forTable: ReportTable;
  readonly forNote?: string;
  readonly againstHeading: string;
  readonly againstTable: ReportTable;
  readonly againstNote?: string;
  readonly risksHeading: string;
  readonly risks: ReportTable;
  readonly actionsHeading: string;
  readonly actions: ReportTable;
  readonly licence: string;
};

export type ExcludedModel = {
  readonly heading: string;
  readonly intro: string;
  readonly items: readonly { readonly name: string; readonly reasons: readonly string[] }[];
  readonly cautionsHeading: string;
  readonly cautionsIntro: string;
  readonly cautions: readonly { readonly name: string; readonly reasons: readonly string[] }[];
};

export type ChangeModel = {
  readonly heading: string;
  readonly answersHeading: string;
  readonly answersIntro: string;
  readonly answers: readonly string[];
  readonly answersNote?: string;
  readonly weightsHeading: string;
  readonly weightsIntro: string;
  readonly weights: ReportTable;
};

export type ScopeModel = {
  readonly heading: string;
  readonly intro: string;
  readonly table: ReportTable;
  readonly licence: string;
  readonly mofHeading: string;
  readonly mof: readonly string[];
  readonly osaidHeading: string;
  readonly osaid: readonly string[];
};

export type RoadmapPhase = { readonly id: string; readonly title: string; readonly count: string };

/** The staged path to the target: each stage's checkpoints are the go/no-go criteria of a phase. */
export type TargetPathModel = {
  readonly heading: string;
  readonly lines: readonly string[];
  readonly table?: ReportTable;
  readonly notes: readonly string[];
};

export type RoadmapModel = {
  readonly heading: string;
  readonly intro: string;
  readonly phases: readonly RoadmapPhase[];
  readonly table: ReportTable;
  readonly path?: TargetPathModel;
};

export type TalkingPointsModel = { readonly heading: string; readonly intro: string; readonly points: readonly string[] };

export type AppendixModel = {
  readonly heading: string;
  readonly answersHeading: string;
  readonly answerSections: readonly { readonly title: string; readonly table: ReportTable }[];
  readonly sourcesHeading: string;
  /** Every source of the pack, numbered in its order: `ref` is the reference the tables print (〔1〕, [1]). */
  readonly sources: readonly { readonly id: string; readonly ref: string; readonly citation: string; readonly url?: string }[];
  readonly aboutHeading: string;
  readonly about: readonly string[];
  /**
   * The note on characters the font could not draw, written when rendering (only then is the font
   * known): `text` holds `{chars}`, filled once with the code points (U+1F600) joined by `join`.
   */
  readonly missingGlyphs: { readonly text: string; readonly join: string };
};

export type ReportModel = {
  readonly lang: Lang;
  readonly paper: Paper;
  /** Running header: the report title and the company. */
  readonly header: { readonly title: string; readonly company?: string };
  /** Page number template with `{page}` and `{pages}`. */
  readonly pageNumber: string;
  readonly footer: string;
  /** Document properties. */
  readonly properties: { readonly title: string; readonly subject: string; readonly author?: string };
  readonly cover: CoverModel;
  readonly summary: SummaryModel;
  readonly ranking: RankingModel;
  readonly options: readonly OptionModel[];
  readonly excluded: ExcludedModel;
  readonly change: ChangeModel;
  readonly scope: ScopeModel;
  readonly roadmap: RoadmapModel;
  readonly talkingPoints: TalkingPointsModel;
  readonly appendix: AppendixModel;
};
