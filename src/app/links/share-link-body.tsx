import { useId, useMemo, useState } from 'react';
import { useT } from '@/i18n/language-context';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { Button } from '@/ui/button';
import { appAddress } from '@/lib/share/app-address';
import { QrCode } from '@/lib/share/qr-code';
import { encodeShareLink } from '@/lib/share/share-link';

type Copy = 'idle' | 'copied' | 'failed';

/** The share link of the answers, a button to copy it and its QR code for a phone. */
export function ShareLinkBody({ file, onClose }: { file: AnswersFile; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const link = useMemo(() => encodeShareLink(appAddress(), file), [file]);
  const [copy, setCopy] = useState<Copy>('idle');
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // Clipboard refused (permissions, an insecure origin): the text can still be selected by hand.
      setCopy('failed');
    }
  };
  return (
    <div className="share stack-tight">
      <p>{t('common.share.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-link`}>
          {t('common.share.linkLabel')}
        </label>
        <textarea id={`${id}-link`} className="textarea share__link" readOnly rows={3} value={link} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div className="actions">
        <Button onClick={() => void copyLink()}>{t('common.share.copy')}</Button>
      </div>
      <p role="status" className="share__status">
        {copy === 'copied' ? t('common.share.copied') : copy === 'failed' ? t('common.share.copyFailed') : ''}
      </p>
      <div className="share__qr">
        <QrCode text={link} alt={t('common.share.qrAlt')} />
        <p className="muted">{t('common.share.qrHint')}</p>
      </div>
      <div className="actions">
        <Button variant="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </div>
  );
}
