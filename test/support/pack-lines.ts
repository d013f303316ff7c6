import { packProblemLine } from '@/cli/pack-problem-line';
import type { LoadPackResult } from '@/rules/pack/load-pack';

/** A checked pack's problems as the CLI prints them (English lines, `<file>: <path>: <message>`); none when it loaded. */
export function packLines(result: LoadPackResult): string[] {
  return result.ok ? [] : result.problems.map((problem) => packProblemLine(problem, result.file));
}
