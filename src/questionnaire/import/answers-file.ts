import { ANSWERS_FORMAT } from '@/rules/answers/answer-formats';
import type { Answers, AnswersFile, Respondent } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { downloadText, fileDate } from '@/ui/download-file';

/** The respondent without blank fields, or undefined when every field is blank. */
export function cleanRespondent(respondent: Respondent): Respondent | undefined {
  const kept = Object.fromEntries(Object.entries(respondent).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  return Object.keys(kept).length > 0 ? (kept as Respondent) : undefined;
}

/** The answers file of DESIGN.md ("Files that travel"). Pure. */
export function buildAnswersFile(pack: Pack, answers: Answers, respondent: Respondent, savedAt: Date): AnswersFile {
  const who = cleanRespondent(respondent);
  return {
    format: ANSWERS_FORMAT,
    rules: { id: pack.id, version: pack.version },
    ...(who ? { respondent: who } : {}),
    answers: { ...answers },
    savedAt: savedAt.toISOString(),
  };
}

export function answersFileName(date: Date): string {
  return `aperture-answers-${fileDate(date)}.json`;
}

/** Downloads the answers as `aperture-answers-<date>.json`. */
export function downloadAnswersFile(pack: Pack, answers: Answers, respondent: Respondent, now = new Date()): void {
  downloadText(answersFileName(now), `${JSON.stringify(buildAnswersFile(pack, answers, respondent, now), null, 2)}\n`);
}
