import { z } from 'zod';
import { DEFAULT_TEXT_MAX_LENGTH, idSchema } from './id-schema';
import { DELTA, MAX_TEXT_ANSWER, PERFORMANCE, WEIGHT } from '../limits';
import { ACTION_KINDS, DISCLOSURE_COMPONENTS, DISCLOSURE_STATES, HORIZONS, PHASES, type DisclosureComponent } from './pack-vocabulary';

/**
 * The rules pack: one JSON file holds a whole questionnaire and how it is scored (DESIGN.md).
 * This schema is the single definition: types come from it, and rules/rules.schema.json is
 * generated from it. Cross-references (ids that must exist) are checked by load-pack.ts.
 */

export const PACK_FORMAT = 'aperture-rules/1';

export { DEFAULT_TEXT_MAX_LENGTH, idSchema };

/** Every user-facing text exists in English and Japanese. */
export const localizedTextSchema = z.strictObject({
  en: z.string().trim().min(1).max(4000),
  ja: z.string().trim().min(1).max(4000),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const valueOrValues = z.union([idSchema, z.array(idSchema).min(1).max(50)]);

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { q: string; is: string | string[] }
  | { q: string; atLeast: string }
  | { q: string; atMost: string }
  | { q: string; includes: string | string[] }
  | { q: string; answered: boolean };

/** The rule language: a small, closed set of operators (rules/README.md). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1).max(100) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(100) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ q: idSchema, is: valueOrValues }),
    z.strictObject({ q: idSchema, atLeast: idSchema }),
    z.strictObject({ q: idSchema, atMost: idSchema }),
    z.strictObject({ q: idSchema, includes: valueOrValues }),
    z.strictObject({ q: idSchema, answered: z.boolean() }),
  ]),
);

/**
 * A source's citation: one text for both languages (a plain string, as older packs have it), or
 * `{en, ja}` when the Japanese reader needs its own (a Japanese title, a translated description).
 */
export const citationSchema = z.union([
  z.string().trim().min(1).max(1000),
  z.strictObject({ en: z.string().trim().min(1).max(1000), ja: z.string().trim().min(1).max(1000) }),
]);
export type Citation = z.infer<typeof citationSchema>;

export const sourceSchema = z.strictObject({
  id: idSchema,
  citation: citationSchema,
  url: z.url({ protocol: /^https?$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const choiceSchema = z.strictObject({
  value: idSchema,
  label: localizedTextSchema,
});
export type Choice = z.infer<typeof choiceSchema>;

export const OWNERS = ['executive', 'legal', 'data', 'engineering', 'product', 'security', 'community'] as const;
export type Owner = (typeof OWNERS)[number];

/** Where the company can move an answer by building a capability (DOMAIN.md: pilot → community → licence → governance). */
export const IMPROVEMENT_DIRECTIONS = ['up', 'down'] as const;

/**
 * A capability the company can build: the answer may improve along `direction` (`up`: towards the
 * later choices; `down`: towards the earlier ones). `steps` gives, for every choice reached by one
 * step, the typical time to reach it from the choice before it; `owner` builds it; `actions` name
 * the options' actions (by option id and 0-based position) that build it. Choice questions only.
 */
export const actionableSchema = z.strictObject({
  direction: z.enum(IMPROVEMENT_DIRECTIONS),
  owner: z.enum(OWNERS),
  steps: z.record(idSchema, z.enum(HORIZONS)),
  actions: z
    .array(z.strictObject({ option: idSchema, action: z.int().min(0).max(19) }))
    .max(20)
    .optional(),
});
export type Actionable = z.infer<typeof actionableSchema>;

const questionBase = {
  id: idSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** Source id backing the "why we ask" help. */
  source: z.optional(idSchema),
  required: z.boolean().optional(),
  showIf: conditionSchema.optional(),
  /** Optional: the company can change this answer by building a capability (choice questions only). */
  actionable: actionableSchema.optional(),
};

export const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  allowUnsure: z.boolean().optional(),
  /** Ordered: the first choice is the lowest level (atLeast / atMost use this order). */
  choices: z.array(choiceSchema).min(2).max(30),
});

export const multiQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('multi'),
  choices: z.array(choiceSchema).min(1).max(30),
});

export const textQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  /** Longest accepted answer in characters (default 2000). */
  maxLength: z.int().min(1).max(MAX_TEXT_ANSWER).optional(),
  multiline: z.boolean().optional(),
});

export const questionSchema = z.discriminatedUnion('kind', [
  choiceQuestionSchema,
  multiQuestionSchema,
  textQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type TextQuestion = z.infer<typeof textQuestionSchema>;

export const sectionSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  intro: localizedTextSchema.optional(),
  questions: z.array(questionSchema).min(1).max(200),
});
export type Section = z.infer<typeof sectionSchema>;

export const weightSchema = z.number().min(WEIGHT.min).max(WEIGHT.max);

export const criterionSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Default weight, 0..5. */
  weight: weightSchema,
  /** Optional: a choice question whose answer sets the weight; every choice must be mapped. */
  weightFrom: z
    .strictObject({
      question: idSchema,
      weights: z.record(idSchema, weightSchema),
    })
    .optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export { ACTION_KINDS, DISCLOSURE_COMPONENTS, DISCLOSURE_STATES, HORIZONS, PHASES } from './pack-vocabulary';
export type { DisclosureComponent, DisclosureState, Horizon, Phase } from './pack-vocabulary';

export const actionSchema = z.strictObject({
  text: localizedTextSchema,
  horizon: z.enum(HORIZONS),
  owner: z.enum(OWNERS),
  phase: z.enum(PHASES),
  kind: z.enum(ACTION_KINDS).optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const riskSchema = z.strictObject({
  text: localizedTextSchema,
  mitigation: localizedTextSchema,
});
export type Risk = z.infer<typeof riskSchema>;

export const LICENCE_KINDS = ['proprietary', 'restricted', 'open'] as const;

export const optionSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  /** Performance 0..10 on every criterion of the pack. */
  baseline: z.record(idSchema, z.number().min(PERFORMANCE.min).max(PERFORMANCE.max)),
  actions: z.array(actionSchema).min(1).max(20),
  risks: z.array(riskSchema).min(1).max(20),
  disclosure: z.strictObject(
    Object.fromEntries(DISCLOSURE_COMPONENTS.map((c) => [c, z.enum(DISCLOSURE_STATES)])) as Record<
      DisclosureComponent,
      z.ZodEnum<{ release: 'release'; withhold: 'withhold'; later: 'later' }>
    >,
  ),
  /**
   * The licence of what the option releases: `open` (OSI-approved terms), `restricted`
   * (use, scale or revenue conditions) or `proprietary`. Decides the MOF class and OSAID check.
   */
  licence: z.strictObject({ kind: z.enum(LICENCE_KINDS), text: localizedTextSchema }),
  talkingPoints: z.array(localizedTextSchema).min(3).max(5),
});
export type Option = z.infer<typeof optionSchema>;

export const effectSchema = z.strictObject({
  option: idSchema,
  criterion: idSchema,
  delta: z.number().min(DELTA.min).max(DELTA.max),
});
export type Effect = z.infer<typeof effectSchema>;

export const ruleSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema,
  effects: z.array(effectSchema).min(1).max(100),
  because: localizedTextSchema,
  source: idSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

export const guardSchema = z.strictObject({
  id: idSchema,
  options: z.array(idSchema).min(1).max(50),
  severity: z.enum(['block', 'caution']),
  when: conditionSchema,
  because: localizedTextSchema,
  source: idSchema,
});
export type Guard = z.infer<typeof guardSchema>;

/** An answer in a pack's expectation case: a choice, the values of a multi question, or "not sure". */
const caseAnswerSchema = z.union([z.string().max(2000), z.array(z.string().max(200)).max(30), z.strictObject({ unsure: z.literal(true) })]);

/**
 * "Raising `question` never makes one of `options` first" (`becomes-first`), or "… never makes one
 * of them lose first place" (`loses-first`): checked by `rules:check --deep` over seeded random
 * answer sets, moving the question up one level at a time.
 */
export const monotoneExpectationSchema = z.strictObject({
  id: idSchema,
  question: idSchema,
  options: z.array(idSchema).min(1).max(50),
  never: z.enum(['becomes-first', 'loses-first']),
  description: localizedTextSchema.optional(),
});
export type MonotoneExpectation = z.infer<typeof monotoneExpectationSchema>;

/** A set of answers and what it must give: the first option is one of `first`; none of `notRecommended` is recommended. */
export const caseExpectationSchema = z.strictObject({
  id: idSchema,
  answers: z.record(idSchema, caseAnswerSchema),
  first: z.array(idSchema).min(1).max(50).optional(),
  notRecommended: z.array(idSchema).min(1).max(50).optional(),
  description: localizedTextSchema.optional(),
});
export type CaseExpectation = z.infer<typeof caseExpectationSchema>;

export const expectationsSchema = z.strictObject({
  monotone: z.array(monotoneExpectationSchema).max(200).optional(),
  cases: z.array(caseExpectationSchema).max(500).optional(),
});
export type Expectations = z.infer<typeof expectationsSchema>;

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(PACK_FORMAT),
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'bad-version' }),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  sources: z.array(sourceSchema).min(1).max(500),
  criteria: z.array(criterionSchema).min(1).max(50),
  sections: z.array(sectionSchema).min(1).max(50),
  options: z.array(optionSchema).min(2).max(50),
  rules: z.array(ruleSchema).max(2000),
  guards: z.array(guardSchema).max(500),
  /**
   * The questions without whose answer no option is recommended (e.g. the business model): while
   * one of them is shown but unanswered or "not sure", the result asks for them first.
   */
  decisive: z.array(idSchema).max(50).optional(),
  /** What the pack's authors expect of it, verified by `rules:check --deep`. */
  expectations: expectationsSchema.optional(),
});
export type Pack = z.infer<typeof packSchema>;
export type PackRef = { id: string; version: string };
