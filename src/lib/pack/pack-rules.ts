import type { Pack } from '@/rules/pack/pack-schema';
import { onceLoaded } from '../once-loaded';

/**
 * The bundled pack travels in two parts: its questions (sections with their sources: all the
 * start screen and the questionnaire show) and its rules (criteria, options, rules, guards and
 * what the pack expects of itself: all that scores). The questions come first; the rules follow
 * while the user reads, and everything that scores waits for them with `wholePack`.
 *
 * A pack waiting for its rules never scores with none: until they have arrived, reading any of
 * them throws, so a part of the app that forgot to wait fails loudly instead of recommending
 * from an empty rule set.
 */

/** The keys of a pack that hold its rules; the others are its questions. */
export const RULE_KEYS = ['criteria', 'options', 'rules', 'guards', 'decisive', 'expectations'] as const satisfies readonly (keyof Pack)[];

export type RuleKey = (typeof RULE_KEYS)[number];
export type PackQuestions = Omit<Pack, RuleKey>;
export type PackRules = Pick<Pack, RuleKey>;

const RULE_KEY_SET: ReadonlySet<string> = new Set(RULE_KEYS);

/** A pack cut in its two parts (the build does this to the bundled pack): the questions in the pack's order of keys, the rules in that of `RULE_KEYS`. */
export function splitPackRules(pack: Pack): { questions: PackQuestions; rules: PackRules } {
  const questions: Record<string, unknown> = {};
  for (const key of Object.keys(pack)) if (!RULE_KEY_SET.has(key)) questions[key] = pack[key as keyof Pack];
  return { questions: questions as PackQuestions, rules: rulesOf(pack) };
}

/** Packs whose rules are on their way, with the download that brings them. */
const awaiting = new WeakMap<Pack, () => Promise<void>>();

/**
 * A pack made of `questions` now and the rules `load` brings: the questions are the part's own
 * objects (a later completion of their texts reaches the pack). `load` runs on the first
 * `wholePack(pack)` (a failed download is tried again on the next), and its rules complete the
 * pack in place.
 */
export function packAwaitingRules(questions: PackQuestions, load: () => Promise<PackRules>): Pack {
  const pack = { ...questions } as Pack;
  for (const key of RULE_KEYS) {
    Object.defineProperty(pack, key, {
      configurable: true,
      enumerable: true,
      get() {
        throw new Error(`The rules of pack "${questions.id}" have not arrived yet (reading "${key}"): wait for wholePack(pack) before scoring.`);
      },
    });
  }
  awaiting.set(
    pack,
    onceLoaded(() =>
      load().then((rules) => {
        for (const key of RULE_KEYS) {
          if (Object.hasOwn(rules, key)) Object.defineProperty(pack, key, { configurable: true, enumerable: true, writable: true, value: rules[key] });
          else delete (pack as Partial<Pack>)[key];
        }
        awaiting.delete(pack);
      }),
    ),
  );
  return pack;
}

/** Whether `pack` holds its rules (every pack does but the bundled one, for a moment after the page opens). */
export function holdsRules(pack: Pack): boolean {
  return !awaiting.has(pack);
}

/** Resolves once `pack` holds its rules, fetching them if they are still on their way; at once for a pack that came whole. */
export function wholePack(pack: Pack): Promise<Pack> {
  const load = awaiting.get(pack);
  return load ? load().then(() => pack) : Promise.resolve(pack);
}

/** The rules of a pack that holds them, in the order of `RULE_KEYS` (the order the build cuts them in). */
export function rulesOf(pack: Pack): PackRules {
  const rules: Record<string, unknown> = {};
  for (const key of RULE_KEYS) if (Object.hasOwn(pack, key)) rules[key] = pack[key];
  return rules as PackRules;
}
