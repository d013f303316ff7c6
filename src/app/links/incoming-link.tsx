import { useEffect, useState } from 'react';
import { useLanguage } from '@/i18n/language-context';
import type { MessageKey } from '@/i18n/t';
import type { AnswersCheck } from '@/rules/answers/load-answers';
import type { Pack } from '@/rules/pack/pack-schema';
import { ImportOutcome } from '@/questionnaire/import/import-outcome';
import { QuestionnaireContext } from '@/questionnaire/machine/questionnaire-context';
import { selectHasAnswers } from '@/questionnaire/machine/selectors';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import type { PendingTurn } from '../machine/app-machine';
import { Loading } from '../boot/loading';
import type { SharedLinkRead } from '@/lib/answers-check/share-link-off-thread';

type Problem = Extract<SharedLinkRead, { ok: false }>['problem'] | 'load-failed';
type Read = { ok: true; check: AnswersCheck } | { ok: false; problem: Problem };

const PROBLEM_TEXT: Record<Problem, MessageKey> = {
  'no-answers': 'common.link.noAnswers',
  'not-decodable': 'common.link.notDecodable',
  'not-json': 'common.link.notDecodable',
  unchecked: 'common.link.unchecked',
  'load-failed': 'common.link.loadFailed',
};

/**
 * Decodes the link and checks it against the pack in a worker (loaded only when a link was opened,
 * with lz-string in it): however large the link, the page does not freeze meanwhile.
 */
function useSharedLink(pack: Pack, payload: string, onRead: () => void): Read | null {
  const [read, setRead] = useState<{ pack: Pack; payload: string; read: Read } | null>(null);
  useEffect(() => {
    let live = true;
    import('@/lib/answers-check/share-link-off-thread')
      .then((m) => m.readSharedLinkOffThread(pack, payload))
      .then(
        (result) => {
          if (!live) return;
          setRead({ pack, payload, read: result });
          onRead();
        },
        () => live && setRead({ pack, payload, read: { ok: false, problem: 'load-failed' } }),
      );
    return () => {
      live = false;
    };
  }, [pack, payload, onRead]);
  return read && read.pack === pack && read.payload === payload ? read.read : null;
}

export type IncomingLinkProps = {
  pack: Pack;
  payload: string;
  onAddToWorkshop: (turn: PendingTurn) => void;
  onDone: () => void;
  /** The payload has been read (whatever it held): from now on it may be kept for a reload. */
  onRead: () => void;
};

function useTurnOf(): (check: AnswersCheck) => PendingTurn {
  const { t } = useLanguage();
  return (check) => ({
    label: check.respondent?.name?.trim() || t('common.link.participant'),
    answers: check.answers,
    ...(check.respondent ? { respondent: check.respondent } : {}),
  });
}

function LinkFailed({ problem, onDone }: { problem: Problem; onDone: () => void }) {
  const { t } = useLanguage();
  return (
    <Alert tone="error" role="alert" title={t('common.link.cannotTitle')}>
      <p>{t(PROBLEM_TEXT[problem])}</p>
      <div className="actions">
        <Button variant="secondary" onClick={onDone}>
          {t('common.link.dismiss')}
        </Button>
      </div>
    </Alert>
  );
}

function SharedBy({ check }: { check: AnswersCheck }) {
  const { t } = useLanguage();
  const name = check.respondent?.name?.trim();
  if (!name) return <p>{t('common.link.sharedAnonymously')}</p>;
  // The name goes in isolated (<bdi>): bidi controls in it cannot reorder the sentence around it.
  const parts = t('common.link.sharedBy', { name: '{name}' }).split(/(\{name\})/);
  return <p>{parts.map((part, i) => (part === '{name}' ? <bdi key={i}>{name}</bdi> : part))}</p>;
}

/** A share link opened on the questionnaire: the same checked import as a file, never replacing answers unasked. */
export function IncomingLinkForQuestionnaire({ pack, payload, onAddToWorkshop, onDone, onRead }: IncomingLinkProps) {
  const { t } = useLanguage();
  const actor = QuestionnaireContext.useActorRef();
  const replaces = QuestionnaireContext.useSelector(selectHasAnswers);
  const read = useSharedLink(pack, payload, onRead);
  const turnOf = useTurnOf();
  if (!read) return <Loading text={t('common.link.reading')} />;
  if (!read.ok) return <LinkFailed problem={read.problem} onDone={onDone} />;
  const { check } = read;
  return (
    <ImportOutcome
      pack={pack}
      source={{ kind: 'link' }}
      check={check}
      replaces={replaces}
      headingLevel={2}
      confirmLabel={t('common.link.useAsMine')}
      intro={check.ok ? <SharedBy check={check} /> : null}
      onImport={(answers, respondent) => {
        actor.send({ type: 'answers.import', answers, ...(respondent ? { respondent } : {}) });
        onDone();
      }}
      onCancel={onDone}
      actions={
        check.ok && Object.keys(check.answers).length > 0 ? (
          <Button variant="secondary" onClick={() => onAddToWorkshop(turnOf(check))}>
            {t('common.link.addToWorkshop')}
          </Button>
        ) : null
      }
    />
  );
}

/** A share link opened during a workshop: add the answers as a participant, or take them as one's own. */
export function IncomingLinkForWorkshop({ pack, payload, onAddToWorkshop, onUseAsMine, onDone, onRead }: IncomingLinkProps & { onUseAsMine: () => void }) {
  const { t } = useLanguage();
  const read = useSharedLink(pack, payload, onRead);
  const turnOf = useTurnOf();
  if (!read) return <Loading text={t('common.link.reading')} />;
  if (!read.ok) return <LinkFailed problem={read.problem} onDone={onDone} />;
  const { check } = read;
  return (
    <ImportOutcome
      pack={pack}
      source={{ kind: 'link' }}
      check={check}
      replaces={false}
      headingLevel={2}
      intro={check.ok ? <SharedBy check={check} /> : null}
      confirmLabel={t('common.link.addToWorkshop')}
      onImport={() => onAddToWorkshop(turnOf(check))}
      onCancel={onDone}
      actions={
        check.ok && Object.keys(check.answers).length > 0 ? (
          <Button variant="secondary" onClick={onUseAsMine}>
            {t('common.link.useAsMine')}
          </Button>
        ) : null
      }
    />
  );
}
