import commonEn from './locales/en/common.json';
import problemsEn from './locales/en/problems.json';
import questionnaireEn from './locales/en/questionnaire.json';
import commonJa from './locales/ja/common.json';
import problemsJa from './locales/ja/problems.json';
import questionnaireJa from './locales/ja/questionnaire.json';

/**
 * UI texts, one file per domain and language. English is the source of truth: its shape gives the
 * typed keys, and messages.test.ts checks that Japanese has exactly the same keys, none empty.
 *
 * The first screen needs only the core domains below. The others (results, report, workshop, cli,
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
  ja: { common: commonJa, questionnaire: questionnaireJa, problems: problemsJa },
};

/** Makes a domain's texts available to `translate`; idempotent. */
export function registerMessages<D extends Domain>(domain: D, en: Messages[D], ja: unknown): void {
  catalogue.en[domain] = en;
  catalogue.ja[domain] = ja;
}
