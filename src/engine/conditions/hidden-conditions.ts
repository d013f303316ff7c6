import type { Condition, Pack } from '@/rules/pack/pack-schema';
import { questionsOf } from '../express/abstract-state';
import { NONE, type AnswerState } from '../score/answer-state';
import { compileCondition, resolveVisibility } from './conditions';
import { packIndex, type IndexedQuestion, type PackIndex } from '../score/pack-index';

/** Combinations of answers tried per condition; a condition needing more is not analysed (never a false warning). */
export const MAX_HIDDEN_COMBINATIONS = 50_000;
/** A multi-choice question with more choices than this is not enumerated (its condition is not analysed). */
const MAX_MULTI_CHOICES = 8;

/**
 * A rule or guard whose condition could hold if every question were shown, but never holds as the
 * questionnaire runs: each way of making it true needs an answer to a question (`questions`) that
 * its `showIf` hides in exactly those answer sets. The rule never fires; the guard never blocks.
 */
export type HiddenCondition = { kind: 'rule' | 'guard'; position: number; id: string; questions: string[] };

/** One question's possible answers as (code, multi set) pairs: no answer, then each choice or non-empty subset. */
function valuesOf(entry: IndexedQuestion): { code: number; multi?: ReadonlySet<string> }[] | undefined {
  const { question } = entry;
  if (question.kind === 'text') return [{ code: NONE }, { code: 0 }];
  if (question.kind === 'choice') return [{ code: NONE }, ...question.choices.map((_, code) => ({ code }))];
  if (question.choices.length > MAX_MULTI_CHOICES) return undefined;
  const values: { code: number; multi?: ReadonlySet<string> }[] = [{ code: NONE }];
  for (let mask = 1; mask < 1 << question.choices.length; mask += 1) {
    values.push({ code: 0, multi: new Set(question.choices.filter((_, i) => (mask & (1 << i)) !== 0).map((c) => c.value)) });
  }
  return values;
}

/** The condition's questions and, transitively, the questions their `showIf` reads, in pack order. */
function relevantQuestions(condition: Condition, index: PackIndex): IndexedQuestion[] {
  const ids = questionsOf(condition);
  const queue = [...ids];
  while (queue.length > 0) {
    const showIf = index.questions.get(queue.pop() ?? '')?.question.showIf;
    if (!showIf) continue;
    for (const id of questionsOf(showIf)) {
      if (!ids.has(id)) {
        ids.add(id);
        queue.push(id);
      }
    }
  }
  return index.questionList.filter((entry) => ids.has(entry.question.id));
}

/**
 * Whether `condition` is true for some answers with every question shown, yet false for all
 * answers once `showIf` hides questions; if so, the condition's questions that are hidden in every
 * answer set that would make it true. Exhaustive over the questions involved; undefined when too
 * many combinations (or the condition is satisfiable as the questionnaire runs).
 */
function hiddenQuestionsOf(condition: Condition, index: PackIndex): string[] | undefined {
  const relevant = relevantQuestions(condition, index);
  const values = relevant.map(valuesOf);
  if (values.some((v) => v === undefined)) return undefined;
  const options = values as { code: number; multi?: ReadonlySet<string> }[][];
  const combinations = options.reduce((n, v) => n * v.length, 1);
  if (combinations > MAX_HIDDEN_COMBINATIONS) return undefined;
  const test = compileCondition(condition, index);
  const own = new Set(questionsOf(condition));
  const count = index.questionList.length;
  const code = new Int32Array(count).fill(NONE);
  const multi: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(count).fill(undefined);
  const raw: AnswerState = { code, multi };
  const visibleCode = new Int32Array(count);
  const shown = new Uint8Array(count);
  let alwaysHidden: Set<string> | undefined;
  const sometimesHidden = new Set<string>();
  const digits = new Array<number>(relevant.length).fill(0);
  for (let n = 0; n < combinations; n += 1) {
    relevant.forEach((entry, i) => {
      const value = options[i]?.[digits[i] ?? 0];
      code[entry.order] = value?.code ?? NONE;
      multi[entry.order] = value?.multi;
    });
    const { state } = resolveVisibility(index, raw, visibleCode, shown);
    if (test(state)) return undefined;
    if (test(raw)) {
      const hidden = relevant.filter((entry) => own.has(entry.question.id) && shown[entry.order] !== 1).map((entry) => entry.question.id);
      alwaysHidden = alwaysHidden ? new Set(hidden.filter((id) => alwaysHidden?.has(id))) : new Set(hidden);
      for (const id of hidden) sometimesHidden.add(id);
    }
    for (let i = 0; i < digits.length; i += 1) {
      digits[i] = (digits[i] ?? 0) + 1;
      if ((digits[i] ?? 0) < (options[i]?.length ?? 1)) break;
      digits[i] = 0;
    }
  }
  if (!alwaysHidden) return undefined;
  // Different ways of making it true may need different hidden questions: then name them all.
  const named = alwaysHidden.size > 0 ? alwaysHidden : sometimesHidden;
  return own.size > 0 ? relevant.map((e) => e.question.id).filter((id) => named.has(id)) : [];
}

/**
 * Rules and guards that can never be true because a question they need is hidden exactly when the
 * rest of their condition holds (pack order: rules, then guards). Sound: a listed rule never fires
 * for any answers; a condition over too many combinations is not analysed. Pure.
 */
export function hiddenConditions(pack: Pack): HiddenCondition[] {
  const index = packIndex(pack);
  const check = (kind: HiddenCondition['kind'], items: readonly { readonly id: string; readonly when: Condition }[]) =>
    items.flatMap((item, position) => {
      const questions = hiddenQuestionsOf(item.when, index);
      return questions ? [{ kind, position, id: item.id, questions }] : [];
    });
  return [...check('rule', pack.rules), ...check('guard', pack.guards)];
}
