import { lazy, useState, type ComponentProps } from 'react';
import { quiet } from '@/lib/lazy-part';
import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import type { PackProblem } from '@/rules/pack/pack-problem';
import type { Pack } from '@/rules/pack/pack-schema';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { FileDrop } from '@/ui/file-drop';
import type { PackTools } from '../load/pack-boot';
import { checkPackOffThread } from '../load/pack-check-off-thread';
import { isolate } from '@/ui/isolate';

/** The list of a refused pack's problems: loaded only when a pack is refused. */
const Problems = lazy(() => import('./pack-problems').then((m) => ({ default: m.PackProblems })));
const PackProblems = quiet<ComponentProps<typeof Problems>>(Problems);

export type LoadedPack = { pack: Pack; text: string; fileName: string };

type Failure = { fileName: string; problems: PackProblem[] } | { fileName: string; reason: 'too-large' | 'unreadable' };

export type PackPickerProps = {
  active: Pack;
  /** The file the active pack came from, when the user loaded it (else the bundled pack is active). */
  customFile: string | undefined;
  tools: Pick<PackTools, 'check' | 'maxBytes'>;
  onUse: (loaded: LoadedPack) => void;
  onDefault: () => void;
  /** `plain` inside a dialog that has its own title; `card` on the start screen. */
  variant?: 'card' | 'plain';
};

/**
 * "Use another rules pack": a pack file (picker or drag-and-drop) is checked by the same loader as
 * the bundled pack; a valid one replaces the questionnaire, a broken one is explained line by line
 * and changes nothing.
 */
export function PackPicker({ active, customFile, tools, onUse, onDefault, variant = 'card' }: PackPickerProps) {
  const { lang, t } = useLanguage();
  const [failure, setFailure] = useState<Failure | null>(null);

  const read = async (file: File) => {
    if (file.size > tools.maxBytes) return setFailure({ fileName: file.name, reason: 'too-large' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setFailure({ fileName: file.name, reason: 'unreadable' });
    }
    const loaded = await checkPackOffThread(text, file.name, tools.check);
    if (!loaded.ok) return setFailure({ fileName: file.name, problems: loaded.problems });
    setFailure(null);
    onUse({ pack: loaded.pack, text, fileName: file.name });
  };

  const title = localize(active.title, lang);
  const body = (
    <>
      <p>{t('common.pack.intro')}</p>
      <p>
        {customFile
          ? isolate(t('common.pack.customActive'), { title, version: active.version, file: customFile })
          : isolate(t('common.pack.defaultActive'), { title, version: active.version })}
      </p>
      {customFile ? (
        <div className="actions">
          <Button variant="secondary" onClick={onDefault}>
            {t('common.pack.backToDefault')}
          </Button>
        </div>
      ) : null}
      <FileDrop prompt={t('common.pack.prompt')} buttonLabel={t('common.pack.button')} accept=".json,application/json" onFile={(file) => void read(file)} />
      {failure && 'problems' in failure ? (
        <PackProblems
          title={isolate(t('common.pack.cannotTitle'), { file: failure.fileName })}
          problems={failure.problems}
        >
          <p>{t('common.pack.unchanged')}</p>
        </PackProblems>
      ) : failure ? (
        <Alert tone="error" role="alert" headingLevel={3} title={isolate(t('common.pack.cannotTitle'), { file: failure.fileName })}>
          <p>{t(failure.reason === 'too-large' ? 'common.pack.tooLarge' : 'common.pack.unreadable')}</p>
          <p>{t('common.pack.unchanged')}</p>
        </Alert>
      ) : null}
    </>
  );
  if (variant === 'plain') return <div className="stack-tight">{body}</div>;
  return (
    <section className="card stack-tight" aria-labelledby="pack-picker-title">
      <h2 id="pack-picker-title">{t('common.pack.title')}</h2>
      {body}
    </section>
  );
}
