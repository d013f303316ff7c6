import type { MessageKey } from '@/i18n/t';
import { useT } from '@/i18n/language-context';
import type { SectionStatus } from '../machine/navigation';

export type SectionNavEntry = { id: string; title: string; status: SectionStatus };

export type SectionNavProps = {
  entries: SectionNavEntry[];
  currentId: string | undefined;
  onJump: (sectionId: string) => void;
  onReview: () => void;
};

const STATUS_KEYS: Record<SectionStatus, MessageKey> = {
  complete: 'questionnaire.status.complete',
  incomplete: 'questionnaire.status.incomplete',
  'not-started': 'questionnaire.status.notStarted',
};

/** Every shown section with its status; each one a link to jump to it. */
export function SectionNav({ entries, currentId, onJump, onReview }: SectionNavProps) {
  const t = useT();
  return (
    <nav className="section-layout__nav" aria-labelledby="section-nav-title">
      <h2 id="section-nav-title">
        {t('questionnaire.nav.title')}
      </h2>
      <ol className="section-nav">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#section-${entry.id}`}
              aria-current={entry.id === currentId ? 'step' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onJump(entry.id);
              }}
            >
              <span>{entry.title}</span>
              <span className={`status status--${entry.status}`}>{t(STATUS_KEYS[entry.status])}</span>
            </a>
          </li>
        ))}
        <li>
          <a
            href="#review"
            onClick={(event) => {
              event.preventDefault();
              onReview();
            }}
          >
            {t('questionnaire.nav.review')}
          </a>
        </li>
      </ol>
    </nav>
  );
}
