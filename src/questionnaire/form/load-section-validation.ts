import { onceLoaded } from '@/lib/once-loaded';

export type SectionValidationModule = typeof import('./section-validation');

/**
 * The section checks' chunk (zod and its resolver): the first question paints without it, and it is
 * fetched while that question is read. Fetched once; a failed download is forgotten, so the next
 * attempt fetches it anew.
 */
export const loadSectionValidation: () => Promise<SectionValidationModule> = onceLoaded(() => import('./section-validation'));

/** For the screens' preloads (`usePreloadNext`). */
export const SectionValidation = { preload: () => loadSectionValidation().then(() => undefined) };
