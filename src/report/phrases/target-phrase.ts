import '@/i18n/domains/target';
import type { ActionRef, TargetChange, TargetPlan } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import { joinSentences, localize, translator } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { PHASES, type Phase } from '@/rules/pack/pack-vocabulary';
import { packNames } from '../model/pack-names';

/**
 * A target plan in words, in one language: what the results screen, the PDF, the command line
 * and the workshop show of "What would it take?". Pure.
 */

/**
 * `owner`: the owner's name; `ownerLine`: "Owner: …"; `fromLowest`: for a capability not known
 * today, that the checkpoint is counted from its lowest level and the company should find out where it stands first.
 */
export type CheckpointView = { text: string; owner: string; ownerLine: string; fromLowest: string | undefined; actions: string[] };

export type StageView = {
  title: string;
  /** The rollout phase this stage is the go/no-go gate of: the earliest phase of its actions, else by position. */
  phase: Phase;
  gate: string;
  checkpoints: CheckpointView[];
  then: string;
  target: string;
  /** `then` and `target` as one line. */
  summary: string;
};

export type TargetView = {
  status: TargetPlan['status'];
  option: string;
  headline: string;
  now: string;
  stages: StageView[];
  lifts: string | undefined;
  obstacles: { because: string; facts: string | undefined }[];
  notes: string[];
  otherPaths: string[];
};

/** Describes a plan of `pack` in `lang`. */
export function describeTarget(plan: TargetPlan, pack: Pack, lang: Lang): TargetView {
  const t = translator(lang);
  const names = packNames(pack, lang);
  const join = t('target.listJoin');
  const points = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const option = names.option(plan.target);
  // A question quoted inside a sentence loses its own full stop (Japanese questions end in 。).
  const question = (id: string) => names.question(id).replace(/。$/, '');
  const list = (ids: readonly string[]) => ids.map((id) => names.option(id)).join(join);
  const actionText = (ref: ActionRef) => {
    const action = pack.options.find((o) => o.id === ref.option)?.actions[ref.action];
    return action ? t('target.action', { text: localize(action.text, lang), option: names.option(ref.option) }) : '';
  };
  const change = (c: Pick<TargetChange, 'question' | 'to' | 'fromLowest'>) =>
    t(c.fromLowest ? 'target.changeFromLowest' : 'target.change', { question: question(c.question), to: names.choice(c.question, c.to) });
  const first = plan.paths[0];
  const horizon = first ? t(`target.within.${first.horizon}`) : '';
  const stages = plan.stages.map((stage, i): StageView => {
    const then = stage.recommended.length > 0 ? t('target.then', { options: list(stage.recommended) }) : t('target.thenNone');
    const reached = t(`target.targetThen.${stage.target}`, { option });
    const phases = stage.checkpoints.flatMap((c) => c.actions.flatMap((a) => pack.options.find((o) => o.id === a.option)?.actions[a.action]?.phase ?? []));
    const phase = PHASES.find((p) => phases.includes(p)) ?? PHASES[Math.min(i, PHASES.length - 1)] ?? 'pilot';
    return {
      title: t('target.stage', { number: i + 1, horizon: t(`target.within.${stage.horizon}`) }),
      phase,
      gate: t('target.gate', { phase: t(`target.phase.${phase}`) }),
      checkpoints: stage.checkpoints.map((c) => ({
        text: t('target.checkpoint', { question: question(c.question), from: names.choice(c.question, c.from), to: names.choice(c.question, c.to) }),
        owner: t(`target.owner.${c.owner}`),
        ownerLine: t('target.checkpointMeta', { owner: t(`target.owner.${c.owner}`) }),
        fromLowest: c.fromLowest ? t('target.fromLowest') : undefined,
        actions: c.actions.map(actionText).filter((text) => text !== ''),
      })),
      then,
      target: reached,
      summary: t('target.thenAndTarget', { then, target: reached }),

    };
  });
  const because = (guard: string) => {
    const found = pack.guards.find((g) => g.id === guard);
    return found ? localize(found.because, lang) : guard;
  };
  const notes: string[] = [];
  if (plan.status === 'unreachable' && plan.obstacles.length === 0 && !plan.closest && plan.shortBy > 0) notes.push(t('target.shortBy', { option, points: points.format(plan.shortBy) }));
  if (plan.closest) notes.push(t('target.closest', { changes: plan.closest.changes.map(change).join(join), points: points.format(plan.closest.shortBy) }));
  if (plan.status !== 'recommended' && plan.unknown.length > 0) notes.push(t('target.unknown', { questions: plan.unknown.map(question).join(join) }));
  return {
    status: plan.status,
    option,
    headline: t(`target.status.${plan.status}`, { option, horizon }),
    now: t('target.nowRecommended', { options: plan.now.recommended.length > 0 ? list(plan.now.recommended) : t('target.nowNone') }),
    stages,
    lifts: first && first.lifts.length > 0 ? t('target.lifts', { reasons: joinSentences(first.lifts.map(because), lang) }) : undefined,
    obstacles: plan.obstacles.map((o) => ({
      because: because(o.guard),
      facts: o.fixed.length > 0 ? t('target.fixedFacts', { questions: o.fixed.map((q) => names.question(q)).join(join) }) : undefined,
    })),
    notes,
    otherPaths: plan.paths.slice(1).map((p) => t('target.path', { changes: p.changes.map(change).join(join), horizon: t(`target.within.${p.horizon}`) })),
  };
}
