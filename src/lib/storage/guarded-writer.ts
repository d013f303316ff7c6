/**
 * Two-tab protection for an autosaved record. The protocol is a compare-and-set on the record's
 * stamp (revision and writer): a tab writes only over the record it is based on (the one it last
 * wrote, loaded or adopted) or over a record holding the same content; anything else came from
 * another tab and is reported instead, and nothing is written until the user chooses (`keep` or
 * `adopt`). Where the browser has the Web Locks API, each read-compare-write holds a lock named after
 * the record, so two tabs never interleave; a `storage` event showing that another tab wrote past
 * this tab's record (even at the same revision) is reported too, so no change is ever overwritten
 * unseen. Merely opening a tab writes nothing. Knows no feature: each autosave gives its record's
 * key, parser and stamp.
 */

/** The revision of a record and the tab that wrote it (records of earlier builds may have neither). */
export type Stamp = { revision: number; writer: string | undefined };

/** Runs `task` while holding the lock `name` in every tab of this origin (navigator.locks.request). */
export type LockRunner = (name: string, task: () => void) => Promise<void>;

export type GuardedEnvironment = {
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Where `storage` events from other tabs arrive (the window). */
  events: EventTarget | undefined;
  /** Cross-tab lock; without one (tests, old browsers) each write runs at once. */
  lock?: LockRunner | undefined;
};

/** What the writer reports: another tab's newer record, a write that failed, a write that succeeded. */
export type GuardedNotice<R> = { type: 'storage.newer'; record: R } | { type: 'storage.failed' } | { type: 'storage.saved' };

/** `R`: the stored record; `C`: what the tab asks to save (the record without its stamp). */
export type GuardedRecord<R, C> = {
  key: string;
  /** This tab's id, written into its records. */
  writer: string;
  /** The revision of the record this tab loaded (0 for none). */
  revision: number;
  /** The record a stored text holds, or undefined when it is not one. */
  parse: (text: string) => R | undefined;
  stampOf: (record: R) => Stamp;
  /** Whether the record holds this content (whoever wrote it). */
  holds: (record: R, content: C) => boolean;
  /** The content a record holds. */
  contentOf: (record: R) => C;
  /** The record to store: the content stamped. */
  stamp: (content: C, stamp: { revision: number; writer: string }) => R;
  /** Content not worth a record while there is none (a blank session). */
  isBlank?: (content: C) => boolean;
};

export type GuardedWriter<C> = {
  save: (content: C) => void;
  /** The user keeps their content (`content`, else the last one saved) over the newer record at `stamp`. */
  keep: (stamp: Stamp, content?: C) => void;
  /** The user loaded the newer record at `stamp`: carry on from it. */
  adopt: (stamp: Stamp) => void;
  /** Stops watching other tabs. */
  stop: () => void;
};

const sameStamp = (a: Stamp, b: Stamp) => a.revision === b.revision && (a.writer === b.writer || b.writer === undefined);

/** The Web Locks API where the browser has it (every current browser on a secure origin). */
export function webLock(): LockRunner | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return undefined;
  return (name, task) => locks.request(name, () => task());
}

/** A random id for this page load, so that its saved records are told from other tabs'. */
export function newWriterId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function guardedWriter<R, C>(env: GuardedEnvironment, spec: GuardedRecord<R, C>, notify: (notice: GuardedNotice<R>) => void): GuardedWriter<C> {
  const { key } = spec;
  /** The record this tab is based on, and what it holds. */
  let known: Stamp = { revision: spec.revision, writer: undefined };
  let base: C | undefined;
  let latest: C | undefined;

  const read = (storage: Pick<Storage, 'getItem'>): { text: string | null; record?: R } => {
    const text = storage.getItem(key);
    if (text === null) return { text };
    const record = spec.parse(text);
    return record === undefined ? { text } : { text, record };
  };

  const basedOn = (record: R) => {
    known = spec.stampOf(record);
    base = spec.contentOf(record);
  };

  // The record this tab loaded, if it is still the stored one.
  try {
    const storage = env.storage();
    const start = storage ? read(storage).record : undefined;
    if (start && spec.stampOf(start).revision === spec.revision) basedOn(start);
  } catch {
    // Storage that throws is reported at the first write.
  }

  const write = (content: C) => {
    const storage = env.storage();
    if (!storage) return notify({ type: 'storage.failed' });
    try {
      const { text, record: stored } = read(storage);
      // A record that cannot be read stays where it is until the user has downloaded or removed it.
      if (text !== null && !stored) return notify({ type: 'storage.failed' });
      if (stored && spec.holds(stored, content)) return basedOn(stored);
      const moved = stored && !sameStamp(spec.stampOf(stored), known) && !(base && spec.holds(stored, base));
      if (stored && moved) return notify({ type: 'storage.newer', record: stored });
      if (!stored && spec.isBlank?.(content)) return;
      const revision = Math.max(known.revision, stored ? spec.stampOf(stored).revision : 0) + 1;
      const record = spec.stamp(content, { revision, writer: spec.writer });
      storage.setItem(key, JSON.stringify(record));
      basedOn(record);
      notify({ type: 'storage.saved' });
    } catch {
      // Full or disabled storage: the user is told and can export instead.
      notify({ type: 'storage.failed' });
    }
  };

  /** Writes run one after another, each holding the cross-tab lock where there is one. */
  let queue: Promise<void> = Promise.resolve();
  const run = (task: () => void) => {
    if (!env.lock) return task();
    const lock = env.lock;
    queue = queue.then(() => lock(`aperture.lock.${key}`, task)).catch(task);
  };

  /**
   * A save not yet written: the lock is granted a moment after the change. Each queued save writes
   * the latest content, once. Should the page go away first (a reload, a closed tab: `pagehide`), it
   * is written there and then, without the lock, which cannot be waited for any more; the
   * compare-and-set still holds, so another tab's newer record is never overwritten.
   */
  let unwritten = false;
  const writeLatest = () => {
    if (!unwritten || latest === undefined) return;
    unwritten = false;
    write(latest);
  };
  const onPageHide = () => writeLatest();

  const onStorage = (event: Event) => {
    const { key: changed, newValue } = event as StorageEvent;
    if (changed !== key || newValue === null) return;
    const record = spec.parse(newValue);
    if (record === undefined) return;
    const stamp = spec.stampOf(record);
    if (stamp.writer === spec.writer) return;
    if (stamp.revision < known.revision || sameStamp(stamp, known)) return;
    const mine = latest ?? base;
    if (mine && spec.holds(record, mine)) basedOn(record);
    else notify({ type: 'storage.newer', record });
  };
  env.events?.addEventListener('storage', onStorage);
  env.events?.addEventListener('pagehide', onPageHide);

  return {
    save: (content) => {
      latest = content;
      unwritten = true;
      run(writeLatest);
    },
    keep: (stamp, content) => {
      if (content !== undefined) latest = content;
      run(() => {
        known = stamp;
        base = undefined;
        unwritten = false;
        if (latest) write(latest);
      });
    },
    adopt: (stamp) => {
      run(() => {
        known = stamp;
        base = undefined;
      });
    },
    stop: () => {
      env.events?.removeEventListener('storage', onStorage);
      env.events?.removeEventListener('pagehide', onPageHide);
    },
  };
}
