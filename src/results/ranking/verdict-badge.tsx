import '@/i18n/domains/results';
import type { Verdict } from '@/engine/score/types';
import { useT } from '@/i18n/language-context';

const ICONS: Record<Verdict, string> = {
  recommended: 'M3.5 8.5l3 3 6-7',
  viable: 'M3.5 8h9',
  'not-recommended': 'M4 4l8 8M12 4l-8 8',
};

/** A verdict as an icon and its word (never colour alone). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return (
    <span className={`verdict verdict--${verdict}`}>
      <svg className="verdict__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={ICONS[verdict]} />
      </svg>
      {t(`results.verdict.${verdict}`)}
    </span>
  );
}
