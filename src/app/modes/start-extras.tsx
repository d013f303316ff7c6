import { useT } from '@/i18n/language-context';
import { Button } from '@/ui/button';
import { PackPicker, type PackPickerProps } from '@/packs/screens/pack-picker';

export type StartExtrasProps = PackPickerProps & { onWorkshop: () => void };

/** Under the start screen: run a workshop with this pack, or use another rules pack. */
export function StartExtras({ onWorkshop, ...picker }: StartExtrasProps) {
  const t = useT();
  return (
    <div className="grid-two">
      <section className="card stack-tight" aria-labelledby="workshop-entry-title">
        <h2 id="workshop-entry-title">{t('common.workshopEntry.title')}</h2>
        <p>{t('common.workshopEntry.body')}</p>
        <div className="actions">
          <Button variant="secondary" onClick={onWorkshop}>
            {t('common.workshopEntry.button')}
          </Button>
        </div>
      </section>
      <PackPicker {...picker} />
    </div>
  );
}
