import { useLanguage } from '@/i18n/language-context';
import { localize } from '@/i18n/t';
import { useSettledness } from '@/lib/settled/use-settled';
import { Button } from '@/ui/button';
import { QuestionnaireContext } from '../machine/questionnaire-context';
import { selectWorkingAnswers } from '../machine/express-selectors';
import { selectPack } from '../machine/selectors';
import { SettledNotice } from './settled-notice';

/**
 * "Your recommendation is settled" while answering. Whether the answers settle it (tens of
 * milliseconds on a large pack) is worked out in a Web Worker: the section paints first, the notice
 * follows when the answer arrives, and a click never waits for it.
 */
export function SectionSettledNotice({ onResults }: { onResults: () => void }) {
  const pack = QuestionnaireContext.useSelector(selectPack);
  const working = QuestionnaireContext.useSelector(selectWorkingAnswers);
  const { lang, t } = useLanguage();
  const settled = useSettledness(pack, working);
  if (!settled?.settled || settled.remaining.length === 0) return null;
  return (
    <SettledNotice
      remaining={settled.remaining.length}
      recommended={settled.recommended.map((id) => {
        const option = pack.options.find((o) => o.id === id);
        return option ? localize(option.name, lang) : id;
      })}
    >
      <div className="actions">
        <Button variant="secondary" onClick={onResults}>
          {t('questionnaire.express.seeResultsNow')}
        </Button>
      </div>
    </SettledNotice>
  );
}
