import { focusField } from '@/ui/field';
import { focusOnMount } from '@/ui/focus';
import { useT } from '@/i18n/language-context';

/** `fieldId`: the field the message links to; without one (an error of the whole form) the message is plain text. */
export type ErrorSummaryItem = { fieldId?: string; message: string };

/**
 * "There is a problem": every error of the section at the top, each a link that moves focus to
 * its field. Takes focus when it appears (mount it anew after each failed submit).
 */
export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={focusOnMount} aria-labelledby="error-summary-title">
      <h2 className="alert__title" id="error-summary-title">
        {t('questionnaire.errors.summaryTitle')}
      </h2>
      <ul>
        {items.map((item) => {
          const { fieldId } = item;
          return fieldId === undefined ? (
            <li key={item.message}>{item.message}</li>
          ) : (
            <li key={fieldId}>
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  if (focusField(fieldId)) event.preventDefault();
                }}
              >
                {item.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
