import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { Paper } from '@/report/model/report-model-types';
import type { Pack } from '@/rules/pack/pack-schema';
import type { Lang } from '@/i18n/messages';
import { applySectionAnswers, overlongAnswer } from '../form/form-values';
import { findQuestion, isSectionVisible, findSection, sectionOfQuestion } from './navigation';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import { packFingerprints } from '../storage/fingerprints';
import { storableDraftValue, type Draft, type Position, type Screen, type SessionContent, type SessionRecord } from '../storage/session-storage';

/** The data the questionnaire machine holds (its finite states hold where the user is). */

export type ReturnTo = 'review' | 'results';
export type { Paper };
/** `target`: the option whose staged path the report's roadmap shows (default: the next more open one). */
export type ExportRequest = { lang: Lang; paper?: Paper; target?: string };
export type ExportInput = { pack: Pack; answers: Answers; respondent?: Respondent; lang: Lang; paper?: Paper; target?: string };
export type ExportOutput = { fileName: string; replaced: string[] };

export type QuestionnaireContext = {
  pack: Pack;
  /** Committed answers: the single source of truth for scoring. */
  answers: Answers;
  respondent: Respondent;
  /** Fields of the current section being edited (kept so that a reload loses nothing). */
  draft: Draft | undefined;
  /** The current section, or the last one visited. */
  sectionId: string | undefined;
  /** After saving the section, go back to this screen instead of the next section. */
  returnTo: ReturnTo | undefined;
  /** The question to focus when the section opens ("change" links). */
  focusQuestion: string | undefined;
  /** Where the session resumes (from storage, or from another tab's newer record). */
  resumeAt: Position;
  revision: number;
  writer: string;
  savedAt: string | undefined;
  /** A newer record saved by another tab, waiting for the user's choice. */
  newer: SessionRecord | undefined;
  /** How many times this tab has taken another tab's newer answers: a form on screen starts again from them each time. */
  loadedNewer: number;
  saveFailed: boolean;
  exportRequest: ExportRequest | undefined;
  exportNotice: ExportOutput | undefined;
  /** Where the autosave keeps this session (undefined: the user's own answers of the pack). */
  storageKey: string | undefined;
  /** The questions the express path has put to the user, in order. */
  asked: string[];
  /** The question the express path is asking, if any. */
  expressQuestion: string | undefined;
};

export type QuestionnaireInput = {
  pack: Pack;
  /** The stored session, already checked against the pack (session-storage.ts `loadSession`). */
  record?: SessionRecord;
  /** Tells this tab's records from other tabs' (a random id per page load). */
  writer: string;
  /** Keep the session under this key instead of the user's own (a participant answering in turn). */
  storageKey?: string;
  /** Who answers, when nothing is stored yet (a participant answering in turn). */
  respondent?: Respondent;
};

export function initialContext({ pack, record, writer, storageKey, respondent }: QuestionnaireInput): QuestionnaireContext {
  const position = record?.position ?? { screen: 'start' };
  return {
    pack,
    answers: record?.answers ?? {},
    respondent: record?.respondent ?? respondent ?? {},
    draft: record?.draft,
    sectionId: position.screen === 'section' ? position.section : undefined,
    returnTo: position.screen === 'section' ? position.returnTo : undefined,
    focusQuestion: undefined,
    resumeAt: position,
    revision: record?.revision ?? 0,
    writer,
    savedAt: record?.savedAt,
    newer: undefined,
    loadedNewer: 0,
    saveFailed: false,
    exportRequest: undefined,
    exportNotice: undefined,
    storageKey,
    asked: record?.asked ?? [],
    expressQuestion: position.screen === 'express' ? position.question : undefined,
  };
}

/** The committed answers with the current section's fields applied: what the screen shows. */
export function workingAnswers(context: Pick<QuestionnaireContext, 'answers' | 'draft'>): Answers {
  return context.draft ? applySectionAnswers(context.answers, context.draft.answers) : context.answers;
}

export function isShownSection(context: QuestionnaireContext, sectionId: string | undefined): boolean {
  const section = findSection(context.pack, sectionId);
  return section !== undefined && isSectionVisible(context.pack, section, workingAnswers(context));
}

export function isShownQuestion(context: QuestionnaireContext, questionId: string): boolean {
  return findQuestion(context.pack, questionId) !== undefined && isQuestionVisible(context.pack, workingAnswers(context), questionId);
}

export function sectionIdOfQuestion(context: QuestionnaireContext, questionId: string): string | undefined {
  return sectionOfQuestion(context.pack, questionId)?.id;
}

function positionAt(context: QuestionnaireContext, screen: Screen): Position {
  if (screen === 'express') return context.expressQuestion ? { screen, question: context.expressQuestion } : { screen };
  if (screen !== 'section') return { screen };
  if (context.sectionId === undefined) return { screen: 'start' };
  return context.returnTo
    ? { screen, section: context.sectionId, returnTo: context.returnTo }
    : { screen, section: context.sectionId };
}

function hasRespondent(respondent: Respondent): boolean {
  return Object.values(respondent).some((v) => typeof v === 'string' && v.trim() !== '');
}

/**
 * False while the fields being edited hold a text longer than its question allows: leaving the
 * section would store an answer that is then refused, so the user fixes it first.
 */
export function draftFits(context: QuestionnaireContext): boolean {
  const section = findSection(context.pack, context.draft?.section);
  return !section || overlongAnswer(section, context.draft?.answers) === undefined;
}

/** The draft as stored: a text past `MAX_DRAFT_TEXT` keeps its start (the box keeps all of it while the page is open). */
function storableDraft(draft: Draft): Draft {
  const answers = Object.fromEntries(Object.entries(draft.answers).map(([id, value]) => [id, storableDraftValue(value)])) as Draft['answers'];
  return { section: draft.section, answers };
}

/** What the autosave actor writes for the current data at `screen`. */
export function sessionContent(context: QuestionnaireContext, screen: Screen): SessionContent {
  return {
    pack: { id: context.pack.id, version: context.pack.version },
    questions: packFingerprints(context.pack),
    answers: context.answers,
    position: positionAt(context, screen),
    ...(hasRespondent(context.respondent) ? { respondent: context.respondent } : {}),
    ...(context.draft && (screen === 'section' || screen === 'express') ? { draft: storableDraft(context.draft) } : {}),
    ...(context.asked.length > 0 ? { asked: context.asked } : {}),
  };
}
