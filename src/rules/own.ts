/**
 * The value stored under `key` in a record keyed by ids, never one inherited from Object.prototype:
 * `constructor` is a valid id, and `answers.constructor` of a record without it is a function.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
