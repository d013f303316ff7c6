/**
 * What the browser side of every PDF needs: the Japanese font from the app's own origin (fetched
 * once per session, only when a report needs it) and handing the finished file to the user through
 * a Blob URL. Nothing leaves the browser.
 */
import { downloadBlob } from '@/ui/download-file';

/** The Japanese font, emitted by Vite as a separate asset of the app (never in the bundle). */
const JAPANESE_FONT_URL = new URL('../fonts/noto-sans-jp-subset.ttf', import.meta.url);

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

/** The Japanese font's bytes; rejects with a `font-unavailable` ReportDownloadError when the app cannot serve it. */
export function fetchJapaneseFont(): Promise<Uint8Array> {
  japaneseFont ??= fetchFont().catch((error: unknown) => {
    japaneseFont = undefined;
    throw error;
  });
  return japaneseFont;
}

/** Offers the PDF bytes as a download named `fileName`. */
export function savePdf(bytes: Uint8Array, fileName: string): void {
  downloadBlob(fileName, new Blob([bytes.slice().buffer], { type: 'application/pdf' }));
}
