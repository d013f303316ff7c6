import type { Lang } from '@/i18n/messages';
import type { Answers, Respondent } from '@/rules/answers-schema';
import type { Pack } from '@/rules/pack-schema';
import { reportFileName } from './report-file-name';
import type { Paper } from './report-model-types';

/**
 * The browser side of the report: builds the PDF (jsPDF is loaded only now, as a separate chunk),
 * fetches the Japanese font from the app's own origin only when the report needs it, and hands the
 * file to the user through a Blob URL. Nothing leaves the browser.
 */

/** The Japanese font, emitted by Vite as a separate asset of the app (never in the bundle). */
const JAPANESE_FONT_URL = new URL('./fonts/noto-sans-jp-subset.ttf', import.meta.url);

export type ReportDownloadInput = {
  pack: Pack;
  answers: Answers;
  respondent?: Respondent;
  lang: Lang;
  paper?: Paper;
};

export type ReportDownload = { fileName: string; replaced: string[] };

/** A failed report download; `code` says which step failed. */
export class ReportDownloadError extends Error {
  constructor(
    readonly code: 'font-unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'ReportDownloadError';
  }
}

async function fetchFont(): Promise<Uint8Array> {
  const response = await fetch(JAPANESE_FONT_URL);
  if (!response.ok) throw new ReportDownloadError('font-unavailable', `The report font could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The font, fetched once per session (a failed fetch is tried again next time). */
let japaneseFont: Promise<Uint8Array> | undefined;

function fetchJapaneseFont(): Promise<Uint8Array> {
  japaneseFont ??= fetchFont().catch((error: unknown) => {
    japaneseFont = undefined;
    throw error;
  });
  return japaneseFont;
}

function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/pdf' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the file to the browser's download; give it a moment before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/**
 * Scores the answers, writes the board report and downloads it. Resolves with the file name and
 * the characters the PDF font lacked (drawn as 〓); rejects when the PDF cannot be made.
 */
export async function downloadReport(input: ReportDownloadInput): Promise<ReportDownload> {
  const { createReport } = await import('./create-report');
  const generatedAt = new Date().toISOString();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = await createReport({
    pack: input.pack,
    answers: input.answers,
    ...(input.respondent ? { respondent: input.respondent } : {}),
    lang: input.lang,
    paper: input.paper ?? 'a4',
    generatedAt,
    timeZone,
    generatedBy: 'browser',
    loadJapaneseFont: fetchJapaneseFont,
  });
  const fileName = reportFileName(generatedAt, input.lang, timeZone);
  saveFile(report.bytes, fileName);
  return { fileName, replaced: report.replaced };
}
