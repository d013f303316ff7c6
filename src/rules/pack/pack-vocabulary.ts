/**
 * The fixed vocabularies of a pack (horizons, phases, action kinds, the Model Openness Framework's
 * components and their states): no zod here, so the results, the roadmap and the report use them
 * without bringing the pack schema (zod classic) with them. pack-schema.ts builds its enums from them.
 */

export const HORIZONS = ['0-3m', '3-12m', '12m+'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const PHASES = ['pilot', 'community', 'licence', 'governance'] as const;
export type Phase = (typeof PHASES)[number];
export const ACTION_KINDS = ['disclose', 'invest', 'pilot'] as const;

/**
 * The model components of the Model Openness Framework (DOMAIN.md §3), the scope of what an
 * option discloses. Their classes are fixed by the framework, not by a pack.
 */
export const DISCLOSURE_COMPONENTS = [
  'model-architecture',
  'weights',
  'technical-report',
  'evaluation-results',
  'model-card',
  'data-card',
  'sample-outputs',
  'training-code',
  'inference-code',
  'evaluation-code',
  'evaluation-data',
  'supporting-libraries',
  'datasets',
  'preprocessing-code',
  'intermediate-checkpoints',
  'research-paper',
  'model-metadata',
] as const;
export type DisclosureComponent = (typeof DISCLOSURE_COMPONENTS)[number];
export const DISCLOSURE_STATES = ['release', 'withhold', 'later'] as const;
export type DisclosureState = (typeof DISCLOSURE_STATES)[number];
