import { useId, type ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  /** `alert` announces at once (errors); `status` politely; none for static notes. */
  role?: 'alert' | 'status';
  headingLevel?: 2 | 3;
  children?: ReactNode;
  /** Id of the title (generated when not given); the title names an alert that has a role. */
  labelledBy?: string;
};

/** A coloured note with an optional title. */
export function Alert({ tone = 'info', title, role, headingLevel = 2, children, labelledBy }: AlertProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const generated = useId();
  const titleId = title ? (labelledBy ?? generated) : undefined;
  return (
    <div role={role} aria-labelledby={role ? titleId : undefined} className={`alert alert--${tone}`}>
      {title ? (
        <Heading className="alert__title" id={titleId}>
          {title}
        </Heading>
      ) : null}
      {children}
    </div>
  );
}
