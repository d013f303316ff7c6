import { useController, type Control } from 'react-hook-form';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/limits';
import type { Question, Source } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { CheckboxChoices, RadioChoices, type Choice } from '@/ui/choice-inputs';
import { FieldError } from '@/ui/field';
import { TextField } from '@/ui/text-field';
import { fieldName, UNSURE_VALUE, type SectionValues } from './form-values';
import { QuestionHelp } from './question-help';
import { formatWhole } from '@/i18n/numbers';

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

/**
 * One question: choice as radios (with "not sure", stored as `{unsure: true}`, when the question
 * allows it), multi as checkboxes (the answer lists the ticked values in choice order), text as a
 * text box with a counter (nothing is cut off while typing; a text over the limit is refused when
 * the section is saved).
 */
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
  const invalid = error !== undefined;

  if (question.kind === 'text') {
    return (
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" id={ids.label} htmlFor={id}>
          {label}
        </label>
        {help}
        {errorLine}
        <TextField
          id={id}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          multiline={question.multiline === true}
          maxLength={question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH}
          invalid={invalid}
          describedBy={describedBy}
          counterText={(left) =>
            left < 0 ? t('questionnaire.field.counterOver', { count: formatWhole(lang, -left) }) : t('questionnaire.field.counter', { count: formatWhole(lang, left) })
          }
        />
      </div>
    );
  }
  const choices: Choice[] = question.choices.map((c) => ({ value: c.value, label: localize(c.label, lang) }));
  const common = { id, name: field.name, inputRef: field.ref, invalid, onBlur: field.onBlur };
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
      <legend id={ids.label}>{label}</legend>
      {help}
      {errorLine}
      {question.kind === 'choice' ? (
        <RadioChoices
          {...common}
          choices={question.allowUnsure === true ? [...choices, { value: UNSURE_VALUE, label: t('common.notSure'), apart: true }] : choices}
          value={typeof field.value === 'string' ? field.value : undefined}
          onChange={field.onChange}
        />
      ) : (
        <CheckboxChoices {...common} choices={choices} values={Array.isArray(field.value) ? field.value : []} onChange={field.onChange} />
      )}
    </fieldset>
  );
}
