import '@/i18n/domains/report';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import { isUnsure, type AnswerValue } from '@/rules/answers/answers-schema';
import type { Question } from '@/rules/pack/pack-schema';
import type { ReportContext } from './report-context';
import type { AppendixModel, TableCell } from './report-model-types';
import { own } from '@/rules/own';

function labelOf(c: ReportContext, question: Question, value: string): string {
  if (question.kind === 'text') return value;
  const choice = question.choices.find((ch) => ch.value === value);
  return choice ? c.text(choice.label) : value;
}

/** How an answer reads in the appendix: labels for choices, the list for multi, the text as given. */
function answerCell(c: ReportContext, question: Question, value: AnswerValue | undefined): TableCell {
  const { t } = c;
  if (!isQuestionVisible(c.pack, c.answers, question.id)) return { text: t('report.appendix.notApplicable'), tone: 'muted' };
  if (isUnsure(value)) return { text: t('report.appendix.notSure'), tone: 'viable' };
  if (c.result.notNeeded?.includes(question.id)) return { text: t('report.appendix.notNeeded'), tone: 'muted' };
  if (value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) {
    return { text: t('report.appendix.notAnswered'), tone: 'muted' };
  }
  if (Array.isArray(value)) return value.map((v) => labelOf(c, question, v)).join(t('report.appendix.list'));
  return labelOf(c, question, value);
}

/** Every question with its answer, the sources cited, and how the report was made. */
export function buildAppendix(c: ReportContext): AppendixModel {
  const { t, pack, meta } = c;
  return {
    heading: t('report.appendix.heading'),
    answersHeading: t('report.appendix.answersHeading'),
    answerSections: pack.sections.map((section) => ({
      title: c.text(section.title),
      table: {
        columns: [t('report.appendix.colQuestion'), t('report.appendix.colAnswer')],
        rows: section.questions.map((q) => [c.text(q.text), answerCell(c, q, own(c.answers, q.id))]),
      },
    })),
    sourcesHeading: t('report.appendix.sourcesHeading'),
    sources: pack.sources.map((s) => ({ id: s.id, ref: c.sourceRef(s.id), citation: c.citation(s.id), ...(s.url ? { url: s.url } : {}) })),
    aboutHeading: t('report.appendix.aboutHeading'),
    about: [
      t('report.appendix.pack', { title: c.text(pack.title), id: pack.id, version: pack.version }),
      t('report.appendix.generated', { date: c.dateTime(meta.generatedAt) }),
      t(meta.generatedBy === 'cli' ? 'report.appendix.cli' : 'report.appendix.browser'),
      t('report.appendix.method'),
    ],
    missingGlyphs: { text: t('report.appendix.missingGlyphs'), join: t('report.appendix.missingGlyphsJoin') },
  };
}
