import commonEn from './locales/en/common.json';
import problemsEn from './locales/en/problems.json';
import questionnaireEn from './locales/en/questionnaire.json';

/**
 * UI texts, one file per domain and language. English is the source of truth: its shape gives the
 * typed keys, and messages.test.ts checks that Japanese has exactly the same keys, none empty.
 *
 * The first screen needs only the core domains below, in English (the texts every other language
 * falls back to) and, fetched before the page shows Japanese (`prepareLanguage`), in Japanese. The others (results, report, workshop, cli,
 * packProblems) are registered by `src/i18n/domains/<name>.ts`, which every module using their keys imports,
 * so their texts travel in the lazy chunks that need them rather than in the first download.
 */
type Json<T> = T extends { default: infer D } ? D : T;

export type Messages = {
  common: typeof commonEn;
  questionnaire: typeof questionnaireEn;
  problems: typeof problemsEn;
  results: Json<typeof import('./locales/en/results.json')>;
  report: Json<typeof import('./locales/en/report.json')>;
  workshop: Json<typeof import('./locales/en/workshop.json')>;
  cli: Json<typeof import('./locales/en/cli.json')>;
  packProblems: Json<typeof import('./locales/en/pack-problems.json')>;
  target: Json<typeof import('./locales/en/target.json')>;
};

export type Domain = keyof Messages;

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}

/** The registered texts by language and domain. */
export const catalogue: Record<Lang, Partial<Record<Domain, unknown>>> = {
  en: { common: commonEn, questionnaire: questionnaireEn, problems: problemsEn },
  ja: {},
};

let pendingJa: Promise<void> | undefined;

/** Fetches the core Japanese texts (once; a failed download is forgotten so the next use tries again). */
function loadCoreJa(): Promise<void> {
  pendingJa ??= import('./core-ja').then(
    () => undefined,
    (error: unknown) => {
      pendingJa = undefined;
      throw error;
    },
  );
  return pendingJa;
}

/** What must arrive before the page can show a language: undefined when nothing is missing. */
export type LanguagePreparer = (lang: Lang) => Promise<void> | undefined;

const preparers = new Set<LanguagePreparer>();

/** Adds what else a language needs before it is shown (e.g. a pack's texts in that language); returns its removal. */
export function addLanguagePreparer(preparer: LanguagePreparer): () => void {
  preparers.add(preparer);
  return () => preparers.delete(preparer);
}

/** Whether the core texts of `lang` (those of the first screen) are here; English always is. */
export function hasCoreTexts(lang: Lang): boolean {
  return lang === 'en' || catalogue.ja.common !== undefined;
}

/** Fetches what `lang` still needs (its core texts, and what preparers name); undefined when it is all here. */
export function prepareLanguage(lang: Lang): Promise<void> | undefined {
  const pending = [hasCoreTexts(lang) ? undefined : loadCoreJa(), ...[...preparers].map((prepare) => prepare(lang))];
  const waiting = pending.filter((p): p is Promise<void> => p !== undefined);
  return waiting.length === 0 ? undefined : Promise.all(waiting).then(() => undefined);
}

/** Makes a domain's texts available to `translate`; idempotent. */
export function registerMessages<D extends Domain>(domain: D, en: Messages[D], ja: unknown): void {
  catalogue.en[domain] = en;
  catalogue.ja[domain] = ja;
}
