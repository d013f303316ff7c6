import type { ControllerRenderProps } from 'react-hook-form';
import { DEFAULT_TEXT_MAX_LENGTH } from '@/rules/pack/id-schema';
import type { TextQuestion } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import type { SectionValues } from './form-values';

export type TextInputProps = {
  id: string;
  question: TextQuestion;
  field: ControllerRenderProps<SectionValues, string>;
  invalid: boolean;
  describedBy: string | undefined;
};

/**
 * A text box with a character counter. Nothing is cut off while typing (a paste stays whole):
 * an answer over the limit is flagged by the counter and refused when the section is saved.
 */
export function TextInput({ id, question, field, invalid, describedBy }: TextInputProps) {
  const { lang, t } = useLanguage();
  const max = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
  const value = typeof field.value === 'string' ? field.value : '';
  const count = value.length;
  const number = new Intl.NumberFormat(lang);
  const counterId = `${id}-counter`;
  const props = {
    id,
    ref: field.ref,
    name: field.name,
    value,
    onChange: (event: { target: { value: string } }) => field.onChange(event.target.value),
    onBlur: field.onBlur,
    'aria-invalid': invalid || count > max || undefined,
    'aria-describedby': [describedBy, counterId].filter(Boolean).join(' '),
  };
  return (
    <>
      {question.multiline === true ? <textarea className="textarea" rows={4} {...props} /> : <input className="input" type="text" {...props} />}
      <p id={counterId} className={count > max ? 'counter counter--over' : 'counter'}>
        {count > max
          ? t('questionnaire.field.counterOver', { count: number.format(count - max) })
          : t('questionnaire.field.counter', { count: number.format(max - count) })}
      </p>
    </>
  );
}
