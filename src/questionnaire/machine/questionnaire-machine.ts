import { assign, sendTo, setup } from 'xstate';
import type { Answers, Respondent } from '@/rules/answers/answers-schema';
import type { AutosaveEvent } from '../storage/autosave';
import { applySectionAnswers, type SectionAnswers } from '../form/form-values';
import { firstSectionId, nextSectionId, previousSectionId, resumeSectionId, visibleSections } from './navigation';
import {
  draftFits,
  initialContext,
  isShownQuestion,
  isShownSection,
  sessionContent,
  sectionIdOfQuestion,
  workingAnswers,
  type ExportOutput,
  type ExportRequest,
  type QuestionnaireContext,
  type QuestionnaireInput,
  type ReturnTo,
} from './session-state';
import type { ExpressStep } from './express-state';
import { browserAutosave, downloadPdf, pickExpressStep } from './questionnaire-actors';
import type { Screen, SessionRecord } from '../storage/session-storage';

export type QuestionnaireEvent =
  | { type: 'session.start' }
  | { type: 'session.resume' }
  | { type: 'session.restart' }
  | { type: 'section.edit'; answers: SectionAnswers }
  | { type: 'section.submit'; answers: SectionAnswers }
  | { type: 'section.back' }
  | { type: 'section.goto'; section: string }
  | { type: 'review.open' }
  | { type: 'answers.change'; question: string }
  | { type: 'answers.import'; answers: Answers; respondent?: Respondent }
  | { type: 'respondent.update'; respondent: Respondent }
  | { type: 'results.open' }
  | { type: 'express.start' }
  | { type: 'express.submit'; question: string; answers: SectionAnswers }
  | { type: 'express.back' }
  | { type: 'express.edit'; answers: SectionAnswers }
  | { type: 'express.continue' }
  | { type: 'results.review' }
  | ({ type: 'report.export' } & ExportRequest)
  | { type: 'storage.newer'; record: SessionRecord }
  | { type: 'storage.keepMine' }
  | { type: 'storage.loadNewer' }
  | { type: 'storage.failed' }
  | { type: 'storage.saved' };

const at = (screen: Screen) => ({ type: 'persist', params: { screen } }) as const;

/**
 * Where the user is: start → answering (one section per step, hidden sections skipped) → review →
 * results { idle, exporting, exportFailed }. The pack and the stored session come in through
 * `input`; every change is written by the autosave actor; the report by the exportPdf actor.
 */
export const questionnaireMachine = setup({
  types: {} as {
    context: QuestionnaireContext;
    events: QuestionnaireEvent;
    input: QuestionnaireInput;
  },
  actors: { autosave: browserAutosave, exportPdf: downloadPdf, pickExpressStep },
  guards: {
    isAt: ({ context }, params: { screen: Screen }) => context.resumeAt.screen === params.screen,
    isAtShownSection: ({ context }) => context.resumeAt.screen === 'section' && isShownSection(context, context.sectionId),
    returnsTo: ({ context }, params: { to: ReturnTo }) => context.returnTo === params.to,
    hasNextSection: ({ context }, params: { answers: SectionAnswers }) =>
      context.sectionId !== undefined &&
      nextSectionId(context.pack, applySectionAnswers(context.answers, params.answers), context.sectionId) !== undefined,
    hasShownSection: ({ context }) => firstSectionId(context.pack, context.answers) !== undefined,
    canResumeSection: ({ context }) => resumeSectionId(context.pack, context.answers, context.sectionId) !== undefined,
    isShownQuestion: ({ context }, params: { question: string }) => isShownQuestion(context, params.question),
    draftFits: ({ context }) => draftFits(context),
    canReturnTo: ({ context }, params: { to: ReturnTo }) => draftFits(context) && context.returnTo === params.to,
    canGoBack: ({ context }) =>
      draftFits(context) && context.sectionId !== undefined && previousSectionId(context.pack, workingAnswers(context), context.sectionId) !== undefined,
    canGoToSection: ({ context }, params: { section: string }) => draftFits(context) && isShownSection(context, params.section),
    hasQuestion: (_, params: { step: ExpressStep }) => params.step.question !== undefined,
    isSettled: (_, params: { step: ExpressStep }) => params.step.settled,
    hasEarlierExpressQuestion: ({ context }) => earlierExpressQuestion(context) !== undefined,
  },
  actions: {
    persist: sendTo('autosave', ({ context }, params: { screen: Screen }): AutosaveEvent => ({
      type: 'save',
      content: sessionContent(context, params.screen),
    })),
    storeDraft: assign(({ context }, params: { answers: SectionAnswers }) => ({
      draft: context.sectionId === undefined ? undefined : { section: context.sectionId, answers: params.answers },
    })),
    commitSection: assign(({ context }, params: { answers: SectionAnswers }) => ({
      answers: applySectionAnswers(context.answers, params.answers),
      draft: undefined,
    })),
    commitDraft: assign(({ context }) => ({ answers: workingAnswers(context), draft: undefined })),
    goToFirstSection: assign(({ context }) => ({ sectionId: firstSectionId(context.pack, context.answers), focusQuestion: undefined })),
    goToResumeSection: assign(({ context }) => ({
      sectionId: resumeSectionId(context.pack, context.answers, context.sectionId),
      focusQuestion: undefined,
    })),
    goToNextSection: assign(({ context }) => ({
      sectionId: context.sectionId === undefined ? undefined : nextSectionId(context.pack, context.answers, context.sectionId),
      focusQuestion: undefined,
    })),
    goToPreviousSection: assign(({ context }) => ({
      sectionId: context.sectionId === undefined ? undefined : previousSectionId(context.pack, context.answers, context.sectionId),
      focusQuestion: undefined,
    })),
    goToLastSection: assign(({ context }) => ({ sectionId: visibleSections(context.pack, context.answers).at(-1)?.id, focusQuestion: undefined })),
    goToSection: assign((_, params: { section: string }) => ({ sectionId: params.section, focusQuestion: undefined })),
    changeAnswer: assign(({ context }, params: { question: string; returnTo: ReturnTo }) => ({
      sectionId: sectionIdOfQuestion(context, params.question),
      focusQuestion: params.question,
      returnTo: params.returnTo,
    })),
    clearReturn: assign({ returnTo: undefined, focusQuestion: undefined }),
    importAnswers: assign(({ context }, params: { answers: Answers; respondent: Respondent | undefined }) => ({
      answers: params.answers,
      respondent: params.respondent ?? context.respondent,
      draft: undefined,
      sectionId: undefined,
      returnTo: undefined,
      focusQuestion: undefined,
    })),
    storeRespondent: assign((_, params: { respondent: Respondent }) => ({ respondent: params.respondent })),
    clearSession: assign({
      asked: [],
      expressQuestion: undefined,
      answers: {},
      respondent: {},
      draft: undefined,
      sectionId: undefined,
      returnTo: undefined,
      focusQuestion: undefined,
      exportNotice: undefined,
    }),
    rememberNewer: assign((_, params: { record: SessionRecord }) => ({ newer: params.record })),
    forgetNewer: assign({ newer: undefined }),
    keepMine: sendTo('autosave', ({ context }): AutosaveEvent => ({ type: 'keep', revision: context.newer?.revision ?? context.revision, writer: context.newer?.writer })),
    adoptNewer: sendTo('autosave', ({ context }): AutosaveEvent => ({ type: 'adopt', revision: context.newer?.revision ?? context.revision, writer: context.newer?.writer })),
    loadNewer: assign(({ context }) => {
      const record = context.newer;
      if (!record) return {};
      const position = record.position;
      return {
        answers: record.answers,
        respondent: record.respondent ?? {},
        draft: record.draft,
        resumeAt: position,
        sectionId: position.screen === 'section' ? position.section : context.sectionId,
        returnTo: position.screen === 'section' ? position.returnTo : undefined,
        focusQuestion: undefined,
        revision: record.revision,
        savedAt: record.savedAt,
        loadedNewer: context.loadedNewer + 1,
      };
    }),
    startExpress: assign({ expressQuestion: undefined, returnTo: undefined, focusQuestion: undefined }),
    askQuestion: assign((_, params: { step: ExpressStep }) => ({ expressQuestion: params.step.question })),
    clearExpressQuestion: assign({ expressQuestion: undefined }),
    // The answer being given to the express question, kept as a draft (stored within limits, as a section's).
    storeExpressDraft: assign(({ context }, params: { answers: SectionAnswers }) => {
      const section = context.expressQuestion === undefined ? undefined : sectionIdOfQuestion(context, context.expressQuestion);
      return { draft: section === undefined ? context.draft : { section, answers: params.answers } };
    }),
    dropDraft: assign({ draft: undefined }),
    commitExpressAnswer: assign(({ context }, params: { question: string; answers: SectionAnswers }) => ({
      answers: applySectionAnswers(context.answers, params.answers),
      asked: context.asked.includes(params.question) ? context.asked : [...context.asked, params.question],
      expressQuestion: undefined,
      draft: undefined,
    })),
    goToEarlierExpressQuestion: assign(({ context }) => ({ expressQuestion: earlierExpressQuestion(context) })),
    markSaveFailed: assign({ saveFailed: true }),
    markSaved: assign({ saveFailed: false }),
    storeExportRequest: assign((_, params: ExportRequest) => ({ exportRequest: params, exportNotice: undefined })),
    storeExportNotice: assign((_, params: { output: ExportOutput }) => ({ exportNotice: params.output })),
  },
}).createMachine({
  id: 'questionnaire',
  context: ({ input }) => initialContext(input),
  invoke: {
    id: 'autosave',
    src: 'autosave',
    input: ({ context }) => ({
      pack: { id: context.pack.id, version: context.pack.version },
      revision: context.revision,
      writer: context.writer,
      ...(context.storageKey ? { key: context.storageKey } : {}),
    }),
  },
  initial: 'routing',
  on: {
    'storage.newer': { actions: { type: 'rememberNewer', params: ({ event }) => ({ record: event.record }) } },
    'storage.keepMine': { actions: ['keepMine', 'forgetNewer'] },
    'storage.loadNewer': { target: '.routing', actions: ['adoptNewer', 'loadNewer', 'forgetNewer'] },
    'storage.failed': { actions: 'markSaveFailed' },
    'storage.saved': { actions: 'markSaved' },
    // Imported answers (a file, a share link) replace the session wherever the user is, once they confirmed.
    'answers.import': {
      target: '.review',
      actions: { type: 'importAnswers', params: ({ event }) => ({ answers: event.answers, respondent: event.respondent }) },
    },
  },
  states: {
    routing: {
      always: [
        { guard: { type: 'isAt', params: { screen: 'results' } }, target: 'results' },
        { guard: { type: 'isAt', params: { screen: 'review' } }, target: 'review' },
        { guard: { type: 'isAt', params: { screen: 'express' } }, target: 'express' },
        { guard: 'isAtShownSection', target: 'answering' },
        { target: 'start' },
      ],
    },
    start: {
      id: 'start',
      entry: at('start'),
      on: {
        'express.start': { target: 'express', actions: 'startExpress' },
        'session.start': [{ guard: 'hasShownSection', target: 'answering', actions: 'goToFirstSection' }, { target: 'review' }],
        'session.resume': [{ guard: 'canResumeSection', target: 'answering', actions: 'goToResumeSection' }, { target: 'review' }],
        'session.restart': { target: 'start', reenter: true, actions: 'clearSession' },
        'respondent.update': {
          actions: [{ type: 'storeRespondent', params: ({ event }) => ({ respondent: event.respondent }) }, at('start')],
        },
      },
    },
    answering: {
      id: 'answering',
      entry: at('section'),
      on: {
        'results.open': { guard: 'draftFits', target: 'results', actions: ['commitDraft', 'clearReturn'] },
        'section.edit': { actions: [{ type: 'storeDraft', params: ({ event }) => ({ answers: event.answers }) }, at('section')] },
        'section.submit': [
          {
            guard: { type: 'returnsTo', params: { to: 'review' } },
            target: 'review',
            actions: [{ type: 'commitSection', params: ({ event }) => ({ answers: event.answers }) }, 'clearReturn'],
          },
          {
            guard: { type: 'returnsTo', params: { to: 'results' } },
            target: 'results',
            actions: [{ type: 'commitSection', params: ({ event }) => ({ answers: event.answers }) }, 'clearReturn'],
          },
          {
            guard: { type: 'hasNextSection', params: ({ event }) => ({ answers: event.answers }) },
            target: 'answering',
            reenter: true,
            actions: [{ type: 'commitSection', params: ({ event }) => ({ answers: event.answers }) }, 'goToNextSection'],
          },
          { target: 'review', actions: { type: 'commitSection', params: ({ event }) => ({ answers: event.answers }) } },
        ],
        'section.back': [
          { guard: { type: 'canReturnTo', params: { to: 'review' } }, target: 'review', actions: ['commitDraft', 'clearReturn'] },
          { guard: { type: 'canReturnTo', params: { to: 'results' } }, target: 'results', actions: ['commitDraft', 'clearReturn'] },
          { guard: 'canGoBack', target: 'answering', reenter: true, actions: ['commitDraft', 'goToPreviousSection'] },
          { guard: 'draftFits', target: 'start', actions: 'commitDraft' },
        ],
        'section.goto': {
          guard: { type: 'canGoToSection', params: ({ event }) => ({ section: event.section }) },
          target: 'answering',
          reenter: true,
          actions: ['commitDraft', 'clearReturn', { type: 'goToSection', params: ({ event }) => ({ section: event.section }) }],
        },
        'review.open': { guard: 'draftFits', target: 'review', actions: ['commitDraft', 'clearReturn'] },
      },
    },
    express: {
      initial: 'choosing',
      states: {
        choosing: {
          invoke: {
            src: 'pickExpressStep',
            input: ({ context }) => ({ pack: context.pack, answers: context.answers, asked: context.asked, kept: context.expressQuestion }),
            onDone: [
              { guard: { type: 'hasQuestion', params: ({ event }) => ({ step: event.output }) }, target: 'asking', actions: { type: 'askQuestion', params: ({ event }) => ({ step: event.output }) } },
              { guard: { type: 'isSettled', params: ({ event }) => ({ step: event.output }) }, target: 'settled', actions: 'clearExpressQuestion' },
              { target: '#review', actions: 'clearExpressQuestion' },
            ],
            onError: { target: '#review', actions: 'clearExpressQuestion' },
          },
        },
        asking: {
          entry: at('express'),
          on: {
            'express.submit': {
              target: 'choosing',
              actions: { type: 'commitExpressAnswer', params: ({ event }) => ({ question: event.question, answers: event.answers }) },
            },
            'express.edit': { actions: [{ type: 'storeExpressDraft', params: ({ event }) => ({ answers: event.answers }) }, at('express')] },
            'express.back': [
              { guard: 'hasEarlierExpressQuestion', target: 'asking', reenter: true, actions: ['dropDraft', 'goToEarlierExpressQuestion'] },
              { target: '#start', actions: ['dropDraft', 'clearExpressQuestion'] },
            ],
          },
        },
        settled: {
          entry: at('express'),
          on: {
            'results.open': { target: '#results' },
            'express.continue': [
              { guard: 'canResumeSection', target: '#answering', actions: 'goToResumeSection' },
              { target: '#review' },
            ],
            'express.back': { target: 'asking', actions: 'goToEarlierExpressQuestion' },
          },
        },
      },
    },
    review: {
      id: 'review',
      entry: at('review'),
      on: {
        'answers.change': {
          guard: { type: 'isShownQuestion', params: ({ event }) => ({ question: event.question }) },
          target: 'answering',
          actions: { type: 'changeAnswer', params: ({ event }) => ({ question: event.question, returnTo: 'review' as const }) },
        },
        'section.back': [{ guard: 'hasShownSection', target: 'answering', actions: 'goToLastSection' }, { target: 'start' }],
        'results.open': { target: 'results' },
        'session.restart': { target: 'start', actions: 'clearSession' },
        'respondent.update': {
          actions: [{ type: 'storeRespondent', params: ({ event }) => ({ respondent: event.respondent }) }, at('review')],
        },
      },
    },
    results: {
      id: 'results',
      entry: at('results'),
      initial: 'idle',
      on: {
        'answers.change': {
          guard: { type: 'isShownQuestion', params: ({ event }) => ({ question: event.question }) },
          target: 'answering',
          actions: { type: 'changeAnswer', params: ({ event }) => ({ question: event.question, returnTo: 'results' as const }) },
        },
        'results.review': { target: 'review' },
      },
      states: {
        idle: {
          on: {
            'report.export': {
              target: 'exporting',
              actions: { type: 'storeExportRequest', params: ({ event }) => ({ lang: event.lang, ...(event.paper ? { paper: event.paper } : {}), ...(event.target ? { target: event.target } : {}) }) },
            },
          },
        },
        exporting: {
          tags: ['busy'],
          invoke: {
            src: 'exportPdf',
            input: ({ context }) => ({
              pack: context.pack,
              answers: context.answers,
              ...(Object.keys(context.respondent).length > 0 ? { respondent: context.respondent } : {}),
              lang: context.exportRequest?.lang ?? 'en',
              ...(context.exportRequest?.paper ? { paper: context.exportRequest.paper } : {}),
              ...(context.exportRequest?.target ? { target: context.exportRequest.target } : {}),
            }),
            onDone: { target: 'idle', actions: { type: 'storeExportNotice', params: ({ event }) => ({ output: event.output }) } },
            onError: { target: 'exportFailed' },
          },
        },
        exportFailed: {
          on: {
            'report.export': {
              target: 'exporting',
              actions: { type: 'storeExportRequest', params: ({ event }) => ({ lang: event.lang, ...(event.paper ? { paper: event.paper } : {}), ...(event.target ? { target: event.target } : {}) }) },
            },
          },
        },
      },
    },
  },
});

export type QuestionnaireMachine = typeof questionnaireMachine;

/** The question asked before the current one (the last one asked when none is current). */
function earlierExpressQuestion(context: QuestionnaireContext): string | undefined {
  const at = context.expressQuestion === undefined ? context.asked.length : context.asked.indexOf(context.expressQuestion);
  const shown = context.asked.slice(0, at < 0 ? context.asked.length : at).filter((q) => isShownQuestion(context, q));
  return shown.at(-1);
}
