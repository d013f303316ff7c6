import '@/i18n/domains/workshop';
import { useEffect, useState } from 'react';
import { useT } from '@/i18n/language-context';
import { isLoopbackAddress } from './app-address';

type QrState = { text: string; src: string | null };

/** The SVG of a QR code as a data: URL (the page's CSP allows data: images, not inline SVG scripts). Loads `qrcode` on first use. */
export async function qrCodeSource(text: string): Promise<string> {
  const module = await import('qrcode');
  const qr = (module as unknown as { default?: typeof module }).default ?? module;
  const svg = await qr.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A QR code of `text`, or a note when the text is too long for one. */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const t = useT();
  const [state, setState] = useState<QrState | null>(null);
  useEffect(() => {
    let live = true;
    qrCodeSource(text).then(
      (src) => live && setState({ text, src }),
      () => live && setState({ text, src: null }),
    );
    return () => {
      live = false;
    };
  }, [text]);
  const loopback = isLoopbackAddress(text) ? (
    <p className="workshop-flag" role="note">
      {t('workshop.participants.loopback', { address: new URL(text).host })}
    </p>
  ) : null;
  if (!state || state.text !== text) return <p className="muted">{t('workshop.qr.loading')}</p>;
  if (!state.src) return <p>{t('workshop.qr.tooLong')}</p>;
  return (
    <>
      {loopback}
      <img className="workshop-qr" src={state.src} alt={alt} />
    </>
  );
}
