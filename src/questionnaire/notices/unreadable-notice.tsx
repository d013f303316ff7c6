import { useT } from '@/i18n/language-context';
import type { MessageKey } from '@/i18n/t';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { downloadText } from '@/ui/download-file';
import type { UnreadableReason, UnreadableRecord } from '../storage/session-storage';

const REASONS: Record<UnreadableReason, MessageKey> = {
  'not-json': 'questionnaire.unreadable.reason.notJson',
  invalid: 'questionnaire.unreadable.reason.invalid',
  version: 'questionnaire.unreadable.reason.version',
};

export type UnreadableNoticeProps = { records: UnreadableRecord[]; onRemove: (key: string) => void };

/** Saved answers that could not be read: kept aside, offered as a file, removed only on request. */
export function UnreadableNotice({ records, onRemove }: UnreadableNoticeProps) {
  const t = useT();
  if (records.length === 0) return null;
  return (
    <Alert tone="warning" title={t('questionnaire.unreadable.title')} labelledBy="unreadable-title">
      <p>{t('questionnaire.unreadable.body')}</p>
      <ul>
        {records.map((record, i) => (
          <li key={record.key}>
            <p>{t(REASONS[record.reason])}</p>
            <div className="actions">
              <Button variant="secondary" onClick={() => downloadText(`aperture-unreadable-answers-${i + 1}.json`, record.text)}>
                {t('questionnaire.unreadable.download')}
              </Button>
              <Button variant="link" onClick={() => onRemove(record.key)}>
                {t('questionnaire.unreadable.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
