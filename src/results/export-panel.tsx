import '@/i18n/domains/results';
import type { ReactNode } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';

type ExportPanelProps = {
  status: 'idle' | 'exporting' | 'failed';
  notice?: { replaced: string[] } | undefined;
  onExport: () => void;
  /** When a what-if scenario is shown, say that the report uses the real answers. */
  scenarioActive: boolean;
  /** Other actions shown in the same row as the export button. */
  children?: ReactNode;
};

/** The PDF export: the button, its progress, a failure with retry, and characters the font lacked. */
export function ExportPanel({ status, notice, onExport, scenarioActive, children }: ExportPanelProps) {
  const t = useT();
  const busy = status === 'exporting';
  return (
    <div className="export-panel">
      <div className="actions">
        <Button busy={busy} onClick={onExport}>
          {t('results.export.button')}
        </Button>
        {children}
      </div>
      <p className="export-panel__status" role="status" aria-live="polite">
        {busy ? t('results.export.exporting') : ''}
      </p>
      {scenarioActive ? <p className="export-panel__note">{t('results.export.usesAnswers')}</p> : null}
      {status === 'failed' ? (
        <Alert tone="error" role="alert">
          <p>{t('results.export.failed')}</p>
          <Button variant="secondary" onClick={onExport}>
            {t('results.export.retry')}
          </Button>
        </Alert>
      ) : null}
      {notice && notice.replaced.length > 0 && status === 'idle' ? (
        <Alert tone="warning">
          <p>{t('results.export.replaced', { chars: notice.replaced.join(' ') })}</p>
        </Alert>
      ) : null}
    </div>
  );
}
