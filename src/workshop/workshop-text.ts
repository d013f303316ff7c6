import '@/i18n/domains/workshop';
import { useMemo } from 'react';
import type { AgreementBand } from '@/engine/aggregate/aggregate-stats';
import { useLanguage } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import type { Translate } from '@/i18n/t';
import { workshopWords, type WorkshopWords } from '@/report/phrases/workshop-words';
import type { Pack } from '@/rules/pack/pack-schema';

/** The workshop's words for pack items, answers, numbers and agreement bands, in one language. */
export type WorkshopText = WorkshopWords & {
  lang: Lang;
  t: Translate;
  band: (band: AgreementBand) => string;
};

export function workshopTextFor(pack: Pack, lang: Lang, t: Translate): WorkshopText {
  return { ...workshopWords(pack, lang, t), lang, t, band: (band) => t(`workshop.agreement.band.${band}`) };
}

export function useWorkshopText(pack: Pack): WorkshopText {
  const { lang, t } = useLanguage();
  return useMemo(() => workshopTextFor(pack, lang, t), [pack, lang, t]);
}
