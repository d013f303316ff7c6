import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { isolate } from '@/ui/isolate';

export type TurnBannerProps = { label: string; onPause: () => void };

/**
 * Above every screen while a participant answers on this device: for whom, and a way to hand the
 * device back before finishing (asked first). The answers stay; the workshop shows the turn as
 * unfinished until the facilitator resumes, adds or discards it.
 */
export function TurnBanner({ label, onPause }: TurnBannerProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <Alert tone="info" role="status" title={isolate(t('common.turn.bannerTitle'), { label })} labelledBy="turn-banner-title">
      <p>{t('common.turn.bannerBody')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('common.turn.pause')}
        </Button>
      </div>
      {asking ? (
        <Dialog title={isolate(t('common.turn.pauseTitle'), { label })} onClose={() => setAsking(false)}>
          <p>{t('common.turn.pauseBody')}</p>
          <div className="actions">
            <Button onClick={onPause}>{t('common.turn.pauseConfirm')}</Button>
            <Button variant="link" onClick={() => setAsking(false)}>
              {t('common.turn.keepAnswering')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </Alert>
  );
}
