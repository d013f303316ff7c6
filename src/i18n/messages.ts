import cliEn from './locales/en/cli.json';
import problemsEn from './locales/en/problems.json';
import commonEn from './locales/en/common.json';
import questionnaireEn from './locales/en/questionnaire.json';
import reportEn from './locales/en/report.json';
import resultsEn from './locales/en/results.json';
import workshopEn from './locales/en/workshop.json';
import cliJa from './locales/ja/cli.json';
import problemsJa from './locales/ja/problems.json';
import commonJa from './locales/ja/common.json';
import questionnaireJa from './locales/ja/questionnaire.json';
import reportJa from './locales/ja/report.json';
import resultsJa from './locales/ja/results.json';
import workshopJa from './locales/ja/workshop.json';

/**
 * UI texts, one file per domain and language. English is the source of truth: its shape gives the
 * typed keys, and messages.test.ts checks that Japanese has exactly the same keys, none empty.
 */
export const en = {
  common: commonEn,
  questionnaire: questionnaireEn,
  results: resultsEn,
  report: reportEn,
  workshop: workshopEn,
  cli: cliEn,
  problems: problemsEn,
};

export type Messages = typeof en;

export const ja: Record<keyof Messages, unknown> = {
  common: commonJa,
  questionnaire: questionnaireJa,
  results: resultsJa,
  report: reportJa,
  workshop: workshopJa,
  cli: cliJa,
  problems: problemsJa,
};

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}
