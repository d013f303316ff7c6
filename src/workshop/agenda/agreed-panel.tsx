import '@/i18n/domains/workshop';
import { useId, useState } from 'react';
import { unanimityOf } from '@/engine/aggregate/aggregate-unanimity';
import { Dialog } from '@/ui/dialog';
import { AgreedUndo } from './agreed-undo';
import type { QuestionSpread } from '@/engine/aggregate/aggregate';
import { isQuestionVisible } from '@/engine/conditions/visibility';
import { countedProgress } from '@/engine/express/open-questions';
import { localize } from '@/i18n/t';
import type { AnswerValue, Answers } from '@/rules/answers/answers-schema';
import type { ChoiceQuestion, MultiQuestion, Pack } from '@/rules/pack/pack-schema';
import { Button } from '@/ui/button';
import { focusOnMount } from '@/ui/focus';
import { ConsensusPath } from './consensus-path';
import { ConsensusSummary } from './consensus-summary';
import { RecordAnswerForm } from './record-answer-form';
import { selectAggregate, selectAgreed, selectBrokenUnanimous, selectConsensus, selectPack, selectUnanimousCount, selectUnanimousMarks } from '../machine/selectors';
import { WorkshopMachineContext } from '../machine/workshop-context';
import { useWorkshopText, type WorkshopText } from '../workshop-text';
import { own } from '@/rules/own';
import { isolate } from '@/ui/isolate';

/**
 * Step 5: the agreed answers and the recommendation they give. Questions nobody recorded stay
 * unanswered in the consensus (no answer is assumed); the room's middle answer is offered, and
 * unanimous answers can be adopted in one go, both as explicit recordings.
 */
export function AgreedPanel() {
  const actor = WorkshopMachineContext.useActorRef();
  const pack = WorkshopMachineContext.useSelector(selectPack);
  const agreed = WorkshopMachineContext.useSelector(selectAgreed);
  const consensus = WorkshopMachineContext.useSelector(selectConsensus);
  const aggregate = WorkshopMachineContext.useSelector(selectAggregate);
  const unanimous = WorkshopMachineContext.useSelector(selectUnanimousCount);
  const broken = WorkshopMachineContext.useSelector(selectBrokenUnanimous);
  const marks = WorkshopMachineContext.useSelector(selectUnanimousMarks);
  const text = useWorkshopText(pack);
  const { t } = text;
  const id = useId();
  const questions = pack.sections.flatMap((s) => s.questions).filter((q): q is ChoiceQuestion | MultiQuestion => q.kind !== 'text');
  const spreads = new Map(aggregate.spreads.map((s) => [s.question, s]));
  const counted = countedProgress(pack, agreed);
  const record = (question: string) => (value: AnswerValue) => actor.send({ type: 'agreed.record', question, value });
  const clear = (question: string) => () => actor.send({ type: 'agreed.clear', question });

  return (
    <div className="stack">
      <section className="stack-tight" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`} ref={focusOnMount} tabIndex={-1}>{t('workshop.consensus.heading')}</h2>
        <ConsensusSummary pack={pack} consensus={consensus} agreedCount={counted.answered} questionCount={counted.total} text={text} />
        <ConsensusPath pack={pack} answers={agreed} ranking={consensus.ranking} />
      </section>
      <section className="stack-tight" aria-labelledby={`${id}-answers`}>
        <h2 id={`${id}-answers`}>{t('workshop.agreed.heading')}</h2>
        <p className="measure">{t('workshop.agreed.intro')}</p>
        <AgreedUndo text={text} />
        {unanimous > 0 ? (
          <div className="stack-tight">
            <p className="muted measure">{t('workshop.agreed.unanimousIntro')}</p>
            <div className="actions">
              <Button variant="secondary" onClick={() => actor.send({ type: 'agreed.adoptUnanimous' })}>
                {t('workshop.agreed.adoptUnanimous', { count: unanimous })}
              </Button>
            </div>
          </div>
        ) : null}
        {pack.sections.map((section) => {
          const own = questions.filter((q) => section.questions.includes(q));
          if (own.length === 0) return null;
          return (
            <section key={section.id} className="stack-tight" aria-labelledby={`${id}-${section.id}`}>
              <h3 id={`${id}-${section.id}`}>{localize(section.title, text.lang)}</h3>
              <ul className="workshop-agreed">
                {own.map((question) => (
                  <AgreedRow
                    key={question.id}
                    pack={pack}
                    question={question}
                    agreed={agreed}
                    spread={spreads.get(question.id)}
                    broken={broken.includes(question.id)}
                    marked={(marks ?? []).includes(question.id)}
                    text={text}
                    onRecord={record(question.id)}
                    onClear={clear(question.id)}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </section>
    </div>
  );
}

type AgreedRowProps = {
  pack: Pack;
  question: ChoiceQuestion | MultiQuestion;
  agreed: Answers;
  spread: QuestionSpread | undefined;
  /** Adopted as unanimous, and no longer unanimous. */
  broken: boolean;
  /** Adopted as the room's unanimous answer. */
  marked: boolean;
  text: WorkshopText;
  onRecord: (value: AnswerValue) => void;
  onClear: () => void;
};

function AgreedRow({ pack, question, agreed, spread, broken, marked, text, onRecord, onClear }: AgreedRowProps) {
  const { t } = text;
  const [confirming, setConfirming] = useState(false);
  const unanimity = spread ? unanimityOf(spread) : null;
  const current = own(agreed, question.id);
  const found = spread?.median ?? null;
  // A multi question's middle answer can be the empty set, which the engine reads as no answer.
  const median = Array.isArray(found) && found.length === 0 ? null : found;
  const asked = isQuestionVisible(pack, agreed, question.id);
  // A choice question's room answer is its median level; a multi question's, the choices more than half made (no median).
  const majority = question.kind === 'multi';
  return (
    <li className={current === undefined ? 'workshop-agreed__row' : 'workshop-agreed__row workshop-agreed__row--done'}>
      <p className="workshop-agreed__question">{text.question(question.id)}</p>
      <p>
        {current === undefined ? (
          <span className="workshop-agreed__missing">{t('workshop.agenda.notAgreed')}</span>
        ) : (
          <strong>{isolate(t('workshop.agenda.agreed'), { answer: text.answer(question.id, current) })}</strong>
        )}
        {!asked ? <span className="muted"> {t('workshop.agreed.notAsked')}</span> : null}
      </p>
      {unanimity && (current === undefined || marked) ? (
        <p className="muted">{unanimity.among === 1 ? t('workshop.agreed.unanimousAmongOne') : t('workshop.agreed.unanimousAmong', { count: unanimity.among })}</p>
      ) : null}
      {broken ? (
        <p className="workshop-flag" role="note">
          {t('workshop.agreed.broken')}
        </p>
      ) : null}
      {median !== null ? (
        <p className="muted">
          {isolate(t(majority ? 'workshop.agreed.majority' : 'workshop.agreed.median'), { answer: text.answer(question.id, median) })}{' '}
          {current === undefined || JSON.stringify(current) !== JSON.stringify(median) ? (
            <Button variant="link" onClick={() => (current === undefined ? onRecord(median) : setConfirming(true))} aria-label={t(majority ? 'workshop.agreed.useMajorityFor' : 'workshop.agreed.useMedianFor', { question: text.question(question.id) })}>
              {t('workshop.agreed.useMedian')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {confirming && median !== null && current !== undefined ? (
        <Dialog title={t('workshop.agreed.replaceTitle')} onClose={() => setConfirming(false)}>
          <p>{t(majority ? 'workshop.agreed.replaceWarningMajority' : 'workshop.agreed.replaceWarning', { current: text.answer(question.id, current), median: text.answer(question.id, median) })}</p>
          <div className="actions">
            <Button
              onClick={() => {
                onRecord(median);
                setConfirming(false);
              }}
            >
              {t('workshop.agreed.replaceConfirm', { median: text.answer(question.id, median) })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('workshop.cancel')}
            </Button>
          </div>
        </Dialog>
      ) : null}
      <details className="workshop-agreed__edit">
        <summary>{current === undefined ? t('workshop.agreed.record') : t('workshop.agreed.change')}</summary>
        <RecordAnswerForm
          key={JSON.stringify(current ?? null)}
          question={question}
          current={current}
          text={text}
          onRecord={onRecord}
          onClear={onClear}
          legend={text.question(question.id)}
        />
      </details>
    </li>
  );
}
