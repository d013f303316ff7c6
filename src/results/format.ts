import type { Lang } from '@/i18n/messages';
import { useLanguage } from '@/i18n/language-context';

/** Number formats of the results screen, in the UI language. */
export type Formats = {
  /** A score with one decimal: "72.4". */
  score: (n: number) => string;
  /** Points with a sign and one decimal: "+2.4", "−1.0". */
  points: (n: number) => string;
  /** A weight with at most one decimal: "3", "1.3". */
  weight: (n: number) => string;
  /** A share as a percentage: "87%" ("0.4%" below 1%). */
  percent: (share: number) => string;
  /** A whole number with grouping: "2,000". */
  count: (n: number) => string;
};

/** Made once per language: each `Intl.NumberFormat` takes a while to build, and every card and slider formats. */
const made = new Map<Lang, Formats>();

export function formatsFor(lang: Lang): Formats {
  let formats = made.get(lang);
  if (!formats) {
    formats = makeFormats(lang);
    made.set(lang, formats);
  }
  return formats;
}

function makeFormats(lang: Lang): Formats {
  const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const weight = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(lang);
  return {
    score: (n) => oneDecimal.format(n),
    // A true minus sign reads better than Intl's hyphen-minus.
    points: (n) => signed.format(n).replace('-', '\u2212'),
    weight: (n) => weight.format(n),
    percent: (share) => (share > 0 && share < 0.01 ? fine : whole).format(share),
    count: (n) => count.format(n),
  };
}

export function useFormats(): Formats {
  const { lang } = useLanguage();
  return formatsFor(lang);
}
