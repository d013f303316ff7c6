import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack, Section } from '@/rules/pack/pack-schema';
import type { SectionValues } from './form-values';
import { buildSectionSchema } from './section-schema';

/**
 * The checks of a section's fields (zod and its resolver), in a chunk of their own: the first
 * question paints without them, and they are fetched while it is read (`loadSectionValidation`).
 * `current`: the stored answers with the section's fields applied (they decide what is shown).
 */
export function sectionSchemaResolver(section: Section, current: Answers, pack: Pack): Resolver<SectionValues> {
  const resolve = zodResolver(buildSectionSchema(section, current, pack), undefined, { raw: true });
  return (values, context, options) => resolve(values, context, options as Parameters<typeof resolve>[2]) as ReturnType<Resolver<SectionValues>>;
}
