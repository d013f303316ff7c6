import '@/i18n/domains/target';
import { useId, useMemo, useState } from 'react';
import '@/i18n/domains/workshop';
import { countedProgress } from '@/engine/express/open-questions';
import { score } from '@/engine/score/score';
import { answersAfter, defaultTarget, planTarget } from '@/engine/target/target';
import { consensusLines } from '@/report/phrases/workshop-phrases';
import { Button } from '@/ui/button';
import { useWorkshopText } from '../workshop-text';
import type { RankedOption } from '@/engine/score/types';
import { useLanguage } from '@/i18n/language-context';
import type { Answers } from '@/rules/answers/answers-schema';
import type { Pack } from '@/rules/pack/pack-schema';
import { describeTarget } from '@/report/phrases/target-phrase';

export type ConsensusPathProps = {
  pack: Pack;
  /** The agreed answers the room recorded. */
  answers: Answers;
  /** The consensus ranking of those answers. */
  ranking: readonly RankedOption[];
};

/** "What would it take?" for the room's agreed answers: pick a more open option, see its staged path. */
export function ConsensusPath({ pack, answers, ranking }: ConsensusPathProps) {
  const { lang } = useLanguage();
  const pickerId = useId();
  const headingId = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  /** The target whose first path is tried as a what-if on the agreed answers (nothing is recorded). */
  const [applied, setApplied] = useState<string | null>(null);
  const text = useWorkshopText(pack);
  const { t } = text;
  const open = pack.options.map((o) => o.id).filter((id) => ranking.some((r) => r.option === id && r.verdict !== 'recommended'));
  const target = chosen !== undefined && open.includes(chosen) ? chosen : defaultTarget(pack, ranking);
  const plan = useMemo(() => (target === undefined ? undefined : planTarget(pack, answers, target)), [pack, answers, target]);
  const view = useMemo(() => (plan ? describeTarget(plan, pack, lang) : undefined), [plan, pack, lang]);
  const first = plan?.paths[0];
  const whatIf = useMemo(() => {
    if (!first || applied !== target) return null;
    const scenario = answersAfter(answers, first.changes);
    const counted = countedProgress(pack, scenario);
    return consensusLines(score(pack, scenario), counted.answered, counted.total, text, text.t);
  }, [first, applied, target, answers, pack, text]);
  if (!view || target === undefined || open.length === 0) return null;
  return (
    <section className="card workshop-path stack-tight" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('target.heading')}</h3>
      <label htmlFor={pickerId}>{t('target.targetLabel')}</label>
      <select id={pickerId} className="input" value={target} onChange={(event) => setChosen(event.target.value)}>
        {open.map((id) => (
          <option key={id} value={id}>
            {localizedName(pack, id, lang)}
          </option>
        ))}
      </select>
      <p className="workshop-verdict" role="status" aria-live="polite">
        {view.headline}
      </p>
      <p className="muted">{view.now}</p>
      {view.stages.length > 0 ? (
        <ol className="workshop-path__stages">
          {view.stages.map((stage) => (
            <li key={stage.title}>
              <strong>{stage.title}</strong> <span className="muted">{stage.gate}</span>
              <ul>
                {stage.checkpoints.map((c) => (
                  <li key={c.text}>
                    {c.text} {c.fromLowest ? <strong>{c.fromLowest}</strong> : null} <span className="muted">{t('workshop.path.ownerLine', { owner: c.ownerLine })}</span>
                  </li>
                ))}
              </ul>
              <p>{stage.summary}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {view.obstacles.map((o) => (
        <p key={o.because}>
          {o.because} {o.facts ? <span className="muted">{o.facts}</span> : null}
        </p>
      ))}
      {view.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {first ? (
        <div className="actions">
          {whatIf ? (
            <Button variant="secondary" onClick={() => setApplied(null)}>
              {t('workshop.whatIf.reset')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setApplied(target)}>
              {t('workshop.whatIf.apply')}
            </Button>
          )}
        </div>
      ) : null}
      <p className="workshop-verdict" aria-live="polite">
        {whatIf ? t('workshop.whatIf.applied', { result: [whatIf.top, whatIf.alsoRecommended].filter(Boolean).join(' ') }) : ''}
      </p>
    </section>
  );
}

function localizedName(pack: Pack, id: string, lang: 'en' | 'ja'): string {
  return pack.options.find((o) => o.id === id)?.name[lang] ?? id;
}
