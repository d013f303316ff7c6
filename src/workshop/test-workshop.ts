import { ANSWERS_FORMAT, type Answers, type AnswersFile } from '@/rules/answers-schema';
import { packSchema } from '@/rules/pack-schema';
import packJson from '../../test/fixtures/packs/workshop-three.json';

/**
 * Test data for the workshop feature: the three-option pack of test/fixtures (alpha, beta, gamma;
 * q.level low/mid/high moves gamma a lot, q.minor barely) and answers files for it.
 */
export const testPack = packSchema.parse(packJson);

export function answersFile(answers: Answers, name?: string, rules = { id: testPack.id, version: testPack.version }): AnswersFile {
  return { format: ANSWERS_FORMAT, rules, ...(name ? { respondent: { name } } : {}), answers };
}

export function answersText(answers: Answers, name?: string, rules?: { id: string; version: string }): string {
  return JSON.stringify(answersFile(answers, name, rules));
}
