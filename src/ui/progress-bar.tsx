import type { ReactNode } from 'react';

export type ProgressBarProps = {
  id: string;
  value: number;
  max: number;
  /** Visible words on the left (for example "Section 2 of 5"). */
  label: ReactNode;
  /** Visible words on the right (for example "7 of 20 answered"). */
  detail?: ReactNode;
  /** The accessible name of the bar itself. */
  barLabel: string;
};

export function ProgressBar({ id, value, max, label, detail, barLabel }: ProgressBarProps) {
  return (
    <div className="progress">
      <div className="progress__label" id={`${id}-label`}>
        <span>{label}</span>
        {detail ? <span>{detail}</span> : null}
      </div>
      <progress id={id} value={value} max={Math.max(max, 1)} aria-label={barLabel} />
    </div>
  );
}
