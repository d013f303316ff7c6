import type { Condition } from '@/rules/pack/pack-schema';
import type { Model } from '../score/model';

function conditionQuestions(condition: Condition, into: Set<string>): void {
  if ('all' in condition) for (const c of condition.all) conditionQuestions(c, into);
  else if ('any' in condition) for (const c of condition.any) conditionQuestions(c, into);
  else if ('not' in condition) conditionQuestions(condition.not, into);
  else into.add(condition.q);
}

/**
 * Every question a condition can depend on: the questions it tests and, through their `showIf`,
 * the questions that decide whether those are visible. Static: whatever the logic of a test, its
 * outcome can only change when one of these answers changes.
 */
export function dependencies(model: Pick<Model, 'index'>, condition: Condition): ReadonlySet<string> {
  const found = new Set<string>();
  conditionQuestions(condition, found);
  const queue = [...found];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const showIf = model.index.questions.get(id)?.question.showIf;
    if (!showIf) continue;
    const more = new Set<string>();
    conditionQuestions(showIf, more);
    for (const q of more) {
      if (!found.has(q)) {
        found.add(q);
        queue.push(q);
      }
    }
  }
  return found;
}

/**
 * Per question (by position): the rules and the guards whose outcome can change when its answer
 * changes; per slot: the rules with an effect there and their delta, in the order totals are summed.
 * The two marks are scratch space for one evaluation at a time (the engine is single-threaded).
 */
export type Dependents = {
  readonly rules: readonly (readonly number[])[];
  readonly guards: readonly (readonly number[])[];
  readonly slotRules: readonly (readonly { readonly rule: number; readonly delta: number }[])[];
  readonly slotMark: Uint8Array;
  readonly guardMark: Uint8Array;
};

const cache = new WeakMap<Model, Dependents>();

/** The dependents of every question of the model, worked out once per model. */
export function dependentsOf(model: Model): Dependents {
  const known = cache.get(model);
  if (known) return known;
  const count = model.index.questionList.length;
  const rules: number[][] = Array.from({ length: count }, () => []);
  const guards: number[][] = Array.from({ length: count }, () => []);
  const add = (into: number[][], condition: Condition, position: number) => {
    for (const id of dependencies(model, condition)) {
      const order = model.index.questions.get(id)?.order;
      if (order !== undefined) into[order]?.push(position);
    }
  };
  model.rules.forEach((rule, r) => add(rules, rule.when, r));
  model.guards.forEach((guard, g) => add(guards, guard.when, g));
  const slotRules: { rule: number; delta: number }[][] = Array.from({ length: model.baseline.length }, () => []);
  for (const position of model.sumOrder) for (const effect of model.rules[position]?.effects ?? []) slotRules[effect.slot]?.push({ rule: position, delta: effect.delta });
  const found = { rules, guards, slotRules, slotMark: new Uint8Array(model.baseline.length), guardMark: new Uint8Array(model.guards.length) };
  cache.set(model, found);
  return found;
}
