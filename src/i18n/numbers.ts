import { LANGS, type Lang } from './messages';

/**
 * Whole numbers as the page's language writes them. English and Japanese agree (digits, a comma
 * every three: 1,234), so the questionnaire's counts are written here; anything else (fractions,
 * negative numbers, percentages) goes to Intl.NumberFormat. The first Intl formatter a page makes
 * loads ICU's locale data, 50–180 ms on a two-core machine: the start screen, the sections and the
 * review show whole numbers only, so neither the first screen nor a click waits for it, and
 * `warmUpNumberFormats` loads it while the user reads. numbers.test.ts checks every result
 * against Intl.NumberFormat in both languages.
 */
export function formatWhole(lang: Lang, value: number): string {
  if (Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return new Intl.NumberFormat(lang).format(value);
}

let warmed = false;

/**
 * Makes ICU load what the results, the review's lists and the report format with (decimals,
 * percentages, lists), in both languages: meant for a moment when the browser is idle, so that the
 * step that first needs them does not wait. Once per page.
 */
export function warmUpNumberFormats(): void {
  if (warmed) return;
  warmed = true;
  for (const lang of LANGS) {
    new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(0.5);
    new Intl.NumberFormat(lang, { style: 'percent' }).format(0.5);
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(['a', 'b']);
  }
}

