import { useT } from '@/i18n/language-context';

/** A polite "loading" while a part of the app is fetched. */
export function Loading({ text }: { text?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      {text ?? t('common.loading')}
    </p>
  );
}
