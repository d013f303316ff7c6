import type { Condition, Question } from './pack-schema';
import { quote, type PathPart } from '../problem-line';
import type { PathProblem } from '../schema-problems';
import { listOf, type Suggest } from './suggest';
import { MAX_CONDITION_DEPTH } from '../limits';


export type QuestionEntry = { question: Question; order: number };

export type ConditionContext = {
  questions: ReadonlyMap<string, QuestionEntry>;
  /** The pack check's bounded "did you mean". */
  suggest: Suggest;
  /** For showIf: the position of the question it belongs to; only earlier questions may be used. */
  before?: { order: number; id: string };
};

function unknownQuestion(id: string, path: PathPart[], ctx: ConditionContext): PathProblem {
  const guess = ctx.suggest.closest(id, ctx.questions.keys(), 'question');
  return { path, code: 'unknown-question', params: { id: quote(id), suggestion: guess ?? '' } };
}

/** Problems with each value of a leaf: every value must be one of the question's choices. */
function valueProblems(question: Question, values: string | string[], path: PathPart[], suggest: Suggest): PathProblem[] {
  if (question.kind === 'text') return [];
  const choices = question.choices.map((c) => c.value);
  const list = typeof values === 'string' ? [{ value: values, path }] : values.map((value, i) => ({ value, path: [...path, i] }));
  return list
    .filter((item) => !choices.includes(item.value))
    .map((item): PathProblem => {
      const guess = suggest.closest(item.value, choices, `choice of ${question.id}`);
      return { path: item.path, code: 'not-a-choice', params: { value: quote(item.value), question: question.id, choices: listOf(choices), suggestion: guess ?? '' } };
    });
}

type Leaf = Extract<Condition, { q: string }>;

function leafProblems(condition: Leaf, path: PathPart[], ctx: ConditionContext): PathProblem[] {
  const entry = ctx.questions.get(condition.q);
  if (!entry) return [unknownQuestion(condition.q, [...path, 'q'], ctx)];
  const { question } = entry;
  if (ctx.before) {
    if (condition.q === ctx.before.id) return [{ path: [...path, 'q'], code: 'show-if-self', params: {} }];
    if (entry.order > ctx.before.order) {
      return [{ path: [...path, 'q'], code: 'show-if-order', params: { question: condition.q, target: ctx.before.id } }];
    }
  }
  if ('answered' in condition) return [];
  const [operator, values] =
    'is' in condition ? (['is', condition.is] as const)
    : 'atLeast' in condition ? (['atLeast', condition.atLeast] as const)
    : 'atMost' in condition ? (['atMost', condition.atMost] as const)
    : (['includes', condition.includes] as const);
  const expected = operator === 'includes' ? 'multi' : 'choice';
  if (question.kind !== expected) {
    return [{ path: [...path, operator], code: 'wrong-test', params: { question: question.id, kind: question.kind, operator } }];
  }
  return valueProblems(question, values, [...path, operator], ctx.suggest);
}

/** Every reference problem of a condition: unknown questions, kinds, values, order and depth. */
export function conditionProblems(condition: Condition, path: PathPart[], ctx: ConditionContext, depth = 1): PathProblem[] {
  if (depth > MAX_CONDITION_DEPTH) {
    return [{ path, code: 'condition-too-deep', params: { limit: MAX_CONDITION_DEPTH } }];
  }
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionProblems(c, [...path, 'all', i], ctx, depth + 1));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionProblems(c, [...path, 'any', i], ctx, depth + 1));
  if ('not' in condition) return conditionProblems(condition.not, [...path, 'not'], ctx, depth + 1);
  return leafProblems(condition, path, ctx);
}
