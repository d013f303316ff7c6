import '@/i18n/domains/target';
import type { TargetPlan } from '@/engine/score/types';
import type { Lang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import { describeTarget } from '@/report/phrases/target-phrase';
import type { Pack } from '@/rules/pack/pack-schema';

/** The readable "What would it take?" section that `npm run -s score -- --target <option>` prints. */
export function formatTarget(plan: TargetPlan, pack: Pack, lang: Lang): string {
  const t = translator(lang);
  const view = describeTarget(plan, pack, lang);
  const lines = [t('target.cli.heading', { option: view.option }), `  ${view.headline}`, `  ${view.now}`];
  for (const stage of view.stages) {
    lines.push('', `  ${t('target.cli.stage', { title: stage.title, gate: stage.gate })}`);
    for (const checkpoint of stage.checkpoints) {
      lines.push(`    - ${t('target.cli.checkpoint', { text: checkpoint.text, owner: checkpoint.ownerLine })}`);
      if (checkpoint.fromLowest) lines.push(`      ${checkpoint.fromLowest}`);
      if (checkpoint.actions.length > 0) lines.push(`      ${t('target.actions')}`, ...checkpoint.actions.map((a) => `        ${t('target.cli.action', { text: a })}`));
    }
    lines.push(`    ${stage.summary}`);
  }
  if (view.lifts) lines.push('', `  ${view.lifts}`);
  if (view.obstacles.length > 0) {
    lines.push('', `  ${t('target.obstaclesIntro')}`);
    for (const o of view.obstacles) lines.push(`    - ${o.because}`, ...(o.facts ? [`      ${o.facts}`] : []));
  }
  if (view.notes.length > 0) lines.push('', ...view.notes.map((n) => `  ${n}`));
  if (view.otherPaths.length > 0) lines.push('', `  ${t('target.otherPaths', { count: view.otherPaths.length })}`, ...view.otherPaths.map((p) => `    - ${p}`));
  return `${lines.join('\n')}\n`;
}
