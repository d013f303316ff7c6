import { useRef, useState, type ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from './alert';
import { Button } from './button';
import { ErrorBoundary } from './error-boundary';

/** A part in a chunk of its own (`lazyPart`): whether its code is here, and a fresh attempt at fetching it. */
type Fetched = { readonly loaded: boolean; preload: () => Promise<void> };

/**
 * A part of a screen, in a chunk of its own, that the screen can do without (importing answers
 * under the start screen, the pack picker): when its code cannot be downloaded, its place says so
 * and offers to try again, and the rest of the screen keeps working. Any other error (a bug in the
 * part) goes on to the app's own boundary, as it would without this one.
 */
export function OptionalPart({ part, name, card = true, children }: { part: Fetched; /** What the part is, as the title of its notice (a heading where the part's own would be). */ name: string; card?: boolean; children: ReactNode }) {
  const here = useRef<HTMLDivElement>(null);
  return (
    <div ref={here} tabIndex={-1} className="optional-part">
      <ErrorBoundary
        fallback={(reset, error) => (
          <PartMissing
            part={part}
            name={name}
            error={error}
            card={card}
            onArrived={() => {
              // Back after "Try again": focus goes to the part, in the place of the button.
              here.current?.focus();
              reset();
            }}
          />
        )}
      >
        {children}
      </ErrorBoundary>
    </div>
  );
}

function PartMissing({ part, name, error, card, onArrived }: { part: Fetched; name: string; error: unknown; card: boolean; onArrived: () => void }) {
  const t = useT();
  const [trying, setTrying] = useState(false);
  // The part's code is here: the error is the part's own, not the connection's.
  if (part.loaded) throw error;
  const notice = (
    // A card of the screen has a heading of the second level; inside a dialog (its title the second), of the third.
    <Alert tone="warning" role="status" title={name} headingLevel={card ? 2 : 3}>
      <p>{t('common.partFailed.body')}</p>
      <div className="actions">
        <Button
          variant="secondary"
          busy={trying}
          onClick={() => {
            setTrying(true);
            // A failed attempt leaves the notice (and the focus on its button) where it is.
            void part.preload().then(() => (part.loaded ? onArrived() : setTrying(false)));
          }}
        >
          {t('common.partFailed.retry')}
        </Button>
      </div>
    </Alert>
  );
  return card ? <section className="card stack-tight">{notice}</section> : notice;
}
