import { initialLang } from '@/i18n/initial-lang';
import { prepareLanguage, type Lang } from '@/i18n/messages';
import { browserStorage } from '@/lib/storage/browser-storage';
import { bootPacks, type PackBoot } from '@/packs/load/pack-boot';
import { loadBundledPack } from '@/packs/load/pack-loading';
import { holdsStoredRecords } from './first-visit';
import { loadRecordReading } from './stored-records';

/**
 * What the first screen waits for, asked for as soon as the app's code starts to run. main.tsx
 * imports this module before anything else, and it imports neither React nor the machines, so the
 * browser downloads these files while it evaluates the rest of the app (20 to 50 ms on a slow
 * machine) instead of after: the bundled pack's questions in the page's language, the page's
 * language texts, and, on a returning visit, the reading of the records this browser holds. A
 * first visit fetches that reading after its first screen (src/app/boot/pack-gate.tsx).
 */

/** This browser's storage (none where it is disabled). */
export const storage: Storage | undefined = browserStorage();

/** The language the page opens in. */
export const lang: Lang = initialLang(storage);

/** This browser holds Aperture records (a returning visit): the first screen waits for their reading. */
const storedRecords: boolean = holdsStoredRecords(storage);

/** Resolves once the texts of the page's language are here, or could not be downloaded (the page then opens in English, the texts every language falls back to). */
export const languageReady: Promise<void> = (prepareLanguage(lang) ?? Promise.resolve()).catch(() => undefined);
const bundled = loadBundledPack(lang);
const reading = storedRecords ? loadRecordReading() : undefined;

/**
 * The packs to start with, once everything the first screen reads has arrived, the language texts
 * too; undefined when a download failed (the pack gate then says so, in the page's language, and
 * offers to try again).
 */
export const firstScreen: Promise<PackBoot | undefined> = Promise.all([
  languageReady,
  Promise.all([bundled, reading]).then(
    () => bootPacks(storage, lang),
    () => undefined,
  ),
]).then(([, boot]) => boot);
