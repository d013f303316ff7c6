import { useState } from 'react';
import { useT } from '@/i18n/language-context';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';

export type StartOverProps = {
  /** Offers the current answers as a file before they are cleared. */
  onDownload: () => void;
  onConfirm: () => void;
};

/** "Start over": asks first, and offers the answers as a download before clearing them. */
export function StartOver({ onDownload, onConfirm }: StartOverProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="link" onClick={() => setAsking(true)}>
        {t('questionnaire.startOver.button')}
      </Button>
      {asking ? (
        <Dialog title={t('questionnaire.startOver.title')} onClose={() => setAsking(false)}>
          <p>{t('questionnaire.startOver.body')}</p>
          <div className="stack-tight">
            <div className="actions">
              <Button variant="secondary" onClick={onDownload}>
                {t('questionnaire.startOver.download')}
              </Button>
            </div>
            <div className="actions">
              <Button
                variant="danger"
                onClick={() => {
                  setAsking(false);
                  onConfirm();
                }}
              >
                {t('questionnaire.startOver.confirm')}
              </Button>
              <Button variant="link" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
