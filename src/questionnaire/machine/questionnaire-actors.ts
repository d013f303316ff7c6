import { fromPromise } from 'xstate';
import { createAutosave } from '../storage/autosave';
import { webLock } from '@/lib/storage/guarded-writer';
import type { ExpressInput, ExpressStep } from './express-state';
import type { ExportInput, ExportOutput } from './session-state';
import { browserStorage } from '@/lib/storage/browser-storage';
import { wholePack } from '@/lib/pack/pack-rules';

/** The machine's effects in the browser; tests replace them with `.provide()`. */

/** Autosave to this browser's localStorage, watching other tabs through the window's `storage` events. */
export const browserAutosave = createAutosave({
  storage: browserStorage,
  events: typeof window === 'undefined' ? undefined : window,
  now: () => new Date(),
  lock: webLock(),
});

/** The PDF report; jsPDF is loaded only when the user asks for it, never with the first screen. */
export const downloadPdf = fromPromise<ExportOutput, ExportInput>(async ({ input }) => {
  const { downloadReport } = await import('@/report/io/download-pdf');
  return downloadReport(input);
});

/** The express path's next step; the settledness analysis is loaded with the express path, not with the first screen, and works once the pack holds its rules. */
export const pickExpressStep = fromPromise<ExpressStep, ExpressInput>(async ({ input }) => {
  const [{ expressStep }] = await Promise.all([import('./express-state'), wholePack(input.pack)]);
  return expressStep(input);
});
