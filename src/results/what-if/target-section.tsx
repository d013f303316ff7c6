import '@/i18n/domains/target';
import '@/i18n/domains/results';
import { useId, useMemo, useState } from 'react';
import { planTarget } from '@/engine/target/target';
import type { Scored, TargetChange } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { describeTarget, type StageView } from '@/report/phrases/target-phrase';
import type { PackText } from '../pack-text';
import './target.css';
import { Button } from '@/ui/button';

type TargetSectionProps = {
  pack: Pack;
  /** The user's own answers: the path starts from what is true today, not from a scenario. */
  answers: Answers;
  own: Scored;
  /** The option asked about (one not recommended today). */
  target: string;
  onTargetChange: (option: string) => void;
  /** Applies the checkpoints as a what-if scenario. */
  onApply: (changes: readonly TargetChange[]) => void;
  text: PackText;
};

function Stage({ stage }: { stage: StageView }) {
  const { t } = useLanguage();
  return (
    <li className="target__stage">
      <h3>{stage.title}</h3>
      <p className="target__gate">{stage.gate}</p>
      <ul className="target__checkpoints">
        {stage.checkpoints.map((checkpoint) => (
          <li key={checkpoint.text}>
            <span className="target__checkpoint">{checkpoint.text}</span>
            {checkpoint.fromLowest ? <span className="target__unknown">{checkpoint.fromLowest}</span> : null}
            <span className="target__meta">{checkpoint.ownerLine}</span>
            {checkpoint.actions.length > 0 ? (
              <>
                <span className="target__meta">{t('target.actions')}</span>
                <ul className="target__actions">
                  {checkpoint.actions.map((action) => (
                    <li key={action}>{action}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="target__then">{stage.summary}</p>
    </li>
  );
}

/** "What would it take?": a target picker, the staged path to it and a button trying it as a what-if. */
export function TargetSection({ pack, answers, own, target, onTargetChange, onApply, text }: TargetSectionProps) {
  const { lang, t } = useLanguage();
  const pickerId = useId();
  const [applied, setApplied] = useState<string | undefined>(undefined);
  const plan = useMemo(() => planTarget(pack, answers, target), [pack, answers, target]);
  const view = useMemo(() => (plan ? describeTarget(plan, pack, lang) : undefined), [plan, pack, lang]);
  const choices = own.ranking.filter((r) => r.verdict !== 'recommended').map((r) => r.option);
  const ordered = pack.options.map((o) => o.id).filter((id) => choices.includes(id));
  if (!plan || !view || ordered.length === 0) return null;
  const first = plan.paths[0];
  return (
    <section className="results-section target" aria-labelledby="results-target">
      <h2 id="results-target">{t('target.heading')}</h2>
      <p>{t('target.intro')}</p>
      <div className="target__picker">
        <label htmlFor={pickerId}>{t('target.targetLabel')}</label>
        <select
          id={pickerId}
          className="input"
          value={target}
          onChange={(event) => {
            setApplied(undefined);
            onTargetChange(event.target.value);
          }}
        >
          {ordered.map((id) => (
            <option key={id} value={id}>
              {text.option(id)}
            </option>
          ))}
        </select>
      </div>
      <p className={`target__headline target__headline--${plan.status}`} role="status" aria-live="polite">
        {view.headline}
      </p>
      <p className="target__now">{view.now}</p>
      {view.stages.length > 0 ? (
        <ol className="target__stages" aria-label={t('target.heading')}>
          {view.stages.map((stage) => (
            <Stage key={stage.title} stage={stage} />
          ))}
        </ol>
      ) : null}
      {view.lifts ? <p>{view.lifts}</p> : null}
      {view.obstacles.length > 0 ? (
        <>
          <h3>{t('target.obstaclesIntro')}</h3>
          <ul className="target__obstacles">
            {view.obstacles.map((o) => (
              <li key={o.because}>
                {o.because}
                {o.facts ? <span className="target__meta">{o.facts}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {view.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {view.otherPaths.length > 0 ? (
        <details className="target__other">
          <summary>{t('target.otherPaths', { count: view.otherPaths.length })}</summary>
          <ul>
            {view.otherPaths.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {first ? (
        <div className="actions">
          <Button
            variant="secondary"
            onClick={() => {
              setApplied(target);
              onApply(first.changes);
            }}
          >
            {t('target.tryWhatIf')}
          </Button>
        </div>
      ) : null}
      <p className="target__applied" role="status" aria-live="polite">
        {applied === target ? t('target.whatIfApplied') : ''}
      </p>
    </section>
  );
}
