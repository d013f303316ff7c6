import type { Lang } from '@/i18n/messages';
import type { WorkshopFile } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { fetchJapaneseFont, savePdf } from './browser-file';
import type { Paper } from '../model/report-model-types';
import { renderWorkshopPdf } from '../workshop/workshop-render';
import { buildWorkshopReportModel } from '../workshop/workshop-report-model';

export type WorkshopReportInput = { pack: Pack; workshop: WorkshopFile; lang: Lang; anonymous: boolean; namesInAgenda?: boolean; paper?: Paper };
export type WorkshopReportOutcome = { fileName: string; replaced: string[] };

/** `aperture-workshop-<date>[-ja].pdf`, the workshop's date when it has one. */
export function workshopReportFileName(date: string, lang: Lang): string {
  const safe = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `aperture-workshop${safe}${lang === 'ja' ? '-ja' : ''}.pdf`;
}

/**
 * Writes the workshop PDF in the browser and offers it as a download. Loaded lazily (it pulls in
 * jsPDF); fetches the Japanese font from the app's own origin only when the report needs it.
 */
export async function downloadWorkshopReport(input: WorkshopReportInput): Promise<WorkshopReportOutcome> {
  const model = buildWorkshopReportModel({
    pack: input.pack,
    workshop: input.workshop,
    lang: input.lang,
    anonymous: input.anonymous,
    namesInAgenda: input.namesInAgenda === true,
    paper: input.paper ?? 'a4',
    generatedAt: new Date().toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const rendered = await renderWorkshopPdf(model, { paper: model.paper, loadJapaneseFont: fetchJapaneseFont });
  const fileName = workshopReportFileName(input.workshop.date, input.lang);
  savePdf(rendered.bytes, fileName);
  return { fileName, replaced: rendered.replaced };
}
