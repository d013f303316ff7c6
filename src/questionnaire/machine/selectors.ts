import type { SnapshotFrom } from 'xstate';
import { findSection, progressOf, sectionStatus, visibleSections, type Progress, type SectionStatus } from './navigation';
import type { QuestionnaireMachine } from './questionnaire-machine';
import { workingAnswers } from './session-state';
import type { Screen } from '../storage/session-storage';

type Snapshot = SnapshotFrom<QuestionnaireMachine>;

export type ExportStatus = 'idle' | 'exporting' | 'failed';
export type SectionEntry = { id: string; status: SectionStatus };

export const selectScreen = (s: Snapshot): Screen | 'loading' => {
  if (s.matches('results')) return 'results';
  if (s.matches('review')) return 'review';
  if (s.matches('answering')) return 'section';
  if (s.matches('express')) return 'express';
  if (s.matches('start')) return 'start';
  return 'loading';
};
export const selectPack = (s: Snapshot) => s.context.pack;
export const selectAnswers = (s: Snapshot) => s.context.answers;
export const selectDraft = (s: Snapshot) => s.context.draft;
export const selectRespondent = (s: Snapshot) => s.context.respondent;
export const selectCurrentSection = (s: Snapshot) => findSection(s.context.pack, s.context.sectionId);
export const selectReturnTo = (s: Snapshot) => s.context.returnTo;
export const selectFocusQuestion = (s: Snapshot) => s.context.focusQuestion;
export const selectNewer = (s: Snapshot) => s.context.newer;
export const selectLoadedNewer = (s: Snapshot) => s.context.loadedNewer;
export const selectSaveFailed = (s: Snapshot) => s.context.saveFailed;
export const selectSavedAt = (s: Snapshot) => s.context.savedAt;
export const selectExportNotice = (s: Snapshot) => s.context.exportNotice;
export const selectHasAnswers = (s: Snapshot) => Object.keys(s.context.answers).length > 0;

export const selectExportStatus = (s: Snapshot): ExportStatus => {
  if (s.matches({ results: 'exporting' })) return 'exporting';
  if (s.matches({ results: 'exportFailed' })) return 'failed';
  return 'idle';
};

/** Section k of n and answered m of the shown questions, live while a section is edited. */
export const selectProgress = (s: Snapshot): Progress => progressOf(s.context.pack, workingAnswers(s.context), s.context.sectionId);

/** Every shown section with its status, live while a section is edited. */
export const selectSectionEntries = (s: Snapshot): SectionEntry[] => {
  const answers = workingAnswers(s.context);
  return visibleSections(s.context.pack, answers).map((section) => ({ id: section.id, status: sectionStatus(s.context.pack, section, answers) }));
};

/** Equality for selectors that build plain objects or lists of them (one level deep). */
export function sameShape(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameShape(item, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      return Object.is(x, y) || (typeof x === 'object' && sameShape(x, y));
    })
  );
}

export const selectAsked = (s: Snapshot) => s.context.asked;
export const selectExpressQuestion = (s: Snapshot) => s.context.expressQuestion;
export const selectExpressSettled = (s: Snapshot) => s.matches({ express: 'settled' });

