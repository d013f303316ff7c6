import { isUnsure, type AnswerValue, type Answers } from '@/rules/answers/answers-schema';

/**
 * A what-if scenario: answer and weight overrides on top of the user's own answers. It lives only
 * in the results screen and is never written back to the stored answers.
 */

/** An overridden answer; `null` means "not answered". */
export type AnswerOverride = AnswerValue | null;

export type Scenario = {
  readonly answers: Readonly<Record<string, AnswerOverride>>;
  readonly weights: Readonly<Record<string, number>>;
};

export type ScenarioAction =
  | { type: 'answer.set'; question: string; value: AnswerOverride; original: AnswerValue | undefined }
  | { type: 'answer.clear'; question: string }
  | { type: 'weight.set'; criterion: string; value: number; original: number }
  | { type: 'weight.clear'; criterion: string }
  | { type: 'scenario.reset' }
  /** Replaces the scenario by these answers on the user's own weights (e.g. a path's checkpoints). */
  | { type: 'scenario.replace'; answers: readonly { question: string; value: AnswerOverride; original: AnswerValue | undefined }[] };

export const EMPTY_SCENARIO: Scenario = { answers: {}, weights: {} };

function isEmptyAnswer(value: AnswerOverride | undefined): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '';
}

/** Whether two answers mean the same (multi answers compare as sets; empty equals unanswered). */
export function sameAnswer(a: AnswerOverride | undefined, b: AnswerOverride | undefined): boolean {
  if (isEmptyAnswer(a) || isEmptyAnswer(b)) return isEmptyAnswer(a) && isEmptyAnswer(b);
  if (isUnsure(a ?? undefined) || isUnsure(b ?? undefined)) return isUnsure(a ?? undefined) && isUnsure(b ?? undefined);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  return a === b;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** Applies one change; an override that equals the user's own answer or weight is dropped. */
export function scenarioReducer(state: Scenario, action: ScenarioAction): Scenario {
  switch (action.type) {
    case 'answer.set':
      return sameAnswer(action.value, action.original)
        ? { ...state, answers: without(state.answers, action.question) }
        : { ...state, answers: { ...state.answers, [action.question]: action.value } };
    case 'answer.clear':
      return { ...state, answers: without(state.answers, action.question) };
    case 'weight.set':
      return action.value === action.original
        ? { ...state, weights: without(state.weights, action.criterion) }
        : { ...state, weights: { ...state.weights, [action.criterion]: action.value } };
    case 'weight.clear':
      return { ...state, weights: without(state.weights, action.criterion) };
    case 'scenario.reset':
      return EMPTY_SCENARIO;
    case 'scenario.replace':
      return action.answers.reduce((state, a) => scenarioReducer(state, { type: 'answer.set', ...a }), EMPTY_SCENARIO);
  }
}

export function isScenarioActive(scenario: Scenario): boolean {
  return Object.keys(scenario.answers).length > 0 || Object.keys(scenario.weights).length > 0;
}

/** The user's answers with the scenario's answer overrides applied (inputs untouched). */
export function applyScenario(answers: Answers, overrides: Scenario['answers']): Answers {
  const next: Record<string, AnswerValue> = { ...answers };
  for (const [question, value] of Object.entries(overrides)) {
    if (value === null) delete next[question];
    else next[question] = value;
  }
  return next;
}
