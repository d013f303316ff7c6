import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import type { AnswerValue } from '@/rules/answers/answers-schema';
import type { ChoiceQuestion, MultiQuestion } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { CheckboxChoices, RadioChoices } from '@/ui/choice-inputs';
import { FieldError } from '@/ui/field';
import type { WorkshopText } from '../workshop-text';

export type RecordAnswerFormProps = {
  question: ChoiceQuestion | MultiQuestion;
  /** The answer agreed so far, if any. */
  current: AnswerValue | undefined;
  text: WorkshopText;
  onRecord: (value: AnswerValue) => void;
  onClear: () => void;
  /** Visible legend (defaults to "Agreed answer"). */
  legend?: string;
};

function initialValues(current: AnswerValue | undefined): string[] {
  if (typeof current === 'string') return [current];
  return Array.isArray(current) ? current : [];
}

/** Records the answer the room agreed on: one choice, or several for a multi question. Give it `key` to reset it. */
export function RecordAnswerForm({ question, current, text, onRecord, onClear, legend }: RecordAnswerFormProps) {
  const { t } = text;
  const id = useId();
  const [values, setValues] = useState<string[]>(() => initialValues(current));
  const [missing, setMissing] = useState(false);
  const multi = question.kind === 'multi';
  const choices = question.choices.map((c) => ({ value: c.value, label: text.choice(question.id, c.value) }));
  return (
    <form
      className="workshop-record"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (values.length === 0) {
          setMissing(true);
          return;
        }
        setMissing(false);
        onRecord(multi ? question.choices.map((c) => c.value).filter((v) => values.includes(v)) : (values[0] as string));
      }}
    >
      <fieldset className="field" aria-describedby={missing ? `${id}-error` : undefined}>
        <legend>{legend ?? t('workshop.record.legend')}</legend>
        {missing ? <FieldError id={`${id}-error`}>{multi ? t('workshop.record.pickSome') : t('workshop.record.pickOne')}</FieldError> : null}
        {multi ? (
          <CheckboxChoices name={`${id}-answer`} choices={choices} values={values} onChange={setValues} />
        ) : (
          <RadioChoices name={`${id}-answer`} choices={choices} value={values[0]} onChange={(value) => setValues([value])} />
        )}
      </fieldset>
      <div className="actions">
        <Button type="submit">{t('workshop.record.save')}</Button>
        {current !== undefined ? (
          <Button variant="link" onClick={onClear}>
            {t('workshop.record.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
