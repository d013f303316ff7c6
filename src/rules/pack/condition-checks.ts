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

const KIND_WORDS = { choice: 'a choice question', multi: 'a multi question', text: 'a text question' } as const;

function unknownQuestion(id: string, path: PathPart[], ctx: ConditionContext): PathProblem {
  const guess = ctx.suggest.closest(id, ctx.questions.keys(), 'a question');
  const message = `${quote(id)} is not a question of this pack${guess ? ` (did you mean ${guess}?)` : ''}`;
  return { path, message, code: 'unknown-question', params: { id: quote(id), suggestion: guess ?? '' } };
}

/** Problems with each value of a leaf: every value must be one of the question's choices. */
function valueProblems(question: Question, values: string | string[], path: PathPart[], suggest: Suggest): PathProblem[] {
  if (question.kind === 'text') return [];
  const choices = question.choices.map((c) => c.value);
  const list = typeof values === 'string' ? [{ value: values, path }] : values.map((value, i) => ({ value, path: [...path, i] }));
  return list
    .filter((item) => !choices.includes(item.value))
    .map((item) => {
      const guess = suggest.closest(item.value, choices, `a choice of ${question.id}`);
      return {
        path: item.path,
        message: `${quote(item.value)} is not a choice of ${question.id} (${listOf(choices)})${guess ? `; did you mean ${guess}?` : ''}`,
        code: 'not-a-choice',
        params: { value: quote(item.value), question: question.id, choices: listOf(choices), suggestion: guess ?? '' },
      };
    });
}

type Leaf = Extract<Condition, { q: string }>;

function leafProblems(condition: Leaf, path: PathPart[], ctx: ConditionContext): PathProblem[] {
  const entry = ctx.questions.get(condition.q);
  if (!entry) return [unknownQuestion(condition.q, [...path, 'q'], ctx)];
  const { question } = entry;
  if (ctx.before) {
    if (condition.q === ctx.before.id) return [{ path: [...path, 'q'], message: `a question cannot be shown depending on its own answer`, code: 'show-if-self' }];
    if (entry.order > ctx.before.order) {
      const params = { question: condition.q, target: ctx.before.id };
      return [{ path: [...path, 'q'], message: `${condition.q} comes after ${ctx.before.id}; showIf can only use earlier questions`, code: 'show-if-order', params }];
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
    const advice = operator === 'includes' ? 'includes tests a multi question (several answers); use is for a choice question' : `${operator} tests a choice question${question.kind === 'multi' ? '; use includes for a multi question' : ''}`;
    const params = { question: question.id, kind: question.kind, operator };
    return [{ path: [...path, operator], message: `${question.id} is ${KIND_WORDS[question.kind]}: ${advice}`, code: 'wrong-test', params }];
  }
  return valueProblems(question, values, [...path, operator], ctx.suggest);
}

/** Every reference problem of a condition: unknown questions, kinds, values, order and depth. */
export function conditionProblems(condition: Condition, path: PathPart[], ctx: ConditionContext, depth = 1): PathProblem[] {
  if (depth > MAX_CONDITION_DEPTH) {
    return [{ path, message: `conditions are nested more than ${MAX_CONDITION_DEPTH} levels deep; simplify this condition`, code: 'condition-too-deep', params: { limit: MAX_CONDITION_DEPTH } }];
  }
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionProblems(c, [...path, 'all', i], ctx, depth + 1));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionProblems(c, [...path, 'any', i], ctx, depth + 1));
  if ('not' in condition) return conditionProblems(condition.not, [...path, 'not'], ctx, depth + 1);
  return leafProblems(condition, path, ctx);
}
