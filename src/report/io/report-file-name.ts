import type { Lang } from '@/i18n/messages';

/** The file name of a report: `aperture-report-<date>[-ja].pdf`, the date in the given time zone. */
export function reportFileName(generatedAt: string, lang: Lang, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(
    new Date(generatedAt),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `aperture-report-${part('year')}-${part('month')}-${part('day')}${lang === 'ja' ? '-ja' : ''}.pdf`;
}
