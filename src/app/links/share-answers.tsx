import { lazy, Suspense, useState } from 'react';
import { useT } from '@/i18n/language-context';
import type { AnswersFile } from '@/rules/answers/answers-schema';
import { buildAnswersFile } from '@/questionnaire/import/answers-file';
import { QuestionnaireContext } from '@/questionnaire/machine/questionnaire-context';
import { selectAnswers, selectPack, selectRespondent } from '@/questionnaire/machine/selectors';
import { Button } from '@/ui/button';
import { Dialog } from '@/ui/dialog';
import { Loading } from '../boot/loading';

/** The link and its QR code need lz-string and qrcode: loaded when the user asks to share. */
const ShareLinkBody = lazy(() => import('./share-link-body').then((m) => ({ default: m.ShareLinkBody })));

/** "Share my answers": a dialog with a link that carries the answers (nothing is uploaded) and its QR code. */
export function ShareAnswers() {
  const t = useT();
  const pack = QuestionnaireContext.useSelector(selectPack);
  const answers = QuestionnaireContext.useSelector(selectAnswers);
  const respondent = QuestionnaireContext.useSelector(selectRespondent);
  const [file, setFile] = useState<AnswersFile | null>(null);
  const close = () => setFile(null);
  return (
    <>
      <Button variant="secondary" onClick={() => setFile(buildAnswersFile(pack, answers, respondent, new Date()))}>
        {t('common.share.button')}
      </Button>
      {file ? (
        <Dialog title={t('common.share.title')} onClose={close}>
          <Suspense fallback={<Loading />}>
            <ShareLinkBody file={file} onClose={close} />
          </Suspense>
        </Dialog>
      ) : null}
    </>
  );
}
