import { parseAnswersJson, type AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';

/** What the page asks the answers-check worker: the texts of answers files (it answers their checks, in order). */
export type AnswersCheckRequest = { pack: Pack; texts: readonly string[] };

/** Parses and checks the texts of answers files against a pack (the worker's work, and the fallback's). Never throws. */
export function checkAnswersTexts({ pack, texts }: AnswersCheckRequest): AnswersCheck[] {
  return texts.map((text) => parseAnswersJson(pack, text));
}
