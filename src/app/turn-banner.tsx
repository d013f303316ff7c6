import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

export type TurnBannerProps = { label: string; onCancel: () => void };

/** Above every screen while a participant answers on this device: for whom, and a way back (asked first). */
export function TurnBanner({ label, onCancel }: TurnBannerProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <Alert tone="info" role="status" title={t('common.turn.bannerTitle', { label })} labelledBy="turn-banner-title">
      <p>{t('common.turn.bannerBody')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('common.turn.cancel')}
        </Button>
      </div>
      {asking ? (
        <Dialog title={t('common.turn.cancelTitle', { label })} onClose={() => setAsking(false)}>
          <p>{t('common.turn.cancelBody')}</p>
          <div className="actions">
            <Button variant="danger" onClick={onCancel}>
              {t('common.turn.cancelConfirm')}
            </Button>
            <Button variant="link" onClick={() => setAsking(false)}>
              {t('common.turn.keepAnswering')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </Alert>
  );
}
