import { isAnswered, shownQuestions } from '@/engine/conditions/visibility';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { Pack, Question, Section } from '@/rules/pack/pack-schema';

/**
 * Where the questionnaire can go, as pure functions of the pack and the answers. A section is
 * shown when at least one of its questions is; hidden questions keep their answers but are
 * neither shown, counted nor scored.
 */

export type SectionStatus = 'complete' | 'incomplete' | 'not-started';

export type Progress = {
  /** 1-based position of the section among the shown sections (0 when not in a section). */
  section: number;
  sections: number;
  answered: number;
  questions: number;
};

export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

export function hasAnswer(answers: Answers, questionId: string): boolean {
  return isAnswered(answerOf(answers, questionId));
}

/** Whether a question is shown: `shownQuestions` of the answers, worked out once per call below. */
type Shown = (questionId: string) => boolean;

const shownIn = (section: Section, shown: Shown): Question[] => section.questions.filter((question) => shown(question.id));
const anyShownIn = (section: Section, shown: Shown): boolean => section.questions.some((question) => shown(question.id));

export function visibleQuestions(pack: Pack, section: Section, answers: Answers): Question[] {
  return shownIn(section, shownQuestions(pack, answers));
}

export function isSectionVisible(pack: Pack, section: Section, answers: Answers): boolean {
  return anyShownIn(section, shownQuestions(pack, answers));
}

export function visibleSections(pack: Pack, answers: Answers): Section[] {
  const shown = shownQuestions(pack, answers);
  return pack.sections.filter((section) => anyShownIn(section, shown));
}

export function findSection(pack: Pack, sectionId: string | undefined): Section | undefined {
  return sectionId === undefined ? undefined : pack.sections.find((section) => section.id === sectionId);
}

export function sectionOfQuestion(pack: Pack, questionId: string): Section | undefined {
  return pack.sections.find((section) => section.questions.some((question) => question.id === questionId));
}

export function findQuestion(pack: Pack, questionId: string): Question | undefined {
  return sectionOfQuestion(pack, questionId)?.questions.find((question) => question.id === questionId);
}

/** The first shown section, or undefined when every question is hidden. */
export function firstSectionId(pack: Pack, answers: Answers): string | undefined {
  return visibleSections(pack, answers)[0]?.id;
}

/** The next shown section after `sectionId` in pack order (skipping hidden ones), or undefined after the last. */
export function nextSectionId(pack: Pack, answers: Answers, sectionId: string): string | undefined {
  const at = pack.sections.findIndex((section) => section.id === sectionId);
  const shown = shownQuestions(pack, answers);
  return pack.sections.slice(at + 1).find((section) => anyShownIn(section, shown))?.id;
}

/** The shown section before `sectionId`, or undefined before the first. */
export function previousSectionId(pack: Pack, answers: Answers, sectionId: string): string | undefined {
  const at = pack.sections.findIndex((section) => section.id === sectionId);
  if (at <= 0) return undefined;
  const shown = shownQuestions(pack, answers);
  return pack.sections
    .slice(0, at)
    .reverse()
    .find((section) => anyShownIn(section, shown))?.id;
}

/** Not started: nothing shown is answered; complete: every shown required question is answered. */
export function sectionStatus(pack: Pack, section: Section, answers: Answers): SectionStatus {
  const shown = visibleQuestions(pack, section, answers);
  if (!shown.some((question) => hasAnswer(answers, question.id))) return 'not-started';
  const missing = shown.some((question) => question.required === true && !hasAnswer(answers, question.id));
  return missing ? 'incomplete' : 'complete';
}

/** Shown required questions without an answer, in pack order ("not sure" counts as an answer). */
export function missingRequired(pack: Pack, answers: Answers): Question[] {
  const shown = shownQuestions(pack, answers);
  return pack.sections.flatMap((section) => shownIn(section, shown).filter((question) => question.required === true && !hasAnswer(answers, question.id)));
}

/**
 * Whether a question counts in the questionnaire's numbers (the start screen's "N questions", the
 * answered count): every question but free text the user may leave empty, which never changes a
 * score (the count the results, the workshop and the report use) and would otherwise stay
 * "unanswered" in a finished questionnaire.
 */
export function countsInProgress(question: Question): boolean {
  return question.kind !== 'text' || question.required === true;
}

/** Section k of n and answered m of the shown questions that count (`countsInProgress`). */
export function progressOf(pack: Pack, answers: Answers, sectionId?: string): Progress {
  const shown = shownQuestions(pack, answers);
  const sections = pack.sections.filter((section) => anyShownIn(section, shown));
  const questions = sections.flatMap((section) => shownIn(section, shown)).filter(countsInProgress);
  return {
    section: sections.findIndex((section) => section.id === sectionId) + 1,
    sections: sections.length,
    answered: questions.filter((question) => hasAnswer(answers, question.id)).length,
    questions: questions.length,
  };
}

/** How many of the pack's questions the answers keep hidden now: questions that other answers may still bring in. */
export function hiddenQuestionCount(pack: Pack, answers: Answers): number {
  const all = pack.sections.reduce((sum, section) => sum + section.questions.filter(countsInProgress).length, 0);
  return all - progressOf(pack, answers).questions;
}

/** Where "continue" leads: `preferred` when it is still shown, else the first section not complete; undefined means the review. */
export function resumeSectionId(pack: Pack, answers: Answers, preferred?: string): string | undefined {
  const sections = visibleSections(pack, answers);
  if (preferred !== undefined && sections.some((section) => section.id === preferred)) return preferred;
  return sections.find((section) => sectionStatus(pack, section, answers) !== 'complete')?.id;
}
