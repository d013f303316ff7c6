import { useCallback, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { shownQuestions } from '@/engine/conditions/visibility';
import type { Answers } from '@/rules/answers/answers-schema';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/limits';
import type { Pack, Question, Section } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import { isMessageKey, type Translate } from '@/i18n/t';
import { Button } from '@/ui/button';
import { questionLabel } from '../import/answer-text';
import { ErrorSummary } from './error-summary';
import { applySectionAnswers, fieldName, toFormValues, toSectionAnswers, type SectionAnswers, type SectionValues } from './form-values';
import { fieldId, focusQuestionField, QuestionField } from './question-field';
import { loadSectionValidation } from './load-section-validation';
import { formatWhole } from '@/i18n/numbers';

export type SectionFormProps = {
  pack: Pack;
  section: Section;
  /** Committed answers of every section (earlier answers decide what is shown). */
  answers: Answers;
  /** The unsaved fields of this section from before a reload, if any. */
  draft?: SectionAnswers;
  /** The question to focus first (a "change" link), else none. */
  focusQuestion?: string;
  submitLabel: string;
  backLabel: string;
  onEdit: (answers: SectionAnswers) => void;
  onSubmit: (answers: SectionAnswers) => void;
  onBack: () => void;
};

/** The form-level error when the checks' chunk cannot be downloaded (no field is at fault). */
const CHECKS_UNAVAILABLE = 'questionnaire.errors.checksUnavailable';

/**
 * Validates the shown questions only: what is shown depends on the fields being validated. The
 * checks (zod) come in their own chunk, usually fetched while the first question is read; should the
 * download fail, the section is not saved and says so, and the next submit tries again.
 */
function sectionResolver(pack: Pack, section: Section, answers: Answers): Resolver<SectionValues> {
  return async (values, context, options) => {
    const current = applySectionAnswers(answers, toSectionAnswers(section, values));
    const validation = await loadSectionValidation().catch(() => undefined);
    if (!validation) return { values: {}, errors: { root: { type: 'unavailable', message: CHECKS_UNAVAILABLE } } };
    return validation.sectionSchemaResolver(section, current, pack)(values, context, options);
  };
}

function errorText(question: Question, errors: FieldErrors<SectionValues>, t: Translate, lang: Lang): string | undefined {
  const message = errors[fieldName(question.id)]?.message;
  if (typeof message !== 'string') return undefined;
  if (!isMessageKey(message)) return message;
  const max = question.kind === 'text' ? (question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) : 0;
  return t(message, { max: formatWhole(lang, max) });
}

/** One section's questions in one form; react-hook-form holds the fields until they are saved. */
export function SectionForm({ pack, section, answers, draft, focusQuestion, submitLabel, backLabel, onEdit, onSubmit, onBack }: SectionFormProps) {
  const { lang, t } = useLanguage();
  const [defaultValues] = useState(() => toFormValues(section, draft ? applySectionAnswers(answers, draft) : answers));
  const resolver = useMemo(() => sectionResolver(pack, section, answers), [pack, section, answers]);
  const form = useForm<SectionValues>({ defaultValues, resolver, shouldFocusError: false });
  const values = useWatch({ control: form.control });
  const current = applySectionAnswers(answers, toSectionAnswers(section, values));
  const isShown = shownQuestions(pack, current);
  const shown = section.questions.filter((question) => isShown(question.id));
  const { errors, submitCount } = form.formState;
  const fieldItems = shown.flatMap((question) => {
    const message = errorText(question, errors, t, lang);
    return message ? [{ fieldId: fieldId(question.id), message: t('questionnaire.errors.inSummary', { question: questionLabel(question, lang), message }) }] : [];
  });
  // A form-level error (the checks could not be downloaded) names no field: it heads the summary as text.
  const summary = errors.root?.message === CHECKS_UNAVAILABLE ? [{ message: t(CHECKS_UNAVAILABLE) }, ...fieldItems] : fieldItems;
  const [initialFocus] = useState(focusQuestion);
  const focusFirst = useCallback(
    (element: HTMLFormElement | null) => {
      if (element && initialFocus) focusQuestionField(initialFocus);
    },
    [initialFocus],
  );

  return (
    <form
      ref={focusFirst}
      noValidate
      onChange={() => onEdit(toSectionAnswers(section, form.getValues()))}
      onSubmit={(event) => void form.handleSubmit((data) => onSubmit(toSectionAnswers(section, data)))(event)}
    >
      <ErrorSummary key={submitCount} items={summary} />
      <div className="question-list">
        {shown.map((question) => {
          const error = errorText(question, errors, t, lang);
          const source = pack.sources.find((s) => s.id === question.source);
          return (
            <QuestionField
              key={question.id}
              question={question}
              control={form.control}
              {...(source ? { source } : {})}
              {...(error ? { error } : {})}
            />
          );
        })}
      </div>
      <div className="actions actions--split">
        <Button variant="secondary" onClick={onBack}>
          {backLabel}
        </Button>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}
