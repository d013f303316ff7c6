import { useLanguage } from '@/i18n/language-context';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { downloadText } from '@/ui/download-file';
import { PackProblems } from './pack-problems';
import type { AsidePack } from '../storage/pack-store';
import { isolate } from '@/ui/isolate';

/** Said once after a pack was loaded: which pack is now used, and whether this browser will remember it. */
export type PackNotice = { kind: 'loaded'; title: string; version: string; remembered: boolean } | { kind: 'default' };

export function PackChangeNotice({ notice, onDismiss }: { notice: PackNotice; onDismiss: () => void }) {
  const { t } = useLanguage();
  return (
    <Alert
      tone={notice.kind === 'loaded' && !notice.remembered ? 'warning' : 'success'}
      role="status"
      title={notice.kind === 'loaded' ? isolate(t('common.pack.loadedTitle'), { title: notice.title, version: notice.version }) : t('common.pack.defaultTitle')}
      labelledBy="pack-change-title"
    >
      {notice.kind === 'loaded' ? <p>{t(notice.remembered ? 'common.pack.loadedBody' : 'common.pack.notRemembered')}</p> : null}
      <Button variant="secondary" onClick={onDismiss}>
        {t('common.pack.dismiss')}
      </Button>
    </Alert>
  );
}

/** A pack loaded earlier that no longer passes the checks: kept aside, offered as a file, removed on request. */
export function AsidePackNotice({ packs, onRemove }: { packs: AsidePack[]; onRemove: (key: string) => void }) {
  const { t } = useLanguage();
  if (packs.length === 0) return null;
  return (
    <Alert tone="warning" title={t('common.pack.asideTitle')} labelledBy="pack-aside-title">
      <p>{t('common.pack.asideBody')}</p>
      {packs.map((pack, i) => {
        const name = pack.fileName ?? `aperture-rules-${i + 1}.json`;
        const actions = (
          <div className="actions">
            <Button variant="secondary" onClick={() => downloadText(name, pack.text)}>
              {isolate(t('common.pack.asideDownload'), { file: name })}
            </Button>
            <Button variant="link" onClick={() => onRemove(pack.key)}>
              {isolate(t('common.pack.asideRemove'), { file: name })}
            </Button>
          </div>
        );
        return pack.problems.length > 0 ? (
          <PackProblems
            key={pack.key}
            title={isolate(t('common.pack.cannotTitle'), { file: name })}
            problems={pack.problems}
            announce={false}
          >
            {actions}
          </PackProblems>
        ) : (
          <div key={pack.key} className="stack-tight">
            <p>{t('common.pack.asideDamaged')}</p>
            {actions}
          </div>
        );
      })}
    </Alert>
  );
}
