import '@/i18n/domains/pack-problems';
import { isMessageKey, translate } from '@/i18n/t';
import { describePackProblem, type PackProblemTranslate } from '@/rules/pack/describe-pack-problem';
import type { PackProblem } from '@/rules/pack/pack-problem';

/** The English `packProblems` texts: the words of every problem line. */
const english: PackProblemTranslate = (key, params) => (isMessageKey(key) ? translate('en', key, params) : key);

/**
 * A pack problem as its line (DESIGN.md "The loader"): `<file>: <path>: <message>`, the message
 * in English from the same texts the app shows; line breaks anywhere become spaces.
 */
export function packProblemLine(problem: PackProblem, file?: string): string {
  const line = [file, problem.path, describePackProblem(problem, english)].filter((part) => part !== undefined && part !== '').join(': ');
  return line.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
