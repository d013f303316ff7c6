import type { ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from './alert';
import { Button } from './button';
import { ErrorBoundary } from './error-boundary';

/**
 * A part of a screen, in a chunk of its own, that the screen can do without (e.g. importing answers
 * under the start screen): when its code cannot be downloaded, its place says so with a way to try
 * again (`retry` fetches it anew), and the rest of the screen keeps working.
 */
export function OptionalPart({ retry, children }: { retry: () => Promise<void>; children: ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <section className="card stack-tight">
          <Alert tone="warning" role="alert">
            <p>{t('common.partFailed.body')}</p>
            <div className="actions">
              <Button variant="secondary" onClick={() => void retry().then(reset, reset)}>
                {t('common.partFailed.retry')}
              </Button>
            </div>
          </Alert>
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
