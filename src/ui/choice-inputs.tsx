import type { ReactNode, Ref } from 'react';

/** One choice: the value it stands for and what the user reads. */
export type Choice = {
  value: string;
  label: ReactNode;
  /** Drawn apart from the others (a dashed border), for an answer such as "not sure". */
  apart?: boolean;
};

type ChoicesProps = {
  /** The group's input name. */
  name: string;
  choices: readonly Choice[];
  /** The id of the first input (the target of labels and error links); the others get `<id>-<n>`. None when not given. */
  id?: string;
  /** A ref to the first input (a form library's, to move focus to the field). */
  inputRef?: Ref<HTMLInputElement>;
  invalid?: boolean;
  onBlur?: () => void;
};

export type RadioChoicesProps = ChoicesProps & { value: string | undefined; onChange: (value: string) => void };

export type CheckboxChoicesProps = ChoicesProps & { values: readonly string[]; onChange: (values: string[]) => void };

function inputId(id: string | undefined, index: number): string | undefined {
  if (id === undefined) return undefined;
  return index === 0 ? id : `${id}-${index}`;
}

/** Radios, one per choice, each inside its label. Put them in a `<fieldset>` whose legend asks the question. */
export function RadioChoices({ name, choices, id, inputRef, invalid = false, onBlur, value, onChange }: RadioChoicesProps) {
  return (
    <div className="choices">
      {choices.map((choice, i) => (
        <label key={choice.value} className={choice.apart === true ? 'choice choice--unsure' : 'choice'}>
          <input
            type="radio"
            id={inputId(id, i)}
            ref={i === 0 ? inputRef : undefined}
            name={name}
            value={choice.value}
            checked={value === choice.value}
            aria-invalid={invalid || undefined}
            onChange={() => onChange(choice.value)}
            onBlur={onBlur}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}

/** Checkboxes, one per choice; `onChange` gets the ticked values in the choices' order. */
export function CheckboxChoices({ name, choices, id, inputRef, invalid = false, onBlur, values, onChange }: CheckboxChoicesProps) {
  const toggle = (value: string, on: boolean) => onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <div className="choices">
      {choices.map((choice, i) => (
        <label key={choice.value} className={choice.apart === true ? 'choice choice--unsure' : 'choice'}>
          <input
            type="checkbox"
            id={inputId(id, i)}
            ref={i === 0 ? inputRef : undefined}
            name={name}
            value={choice.value}
            checked={values.includes(choice.value)}
            aria-invalid={invalid || undefined}
            onChange={(event) => toggle(choice.value, event.target.checked)}
            onBlur={onBlur}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
