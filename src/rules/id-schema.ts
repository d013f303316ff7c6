import { z } from 'zod';

export { DEFAULT_TEXT_MAX_LENGTH } from './limits';

/**
 * The id of a pack, section, question, choice, criterion or option. In a module of its own so that
 * what reads stored answers on the first screen (and the questionnaire's forms) do not bring the whole pack schema with it.
 */
const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .max(80)
  .regex(idPattern, { message: 'must be lower-case letters, digits, "." or "-" (e.g. "data.uniqueness")' });
