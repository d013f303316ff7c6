import type { ReactNode } from 'react';

/** The first focusable element of the page: jumps past the header to the main content. */
export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a className="skip-link" href={`#${target}`}>
      {children}
    </a>
  );
}
