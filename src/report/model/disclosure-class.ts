import type { DisclosureComponent, DisclosureState, Option } from '@/rules/pack/pack-schema';
import { DISCLOSURE_COMPONENTS } from '@/rules/pack/pack-vocabulary';

/**
 * The Model Openness Framework class and the OSI Open Source AI Definition check of a disclosure
 * scope (DOMAIN.md §3, §4). Pure.
 */

export type Disclosure = Readonly<Record<DisclosureComponent, DisclosureState>>;
export type LicenceKind = Option['licence']['kind'];
export type MofLevel = 'III' | 'II' | 'I';

/** Required components per class; classes are cumulative (Class II includes Class III). */
export const MOF_REQUIRED: Readonly<Record<MofLevel, readonly DisclosureComponent[]>> = {
  III: ['model-architecture', 'weights', 'technical-report', 'evaluation-results', 'model-card', 'data-card'],
  II: ['training-code', 'inference-code', 'evaluation-code', 'evaluation-data'],
  I: ['datasets', 'preprocessing-code', 'intermediate-checkpoints', 'research-paper'],
};

/** Optional components of each class: they never decide a class. */
export const MOF_OPTIONAL: Readonly<Record<MofLevel, readonly DisclosureComponent[]>> = {
  III: ['sample-outputs'],
  II: ['supporting-libraries'],
  I: ['model-metadata'],
};

/** Documentation a closed or hosted model can publish without releasing weights or code. */
const DOCUMENTATION: ReadonlySet<DisclosureComponent> = new Set([
  'technical-report',
  'evaluation-results',
  'model-card',
  'data-card',
  'research-paper',
  'sample-outputs',
]);

export type MofResult =
  | { kind: 'none' }
  | { kind: 'docs-only'; released: DisclosureComponent[] }
  | { kind: 'licence-fails'; licence: Exclude<LicenceKind, 'open'> }
  | { kind: 'below-class-iii'; missing: DisclosureComponent[] }
  | { kind: 'class'; level: MofLevel; missingForNext: DisclosureComponent[] };

/** The class a component belongs to in the framework. */
export function mofLevelOf(component: DisclosureComponent): { level: MofLevel; required: boolean } {
  for (const level of ['III', 'II', 'I'] as const) {
    if (MOF_REQUIRED[level].includes(component)) return { level, required: true };
    if (MOF_OPTIONAL[level].includes(component)) return { level, required: false };
  }
  throw new Error(`Unknown disclosure component: ${component}`);
}

function released(disclosure: Disclosure): DisclosureComponent[] {
  return DISCLOSURE_COMPONENTS.filter((c) => disclosure[c] === 'release');
}

/**
 * The MOF class a disclosure reaches: nothing released → none; only documentation → docs-only;
 * weights or code under a licence that is not open → not classifiable; otherwise the highest class
 * whose required components (and those of the classes below) are all released.
 */
export function mofClass(disclosure: Disclosure, licence: LicenceKind): MofResult {
  const out = released(disclosure);
  if (out.length === 0) return { kind: 'none' };
  if (out.every((c) => DOCUMENTATION.has(c))) return { kind: 'docs-only', released: out };
  if (licence !== 'open') return { kind: 'licence-fails', licence };
  const missing = (level: MofLevel) => MOF_REQUIRED[level].filter((c) => disclosure[c] !== 'release');
  if (missing('III').length > 0) return { kind: 'below-class-iii', missing: missing('III') };
  if (missing('II').length > 0) return { kind: 'class', level: 'III', missingForNext: missing('II') };
  if (missing('I').length > 0) return { kind: 'class', level: 'II', missingForNext: missing('I') };
  return { kind: 'class', level: 'I', missingForNext: [] };
}

/** The same disclosure once every component marked "later" has been released. */
export function afterLaterReleases(disclosure: Disclosure): Disclosure {
  return Object.fromEntries(
    DISCLOSURE_COMPONENTS.map((c) => [c, disclosure[c] === 'later' ? 'release' : disclosure[c]]),
  ) as Record<DisclosureComponent, DisclosureState>;
}

/** Components the OSAID needs released: parameters, code, and the data information. */
export const OSAID_REQUIRED: readonly DisclosureComponent[] = [
  'weights',
  'training-code',
  'inference-code',
  'data-card',
  'technical-report',
];

export type OsaidResult = { meets: boolean; openLicence: boolean; missing: DisclosureComponent[] };

/**
 * Whether a disclosure would meet the OSI Open Source AI Definition 1.0: an open licence, the
 * weights, training and inference code, and data information (data card, technical report).
 */
export function meetsOsaid(disclosure: Disclosure, licence: LicenceKind): OsaidResult {
  const missing = OSAID_REQUIRED.filter((c) => disclosure[c] !== 'release');
  const openLicence = licence === 'open';
  return { meets: openLicence && missing.length === 0, openLicence, missing };
}
