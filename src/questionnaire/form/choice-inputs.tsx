import type { ControllerRenderProps } from 'react-hook-form';
import type { ChoiceQuestion, MultiQuestion } from '@/rules/pack/pack-schema';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { UNSURE_VALUE, type SectionValues } from './form-values';

type InputsProps<Q> = {
  id: string;
  question: Q;
  field: ControllerRenderProps<SectionValues, string>;
  invalid: boolean;
};

/** Radios, one per choice, plus "not sure" (stored as `{unsure: true}`) when the question allows it. */
export function ChoiceInputs({ id, question, field, invalid }: InputsProps<ChoiceQuestion>) {
  const { lang, t } = useLanguage();
  const options = question.choices.map((c) => ({ value: c.value, label: localize(c.label, lang), unsure: false }));
  if (question.allowUnsure === true) options.push({ value: UNSURE_VALUE, label: t('common.notSure'), unsure: true });
  return (
    <div className="choices">
      {options.map((option, i) => (
        <label key={option.value} className={option.unsure ? 'choice choice--unsure' : 'choice'}>
          <input
            type="radio"
            id={i === 0 ? id : `${id}-${i}`}
            ref={i === 0 ? field.ref : undefined}
            name={field.name}
            value={option.value}
            checked={field.value === option.value}
            aria-invalid={invalid || undefined}
            onChange={() => field.onChange(option.value)}
            onBlur={field.onBlur}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

/** Checkboxes, one per choice; the answer is the list of ticked values in choice order. */
export function MultiInputs({ id, question, field, invalid }: InputsProps<MultiQuestion>) {
  const { lang } = useLanguage();
  const selected = Array.isArray(field.value) ? field.value : [];
  const toggle = (value: string, on: boolean) =>
    field.onChange(question.choices.map((c) => c.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <div className="choices">
      {question.choices.map((choice, i) => (
        <label key={choice.value} className="choice">
          <input
            type="checkbox"
            id={i === 0 ? id : `${id}-${i}`}
            ref={i === 0 ? field.ref : undefined}
            name={field.name}
            value={choice.value}
            checked={selected.includes(choice.value)}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(choice.value, event.target.checked)}
            onBlur={field.onBlur}
          />
          <span>{localize(choice.label, lang)}</span>
        </label>
      ))}
    </div>
  );
}
