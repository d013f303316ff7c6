export type SectionValidationModule = typeof import('./section-validation');

let pending: Promise<SectionValidationModule> | undefined;

/**
 * The section checks' chunk (zod and its resolver): the first question paints without it, and it is
 * fetched while that question is read. Idempotent; a failed download is forgotten, so the next
 * attempt fetches it anew.
 */
export function loadSectionValidation(): Promise<SectionValidationModule> {
  pending ??= import('./section-validation').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** For the screens' preloads (`usePreloadNext`). */
export const SectionValidation = { preload: () => loadSectionValidation().then(() => undefined) };
