/**
 * The statistics behind workshop aggregation: rank agreement (Kendall's W) and the dispersion
 * of answers to one question. Pure arithmetic on plain numbers and strings.
 */

export type AgreementBand = 'weak' | 'moderate' | 'strong' | 'very-strong';

/** Scores closer than this count as equal (floating-point sums in another order). */
export const SCORE_EPSILON = 1e-9;

/**
 * Kendall's coefficient of concordance W with the tie correction, for m raters ranking n items:
 * `rows[rater][item]` is that rater's rank of the item (1 = first; tied items share their mid-rank).
 * W = 12·S / (m²(n³ − n) − m·Σ T), with S the squared deviations of the items' rank sums from
 * their mean and T = Σ (t³ − t) over each rater's groups of t tied items. In [0, 1]: 1 when every
 * rater gives the same ranking, 0 when the rank sums are all equal (e.g. two raters in exactly
 * opposite orders). Conventions: fewer than two raters or items → 1 (nothing to disagree about);
 * every rater tying every item (zero denominator) → 1 (they agree that nothing differs).
 */
export function kendallW(rows: readonly (readonly number[])[]): number {
  const m = rows.length;
  const n = rows[0]?.length ?? 0;
  if (m < 2 || n < 2) return 1;
  const sums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const row of rows) {
    row.forEach((rank, item) => (sums[item] = (sums[item] ?? 0) + rank));
    ties += tieTerm(row);
  }
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, sum) => acc + (sum - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator <= SCORE_EPSILON) return 1;
  return clamp01((12 * s) / denominator);
}

/** Σ (t³ − t) over the groups of equal ranks in one rater's ranks. */
function tieTerm(row: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const rank of row) counts.set(rank, (counts.get(rank) ?? 0) + 1);
  let total = 0;
  for (const t of counts.values()) total += t ** 3 - t;
  return total;
}

/**
 * Mid-ranks of items given in ranked order, where `sameAsPrevious[i]` says item i ties with item
 * i − 1: items 2 and 3 tied in places 2–3 both get 2.5. Returns ranks in the given order.
 */
export function midRanks(sameAsPrevious: readonly boolean[]): number[] {
  const ranks = new Array<number>(sameAsPrevious.length);
  let start = 0;
  for (let i = 1; i <= sameAsPrevious.length; i += 1) {
    if (i < sameAsPrevious.length && sameAsPrevious[i]) continue;
    const mid = (start + 1 + i) / 2;
    for (let j = start; j < i; j += 1) ranks[j] = mid;
    start = i;
  }
  return ranks;
}

/** Plain-words band of W: below 0.3 weak, below 0.6 moderate, below 0.8 strong, else very strong. */
export function agreementBand(w: number): AgreementBand {
  if (w < 0.3) return 'weak';
  if (w < 0.6) return 'moderate';
  if (w < 0.8) return 'strong';
  return 'very-strong';
}

/**
 * Disagreement on an ordinal scale of `levels` levels, from the level indexes given: the sum of
 * absolute deviations from the median, divided by its largest possible value for that many answers
 * (half of them at each end: ⌊N/2⌋·(levels − 1)). 0 when all agree (or fewer than two answers),
 * 1 when the room is split evenly between the two extremes.
 */
export function ordinalDisagreement(indexes: readonly number[], levels: number): number {
  const n = indexes.length;
  if (n < 2 || levels < 2) return 0;
  const median = lowerMedian(indexes);
  const deviation = indexes.reduce((acc, x) => acc + Math.abs(x - median), 0);
  return clamp01(deviation / (Math.floor(n / 2) * (levels - 1)));
}

/** The lower median of a non-empty list (deterministic for even counts). */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * Disagreement between sets of values (multi questions): the mean Jaccard distance over all
 * pairs of answers, 1 − |A ∩ B| / |A ∪ B| (two empty sets are identical). 0 when all answers are
 * the same set, 1 when every two answers are disjoint.
 */
export function setDisagreement(sets: readonly (readonly string[])[]): number {
  const n = sets.length;
  if (n < 2) return 0;
  const asSets = sets.map((s) => new Set(s));
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) total += jaccardDistance(asSets[i] as Set<string>, asSets[j] as Set<string>);
  }
  return clamp01(total / ((n * (n - 1)) / 2));
}

function jaccardDistance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : 1 - shared / union;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Descending with a tolerance, so that sums taken in another order compare equal. */
export function compareDesc(a: number, b: number): number {
  return Math.abs(a - b) < SCORE_EPSILON ? 0 : b - a;
}

/** Plain code-unit order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A place in a ranking that knows about ties: `rank` is the first place of its group of equals ("#2="). */
export type TiedRank = { rank: number; tied: boolean };

/**
 * Tie-aware places of items given in ranked order, where `sameAsPrevious[i]` says item i ties with
 * item i − 1: standard competition ranks (1, 1, 1, 4 for three equal leaders), each marked tied
 * when it shares its place.
 */
export function tiedRanks(sameAsPrevious: readonly boolean[]): TiedRank[] {
  const ranks: TiedRank[] = [];
  let start = 0;
  for (let i = 1; i <= sameAsPrevious.length; i += 1) {
    if (i < sameAsPrevious.length && sameAsPrevious[i]) continue;
    for (let j = start; j < i; j += 1) ranks.push({ rank: start + 1, tied: i - start > 1 });
    start = i;
  }
  return ranks;
}
