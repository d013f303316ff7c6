/**
 * What every versioned record kept in this browser shares (the session, the workshop, the rules
 * pack): JSON text under a key; a record that cannot be read is moved aside under
 * `<its key>.unreadable.<n>`, never dropped; a record kept per pack version is found by its version.
 * Knows no record's shape: each store passes its own parsing in.
 */

/** The storage a record store needs (localStorage in the browser, a map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A text's JSON value, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The prefix of the keys that records moved aside from `key` are kept under. */
export function asidePrefix(key: string): string {
  return `${key}.unreadable.`;
}

/** A text kept aside from `key`, numbered in the order it was moved there. */
export type AsideText = { key: string; text: string };

function asideNumber(storedKey: string | null, prefix: string): number {
  return storedKey?.startsWith(prefix) ? Number(storedKey.slice(prefix.length)) : NaN;
}

/** The texts kept aside from `key` under a number, oldest first. */
export function listAside(store: KeyValueStore, key: string): AsideText[] {
  const prefix = asidePrefix(key);
  const found: { n: number; aside: AsideText }[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const storedKey = store.key(i);
    const n = asideNumber(storedKey, prefix);
    const text = storedKey === null || !Number.isInteger(n) ? null : store.getItem(storedKey);
    if (storedKey !== null && text !== null) found.push({ n, aside: { key: storedKey, text } });
  }
  return found.sort((a, b) => a.n - b.n).map((f) => f.aside);
}

/** True when something is kept aside from `key`. */
export function hasAside(store: KeyValueStore, key: string): boolean {
  const prefix = asidePrefix(key);
  for (let i = 0; i < store.length; i += 1) if (store.key(i)?.startsWith(prefix)) return true;
  return false;
}

/**
 * Copies the text under `key` aside and removes it: to `<key>.unreadable.<suffix>`, by default the
 * next number. Returns where the text is now: the copy's key, or `key` itself when storage refused
 * the copy (full, or a text larger than the room left): then it stays where it is.
 */
export function moveAside(store: KeyValueStore, key: string, text: string, suffix?: string): string {
  const prefix = asidePrefix(key);
  let aside: string;
  try {
    let last = 0;
    if (suffix === undefined) {
      for (let i = 0; i < store.length; i += 1) {
        const n = asideNumber(store.key(i), prefix);
        if (Number.isInteger(n) && n > last) last = n;
      }
    }
    aside = `${prefix}${suffix ?? last + 1}`;
    store.setItem(aside, text);
  } catch {
    return key;
  }
  store.removeItem(key);
  return aside;
}

/** A record read from `key`: the record, or the text that could not be read and where it is now. */
export type ReadOrAside<R> = { record?: R; unreadable?: { key: string; text: string; moved: boolean } };

/**
 * The record under `key` as `parse` reads it; text it refuses (undefined) is moved aside (see
 * `moveAside`). Nothing stored there gives an empty result.
 */
export function readOrMoveAside<R>(store: KeyValueStore, key: string, parse: (text: string) => R | undefined, suffix?: string): ReadOrAside<R> {
  const text = store.getItem(key);
  if (text === null) return {};
  const record = parse(text);
  if (record !== undefined) return { record };
  const now = moveAside(store, key, text, suffix);
  return { unreadable: { key: now, text, moved: now !== key } };
}

/** What tells two versions of a record apart: when it was written (if it says), and the pack version it belongs to. */
export type VersionStamp = { savedAt: string | undefined; version: string };

const versionParts = (version: string) => version.split('.').map(Number);

/** Saved later (a record without a time is the oldest); at the same time, of the later version. */
export function isNewer(a: VersionStamp, b: VersionStamp): boolean {
  const byTime = Date.parse(a.savedAt ?? '0') - Date.parse(b.savedAt ?? '0');
  if (byTime !== 0) return byTime > 0;
  const [x, y] = [versionParts(a.version), versionParts(b.version)];
  const at = x.findIndex((n, i) => n !== y[i]);
  return at >= 0 && (x[at] ?? 0) > (y[at] ?? 0);
}

/**
 * The newest of the records kept under `<prefix><version>` for versions other than `current`
 * (x.y.z only), and `extra` (a record of earlier builds); `parse` reads a record's text for the
 * version its key names and refuses (undefined) one that is not of it. Unreadable records are left
 * where they are, for when their version is opened.
 */
export function newestOtherVersion<R>(
  store: KeyValueStore,
  prefix: string,
  current: string,
  parse: (text: string, version: string) => R | undefined,
  stamp: (record: R) => VersionStamp,
  extra?: R,
): R | undefined {
  let newest: R | undefined;
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i) ?? '';
    const version = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (version === current || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    const record = parse(store.getItem(key) ?? '', version);
    if (record !== undefined && (newest === undefined || isNewer(stamp(record), stamp(newest)))) newest = record;
  }
  return extra !== undefined && (newest === undefined || isNewer(stamp(extra), stamp(newest))) ? extra : newest;
}
