import type { Condition, Pack } from '@/rules/pack/pack-schema';
import { compileCondition, type Test } from '../conditions/conditions';
import { packIndex, type PackIndex } from './pack-index';
import { compileTriCondition, type TriTest } from '../conditions/three-valued';
import { PERFORMANCE, WEIGHT } from '@/rules/limits';

/** One effect of a rule, merged per (option, criterion) slot `option * criteria + criterion`. */
export type CompiledEffect = { readonly option: number; readonly criterion: number; readonly slot: number; readonly delta: number };

export type CompiledRule = {
  readonly id: string;
  readonly when: Condition;
  readonly test: Test;
  readonly effects: readonly CompiledEffect[];
};

export type CompiledGuard = {
  readonly id: string;
  readonly when: Condition;
  readonly test: Test;
  /** Three-valued form of `when`, used for `block` guards. */
  readonly tri: TriTest;
  readonly block: boolean;
  readonly options: readonly number[];
};

/** A pack turned into arrays for fast, repeated scoring; built once per pack object. */
export type Model = {
  readonly index: PackIndex;
  readonly optionIds: readonly string[];
  readonly criterionIds: readonly string[];
  readonly defaultWeights: Float64Array;
  /** Per criterion: the choice question setting its weight and the weight of each choice (NaN: unmapped). */
  readonly weightFrom: readonly ({ readonly question: number; readonly weights: Float64Array } | undefined)[];
  /** Baseline performance per slot, within 0..10. */
  readonly baseline: Float64Array;
  readonly rules: readonly CompiledRule[];
  /** Rule positions sorted by id: totals are summed in this order, so rule order changes nothing. */
  readonly sumOrder: readonly number[];
  readonly guards: readonly CompiledGuard[];
  /** Per option: its position when options are sorted by id (the final tie-break). */
  readonly idRank: Int32Array;
};

/** Plain code-unit order: independent of locale, so results are the same everywhere. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `value` limited to [low, high]; −0 becomes 0, so results print the same as they compare. */
export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value + 0;
}

function positions(ids: readonly string[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, position) => {
    if (!map.has(id)) map.set(id, position);
  });
  return map;
}

function compileModel(pack: Pack): Model {
  const index = packIndex(pack);
  const optionIds = pack.options.map((o) => o.id);
  const criterionIds = pack.criteria.map((c) => c.id);
  const optionAt = positions(optionIds);
  const criterionAt = positions(criterionIds);
  const criteriaCount = criterionIds.length;

  const weightFrom = pack.criteria.map((criterion) => {
    const entry = criterion.weightFrom ? index.questions.get(criterion.weightFrom.question) : undefined;
    if (!criterion.weightFrom || !entry || entry.question.kind !== 'choice') return undefined;
    const map = criterion.weightFrom.weights;
    const weights = Float64Array.from(entry.question.choices, (choice) => {
      const weight = Object.hasOwn(map, choice.value) ? map[choice.value] : undefined;
      return typeof weight === 'number' && Number.isFinite(weight) ? clamp(weight, WEIGHT.min, WEIGHT.max) : Number.NaN;
    });
    return { question: entry.order, weights };
  });

  const baseline = new Float64Array(optionIds.length * criteriaCount);
  pack.options.forEach((option, o) => {
    criterionIds.forEach((id, c) => {
      const value = Object.hasOwn(option.baseline, id) ? option.baseline[id] : undefined;
      baseline[o * criteriaCount + c] = typeof value === 'number' && Number.isFinite(value) ? clamp(value, PERFORMANCE.min, PERFORMANCE.max) : 0;
    });
  });

  const rules = pack.rules.map((rule): CompiledRule => {
    const bySlot = new Map<number, CompiledEffect>();
    for (const effect of rule.effects) {
      const option = optionAt.get(effect.option);
      const criterion = criterionAt.get(effect.criterion);
      if (option === undefined || criterion === undefined || !Number.isFinite(effect.delta)) continue;
      const slot = option * criteriaCount + criterion;
      const delta = (bySlot.get(slot)?.delta ?? 0) + effect.delta;
      bySlot.set(slot, { option, criterion, slot, delta });
    }
    return { id: rule.id, when: rule.when, test: compileCondition(rule.when, index), effects: [...bySlot.values()] };
  });
  const sumOrder = rules.map((_, position) => position).sort((a, b) => compareIds(rules[a]?.id ?? '', rules[b]?.id ?? '') || a - b);

  const guards = pack.guards.map((guard): CompiledGuard => ({
    id: guard.id,
    when: guard.when,
    test: compileCondition(guard.when, index),
    tri: compileTriCondition(guard.when, index),
    block: guard.severity === 'block',
    options: [...new Set(guard.options.flatMap((id) => (optionAt.has(id) ? [optionAt.get(id) ?? 0] : [])))],
  }));

  const byId = optionIds.map((_, o) => o).sort((a, b) => compareIds(optionIds[a] ?? '', optionIds[b] ?? '') || a - b);
  const idRank = new Int32Array(optionIds.length);
  byId.forEach((o, rank) => {
    idRank[o] = rank;
  });

  const defaultWeights = Float64Array.from(pack.criteria, (c) => (Number.isFinite(c.weight) ? clamp(c.weight, WEIGHT.min, WEIGHT.max) : 0));
  return { index, optionIds, criterionIds, defaultWeights, weightFrom, baseline, rules, sumOrder, guards, idRank };
}

const models = new WeakMap<Pack, Model>();

/** The compiled form of `pack`, memoised per pack object. */
export function packModel(pack: Pack): Model {
  let model = models.get(pack);
  if (!model) {
    model = compileModel(pack);
    models.set(pack, model);
  }
  return model;
}
