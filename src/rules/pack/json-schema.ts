import { z } from 'zod';
import { choiceSchema, conditionSchema, criterionSchema, guardSchema, localizedTextSchema, optionSchema, packSchema, questionSchema, ruleSchema, sectionSchema, sourceSchema } from './pack-schema';

/**
 * The JSON Schema of a rules pack (rules/rules.schema.json), generated from the zod schema so that
 * editors can autocomplete and check a pack while it is written. The parts get readable names.
 */

const named: [z.ZodType, string, string][] = [
  [localizedTextSchema, 'Text', 'A user-facing text in English and Japanese.'],
  [conditionSchema, 'Condition', 'all, any, not, or a question test (is, atLeast, atMost, includes, answered). See rules/README.md.'],
  [sourceSchema, 'Source', 'A source that rules, guards and questions cite by id.'],
  [choiceSchema, 'Choice', 'One answer of a choice or multi question; choices are ordered from the lowest level.'],
  [questionSchema, 'Question', 'A question: choice (one answer), multi (several) or text.'],
  [sectionSchema, 'Section', 'A page of the questionnaire.'],
  [criterionSchema, 'Criterion', 'What the executive cares about, with a default weight 0..5.'],
  [optionSchema, 'Option', 'An openness strategy, with a baseline 0..10 on every criterion.'],
  [ruleSchema, 'Rule', 'When the condition holds, each effect moves an option on a criterion.'],
  [guardSchema, 'Guard', 'When the condition holds, block (not recommended) or caution the options.'],
];

/** The pretty-printed JSON Schema text, ending with a newline. */
export function packJsonSchemaText(): string {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of named) registry.add(schema, { id, description });
  const schema = z.toJSONSchema(packSchema, { target: 'draft-2020-12', io: 'input', cycles: 'ref', reused: 'inline', metadata: registry });
  const document = {
    $schema: schema.$schema,
    title: 'Aperture rules pack',
    description: 'A questionnaire and how it is scored. Generated from src/rules/pack/pack-schema.ts by `npm run -s rules:schema`; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
