import type { Ref } from 'react';

export type TextFieldProps = {
  id: string;
  name?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** A box of several lines instead of one. */
  multiline?: boolean;
  /** The most characters the answer may have: the counter counts down to it. */
  maxLength: number;
  invalid?: boolean;
  /** Ids of the hint and error that describe the field (the counter is added). */
  describedBy?: string | undefined;
  /** The counter's words for the characters left; a negative number is how many are over. */
  counterText: (left: number) => string;
};

/**
 * A text box with a character counter. Nothing is cut off while typing (a paste stays whole):
 * a text over the limit is marked invalid and flagged by the counter, for the form to refuse.
 */
export function TextField({ id, name, value, onChange, onBlur, inputRef, multiline = false, maxLength, invalid = false, describedBy, counterText }: TextFieldProps) {
  const count = value.length;
  const over = count > maxLength;
  const counterId = `${id}-counter`;
  const props = {
    id,
    ref: inputRef,
    name,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
    'aria-invalid': invalid || over || undefined,
    'aria-describedby': [describedBy, counterId].filter(Boolean).join(' '),
  };
  return (
    <>
      {multiline ? <textarea className="textarea" rows={4} {...props} /> : <input className="input" type="text" {...props} />}
      <p id={counterId} className={over ? 'counter counter--over' : 'counter'}>
        {counterText(maxLength - count)}
      </p>
    </>
  );
}
