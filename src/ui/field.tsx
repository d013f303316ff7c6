import type { ReactNode } from 'react';

/** `aria-describedby` from the ids that are present, or undefined when none is. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** The message under a field's label, announced when it appears. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field__error" role="alert">
      {children}
    </p>
  );
}

/** Moves focus to a field by id and scrolls it into view (error summaries, "change" links). */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
}
