/** "Did you mean …?" for mistyped ids, with work bounded whatever the pack. */

/** Edit-distance cells one pack check may spend on suggestions; past it, problems name no suggestion. */
export const SUGGEST_BUDGET = 4_000_000;

/**
 * The edit distance between `a` and `b` if it is at most `limit`, else `limit + 1`. Only the band of
 * cells within `limit` of the diagonal is computed, and the rows stop as soon as every cell of one
 * exceeds the limit. `spend` is charged for each row's length.
 */
export function boundedDistance(a: string, b: string, limit: number, spend: (cells: number) => void): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j += 1) previous.push(j <= limit ? j : over);
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    const current: number[] = new Array<number>(b.length + 1).fill(over);
    current[0] = i <= limit ? i : over;
    let rowMin = current[0];
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    spend(b.length + 1);
    if (rowMin > limit) return over;
    previous = current;
  }
  return previous[b.length] ?? over;
}

export type Suggest = {
  /** The closest id of `known` within a third of `name`'s length in edits, if any and if the budget allows. */
  closest(name: string, known: Iterable<string>, kind: string): string | undefined;
  /** Cells spent so far. */
  spent(): number;
};

/**
 * One pack check's suggestions: each (kind, id) is looked up once, and all lookups together spend
 * at most `budget` edit-distance cells, so the check stays linear in the pack's size.
 */
export function createSuggest(budget = SUGGEST_BUDGET): Suggest {
  let spent = 0;
  const seen = new Map<string, string | undefined>();
  const spend = (cells: number) => {
    spent += cells;
  };
  return {
    closest(name, known, kind) {
      const key = `${kind}\u0000${name}`;
      if (seen.has(key)) return seen.get(key);
      let best: string | undefined;
      let limit = Math.max(1, Math.floor(name.length / 3));
      for (const candidate of known) {
        if (spent >= budget) break;
        if (Math.abs(candidate.length - name.length) > limit) continue;
        const d = boundedDistance(name, candidate, limit, spend);
        if (d <= limit) {
          best = candidate;
          if (d === 0) break;
          limit = d - 1;
        }
      }
      seen.set(key, best);
      return best;
    },
    spent: () => spent,
  };
}

/** A short list for messages: the first items, then "…". Reads at most `max + 1` items. */
export function listOf(items: Iterable<string>, max = 12): string {
  const first: string[] = [];
  for (const item of items) {
    if (first.length === max) return `${first.join(', ')}, …`;
    first.push(item);
  }
  return first.join(', ');
}
