import { useController, type Control } from 'react-hook-form';
import type { Question, Source } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { FieldError } from '@/ui/field';
import { ChoiceInputs, MultiInputs } from './choice-inputs';
import { fieldName, type SectionValues } from './form-values';
import { QuestionHelp } from './question-help';
import { TextInput } from './text-input';

export type QuestionFieldProps = {
  question: Question;
  source?: Source;
  control: Control<SectionValues>;
  /** The translated error message, when the field is invalid. */
  error?: string;
};

/** The DOM id of a question's (first) input: the target of labels, error links and "change" links. */
export function fieldId(questionId: string): string {
  return `q-${fieldName(questionId)}`;
}

/** Moves focus to a question (its checked radio, else its first input) with the question text in view. */
export function focusQuestionField(questionId: string): void {
  const first = document.getElementById(fieldId(questionId));
  if (!first) return;
  const field = first.closest('.field');
  const checked = field?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  (checked ?? first).focus({ preventScroll: true });
  field?.scrollIntoView?.({ block: 'start' });
}

/** One question: choice as radios (with "not sure" when allowed), multi as checkboxes, text as a text box. */
export function QuestionField({ question, source, control, error }: QuestionFieldProps) {
  const { lang, t } = useLanguage();
  const { field } = useController({ name: fieldName(question.id), control });
  const id = fieldId(question.id);
  const ids = { label: `${id}-label`, help: `${id}-help`, error: `${id}-error` };
  const hasHelp = question.help !== undefined || source !== undefined;
  const describedBy = [error ? ids.error : null, hasHelp ? ids.help : null].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {localize(question.text, lang)}
      {question.required === true ? null : <span className="field__optional"> {t('questionnaire.field.optional')}</span>}
    </>
  );
  const help = <QuestionHelp id={ids.help} {...(question.help ? { help: question.help } : {})} {...(source ? { source } : {})} />;
  const errorLine = error ? <FieldError id={ids.error}>{error}</FieldError> : null;

  if (question.kind === 'text') {
    return (
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" id={ids.label} htmlFor={id}>
          {label}
        </label>
        {help}
        {errorLine}
        <TextInput id={id} question={question} field={field} invalid={error !== undefined} describedBy={describedBy} />
      </div>
    );
  }
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
      <legend id={ids.label}>{label}</legend>
      {help}
      {errorLine}
      {question.kind === 'choice' ? (
        <ChoiceInputs id={id} question={question} field={field} invalid={error !== undefined} />
      ) : (
        <MultiInputs id={id} question={question} field={field} invalid={error !== undefined} />
      )}
    </fieldset>
  );
}
