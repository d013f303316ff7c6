import '@/i18n/domains/cli';
import type { MonotoneCheck } from '@/engine/authoring/expectations';
import { UNSURE_SHARE, type PackStats } from '@/engine/authoring/pack-stats';
import type { Lang } from '@/i18n/messages';
import { translator } from '@/i18n/t';
import type { Pack } from '@/rules/pack/pack-schema';
import { expectationLines } from './expectations-text';
import { textTable } from './text-table';

/** Clamped cells listed in the text output (the rest are counted). */
const CLAMPS_SHOWN = 12;

/** The readable form of the figures, one block per measure. */
export function formatStats(stats: PackStats, monotone: readonly MonotoneCheck[], pack: Pack, file: string, lang: Lang): string {
  const t = translator(lang);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const ids = (list: readonly string[]) => (list.length > 0 ? list.join(t('cli.rulesStats.join')) : t('cli.rulesStats.none'));
  const firsts = pack.options.map((o) => [o.id, pct.format(stats.firstPlaces[o.id] ?? 0)]);
  const over = stats.clamping.filter((c) => c.share > 0);
  const shown = over.slice(0, CLAMPS_SHOWN);
  const [largest] = over;
  const lines = [
    t('cli.rulesStats.title', { file, id: pack.id, version: pack.version, samples: stats.samples, seed: stats.seed, unsure: whole.format(UNSURE_SHARE) }),
    '',
    t('cli.rulesStats.firstPlaces'),
    ...textTable([t('cli.rulesStats.colOption'), t('cli.rulesStats.colShare')], firsts, ['left', 'right']),
    '',
    t('cli.rulesStats.ties', { share: pct.format(stats.ties) }),
    t('cli.rulesStats.leads', { under1: pct.format(stats.leadUnder1), under3: pct.format(stats.leadUnder3) }),
    t('cli.rulesStats.allBlocked', { share: pct.format(stats.allBlocked) }),
    '',
  ];
  if (!largest) lines.push(t('cli.rulesStats.noClamping'));
  else {
    lines.push(
      t('cli.rulesStats.clamping', { shown: shown.length, count: over.length }),
      ...textTable(
        [t('cli.rulesStats.colOption'), t('cli.rulesStats.colCriterion'), t('cli.rulesStats.colShare')],
        shown.map((c) => [c.option, c.criterion, pct.format(c.share)]),
        ['left', 'left', 'right'],
      ),
      t('cli.rulesStats.largestClamp', { share: pct.format(largest.share), option: largest.option, criterion: largest.criterion, count: over.filter((c) => c.share > 0.1).length }),
    );
  }
  lines.push(
    '',
    t('cli.rulesStats.neverRules', { count: stats.neverFired.rules.length, ids: ids(stats.neverFired.rules) }),
    t('cli.rulesStats.neverGuards', { count: stats.neverFired.guards.length, ids: ids(stats.neverFired.guards) }),
    t('cli.rulesStats.bypassed', { count: stats.bypassed.length, ids: ids(stats.bypassed) }),
  );
  if (monotone.length > 0) lines.push('', t('cli.rulesStats.monotone'), ...expectationLines(monotone, [], t).lines);
  return `${lines.join('\n')}\n`;
}
