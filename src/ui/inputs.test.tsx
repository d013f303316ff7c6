import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxChoices, RadioChoices, type Choice } from './choice-inputs';
import { TextField } from './text-field';

const choices: Choice[] = [
  { value: 'low', label: 'Low' },
  { value: 'high', label: 'High' },
  { value: '~unsure', label: 'Not sure', apart: true },
];

function Checkboxes({ onChange }: { onChange: (values: string[]) => void }) {
  const [values, setValues] = useState<string[]>([]);
  return (
    <fieldset>
      <legend>Which?</legend>
      <CheckboxChoices name="which" choices={choices} values={values} onChange={(next) => (setValues(next), onChange(next))} />
    </fieldset>
  );
}

describe('choice inputs', () => {
  it('renders one radio per choice, labelled, with ids from the first one and the apart choice drawn apart', async () => {
    const onChange = vi.fn();
    render(
      <fieldset>
        <legend>How much?</legend>
        <RadioChoices id="q" name="how" choices={choices} value="high" invalid onChange={onChange} />
      </fieldset>,
    );
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.id)).toEqual(['q', 'q-1', 'q-2']);
    expect(screen.getByRole('radio', { name: 'High' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Low' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: 'Not sure' }).closest('label')).toHaveClass('choice--unsure');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Low' }));
    expect(onChange).toHaveBeenCalledWith('low');
  });

  it('gives the ticked checkboxes in the choices\' order, and no ids when none is asked for', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Checkboxes onChange={onChange} />);
    expect(screen.getAllByRole('checkbox').map((c) => c.id)).toEqual(['', '', '']);
    await user.click(screen.getByRole('checkbox', { name: 'High' }));
    await user.click(screen.getByRole('checkbox', { name: 'Low' }));
    expect(onChange).toHaveBeenLastCalledWith(['low', 'high']);
    await user.click(screen.getByRole('checkbox', { name: 'High' }));
    expect(onChange).toHaveBeenLastCalledWith(['low']);
  });
});

describe('TextField', () => {
  function Field({ multiline = false }: { multiline?: boolean }) {
    const [value, setValue] = useState('');
    return (
      <>
        <label htmlFor="t">Notes</label>
        <TextField id="t" value={value} onChange={setValue} maxLength={5} multiline={multiline} describedBy="hint" counterText={(left) => (left < 0 ? `${-left} over` : `${left} left`)} />
      </>
    );
  }

  it('counts down to the limit and keeps a longer text whole, marked invalid', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box).toHaveAttribute('aria-describedby', 'hint t-counter');
    expect(screen.getByText('5 left')).toBeInTheDocument();
    await user.type(box, 'abcdefg');
    expect(box).toHaveValue('abcdefg');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('2 over')).toHaveClass('counter--over');
  });

  it('is a text area when multiline', () => {
    render(<Field multiline />);
    expect(screen.getByRole('textbox', { name: 'Notes' }).tagName).toBe('TEXTAREA');
  });
});
