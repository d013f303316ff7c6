import type { Pack, Question } from '@/rules/pack/pack-schema';
import { own } from '@/rules/own';

/**
 * Fingerprints tell, across versions of a pack, whether an answer given to a question still means
 * the same thing: they cover what decides which answers are valid (the kind, the choice values in
 * order, "not sure", the maximum length), not the wording, so a reworded question keeps its answer.
 */

export type Fingerprints = Record<string, string>;

/** 32-bit FNV-1a as 8 hex digits: short enough to store with every save, stable everywhere. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function questionFingerprint(question: Question): string {
  switch (question.kind) {
    case 'choice':
      return hash(['choice', question.choices.map((c) => c.value).join(','), question.allowUnsure ? 'unsure' : ''].join('|'));
    case 'multi':
      return hash(['multi', question.choices.map((c) => c.value).join(',')].join('|'));
    case 'text':
      return hash(['text', String(question.maxLength ?? '')].join('|'));
  }
}

const cache = new WeakMap<Pack, Fingerprints>();

/** The fingerprint of every question of the pack, in pack order (memoised per pack). */
export function packFingerprints(pack: Pack): Fingerprints {
  const known = cache.get(pack);
  if (known) return known;
  const made = Object.fromEntries(pack.sections.flatMap((s) => s.questions.map((q) => [q.id, questionFingerprint(q)] as const)));
  cache.set(pack, made);
  return made;
}

/** What became of saved answers when the pack changed version. */
export type MigrationReport = {
  from: string;
  to: string;
  /** Answers kept: their question is unchanged. */
  carried: string[];
  /** Questions whose choices or limits changed: an earlier answer to them was not kept. */
  changed: string[];
  /** Questions the earlier version did not have. */
  added: string[];
  /** Questions of the earlier version that are no longer asked (by id: their text is gone). */
  removed: string[];
};

/**
 * Compares the fingerprints saved with answers to the pack's: answers to unchanged questions carry
 * over, answers to changed or removed ones do not. Pure; lists follow the pack's order (removed:
 * the saved order).
 */
export function compareFingerprints(
  saved: Fingerprints,
  pack: Pack,
  answered: readonly string[],
  versions: { from: string; to: string },
): MigrationReport {
  const current = packFingerprints(pack);
  const given = new Set(answered);
  const ids = Object.keys(current);
  return {
    ...versions,
    carried: ids.filter((id) => given.has(id) && own(saved, id) === own(current, id)),
    changed: ids.filter((id) => own(saved, id) !== undefined && own(saved, id) !== own(current, id)),
    added: ids.filter((id) => own(saved, id) === undefined),
    removed: Object.keys(saved).filter((id) => own(current, id) === undefined),
  };
}
