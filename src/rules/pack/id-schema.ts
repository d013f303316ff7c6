import * as z from 'zod/mini';

export { DEFAULT_TEXT_MAX_LENGTH } from '../limits';

/**
 * The id of a pack, section, question, choice, criterion or option. In a module of its own so that
 * what reads stored answers on the first screen (and the questionnaire's forms) do not bring the whole pack schema with it. Written with
 * zod/mini, which the first screen can afford; the pack schema (zod classic) composes it as it is.
 */
const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .check(z.maxLength(80), z.regex(idPattern, { message: 'bad-id' }));
