import { assess } from '@/engine/express/assess';
import { defaultTarget, planTarget } from '@/engine/target/target';
import type { Lang } from '@/i18n/messages';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { renderReportPdf, type RenderedPdf } from '../pdf/render-pdf';
import { buildReportModel } from './report-model';
import type { Paper, ReportMeta } from './report-model-types';

/** Everything a report needs; the same for the browser and the command line. */
export type ReportRequest = {
  readonly pack: Pack;
  readonly answers: Answers;
  readonly respondent?: Respondent;
  readonly lang: Lang;
  readonly paper: Paper;
  /** The option whose staged path the roadmap shows; default: the next more open option not recommended today. */
  readonly target?: string;
  /** When the report is generated (ISO 8601). */
  readonly generatedAt: string;
  readonly timeZone?: string;
  readonly generatedBy: 'browser' | 'cli';
  readonly deterministic?: boolean;
  readonly loadJapaneseFont: () => Promise<Uint8Array>;
};

/** Scores the answers and writes the board report as PDF bytes, with the characters the font lacked. */
export async function createReport(request: ReportRequest): Promise<RenderedPdf> {
  const result = assess(request.pack, request.answers);
  const meta: ReportMeta = {
    generatedAt: request.generatedAt,
    paper: request.paper,
    generatedBy: request.generatedBy,
    ...(request.respondent ? { respondent: request.respondent } : {}),
    ...(request.timeZone ? { timeZone: request.timeZone } : {}),
  };
  const target = request.target ?? defaultTarget(request.pack, result.ranking);
  const plan = target === undefined ? undefined : planTarget(request.pack, request.answers, target);
  const model = buildReportModel(result, request.pack, request.answers, request.lang, plan ? { ...meta, target: plan } : meta);
  return renderReportPdf(model, {
    paper: request.paper,
    deterministic: request.deterministic ?? false,
    loadJapaneseFont: request.loadJapaneseFont,
  });
}
