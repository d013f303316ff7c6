/**
 * The numbers the layers agree on, each written once: the scales of the scoring formula (DESIGN.md),
 * the caps on what a pack, an answers file or a share link may hold, and the robustness sample count.
 * No zod here, so the engine, the screens and the first download can import it at no cost.
 */

/** A criterion's weight, from the pack or a what-if: 0 (does not matter) to 5 (matters most). */
export const WEIGHT = { min: 0, max: 5 } as const;
/** An option's performance on a criterion: a baseline plus rule deltas, clamped to 0..10. */
export const PERFORMANCE = { min: 0, max: 10 } as const;
/** One rule's effect on one performance. */
export const DELTA = { min: -10, max: 10 } as const;

/** Conditions nest at most this many levels (the root condition is level 1). */
export const MAX_CONDITION_DEPTH = 32;
/** Objects nested deeper than this are refused in any file read (lists in between do not count). */
export const MAX_OBJECT_DEPTH = 64;
/** Values (objects, lists and scalars) in one file, far above any real pack. */
export const MAX_VALUES = 1_000_000;

/**
 * An answers file or a pack file is refused before it is read past this size, in bytes (an answers
 * file is a few kilobytes, the bundled pack about 210 kB); a share link may unfold to no more.
 */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * A workshop file is refused before it is read past this size, in bytes. It holds up to 200
 * participants' answers and the notes of every agenda item: 12 participants of the bundled pack
 * make about 24 kB and 200 about 380 kB, but 200 with every text at its limit in Japanese (names,
 * notes, item notes) make 2.14 MB, so the answers files' 2 MB could refuse a workshop file the app
 * wrote itself. Twice that keeps every workshop of the bundled pack (and of somewhat larger packs)
 * openable; it is read, checked and scored in a worker, under `MAX_VALUES`.
 */
export const MAX_WORKSHOP_BYTES = 4_000_000;

/** The longest text answer any question allows, and the longest notes (a pack's `maxLength` is at most this). */
export const MAX_TEXT_ANSWER = 20_000;
/** The longest answer a text question takes when its pack sets no `maxLength`. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

/** Random answer sets drawn for robustness when nothing else is asked for. */
export const DEFAULT_SAMPLES = 2000;

/** The fragment key of a share link: `<app url>#answers=<payload>.<checksum>`. */
export const SHARE_PREFIX = '#answers=';
