import { useId, type ReactNode, type Ref } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  /** `alert` announces at once (errors); `status` politely; none for static notes. */
  role?: 'alert' | 'status';
  headingLevel?: 2 | 3;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  tabIndex?: number;
  className?: string;
  /** Id of the title (generated when not given); the title names the alert. */
  labelledBy?: string;
};

/** A coloured note with an optional title. */
export function Alert({ tone = 'info', title, role, headingLevel = 2, children, ref, tabIndex, className, labelledBy }: AlertProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const generated = useId();
  const titleId = title ? (labelledBy ?? generated) : undefined;
  return (
    <div
      ref={ref}
      role={role}
      tabIndex={tabIndex}
      aria-labelledby={titleId}
      className={['alert', `alert--${tone}`, className].filter(Boolean).join(' ')}
    >
      {title ? (
        <Heading className="alert__title" id={titleId}>
          {title}
        </Heading>
      ) : null}
      {children}
    </div>
  );
}
