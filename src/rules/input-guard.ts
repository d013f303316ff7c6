/**
 * A cheap pass over untrusted input before schema checks: it bounds the work and the recursion
 * the checks would do. Iterative, so no input can exhaust the stack here.
 */

import { MAX_OBJECT_DEPTH, MAX_VALUES } from './limits';

export type Complexity = { code: 'too-large' | 'too-deep'; limit: number };

/** True when the input is too deep or too large to check. */
export function inputTooComplex(input: unknown): boolean {
  return inputComplexity(input) !== undefined;
}

/** Why the input is too deep or too large to check (a code and the limit), else undefined. */
export function inputComplexity(input: unknown): Complexity | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    count += 1;
    if (count > MAX_VALUES) return { code: 'too-large', limit: MAX_VALUES };
    const { value } = item;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const child of value) stack.push({ value: child, depth: item.depth });
      continue;
    }
    const depth = item.depth + 1;
    if (depth > MAX_OBJECT_DEPTH) return { code: 'too-deep', limit: MAX_OBJECT_DEPTH };
    for (const key of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[key], depth });
  }
  return undefined;
}
