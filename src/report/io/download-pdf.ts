import type { Lang } from '@/i18n/messages';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { fetchJapaneseFont, savePdf } from './browser-file';
import { reportFileName } from './report-file-name';
import type { Paper } from '../model/report-model-types';

/**
 * The browser side of the report: builds the PDF (jsPDF is loaded only now, as a separate chunk),
 * fetches the Japanese font from the app's own origin only when the report needs it, and hands the
 * file to the user through a Blob URL. Nothing leaves the browser.
 */

export type ReportDownloadInput = {
  pack: Pack;
  answers: Answers;
  respondent?: Respondent;
  lang: Lang;
  paper?: Paper;
  /** The option whose staged path the roadmap shows. */
  target?: string;
};

export type ReportDownload = { fileName: string; replaced: string[] };

/**
 * Scores the answers, writes the board report and downloads it. Resolves with the file name and
 * the characters the PDF font lacked (drawn as 〓); rejects when the PDF cannot be made.
 */
export async function downloadReport(input: ReportDownloadInput): Promise<ReportDownload> {
  const { createReport } = await import('../model/create-report');
  const generatedAt = new Date().toISOString();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = await createReport({
    pack: input.pack,
    answers: input.answers,
    ...(input.respondent ? { respondent: input.respondent } : {}),
    lang: input.lang,
    paper: input.paper ?? 'a4',
    ...(input.target ? { target: input.target } : {}),
    generatedAt,
    timeZone,
    generatedBy: 'browser',
    loadJapaneseFont: fetchJapaneseFont,
  });
  const fileName = reportFileName(generatedAt, input.lang, timeZone);
  savePdf(report.bytes, fileName);
  return { fileName, replaced: report.replaced };
}
