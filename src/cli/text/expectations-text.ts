import '@/i18n/domains/cli';
import type { CaseCheck, MonotoneCheck } from '@/engine/authoring/expectations';
import type { Translate } from '@/i18n/t';

/** The lines of `rules:check --deep`: one per declared expectation, "ok" or what broke it. */

function monotoneLine(check: MonotoneCheck, t: Translate): string {
  const options = check.options.join(t('cli.rulesCheck.or'));
  const rule = t(check.never === 'becomes-first' ? 'cli.rulesCheck.becomesFirst' : 'cli.rulesCheck.losesFirst', { question: check.question, options });
  if (check.violations === 0) return t('cli.rulesCheck.monotoneOk', { id: check.id, rule, steps: check.steps });
  const example = check.example;
  const list = (ids: readonly string[] | undefined) => (ids ?? []).join(t('cli.rulesCheck.or'));
  return t('cli.rulesCheck.monotoneFailed', {
    id: check.id,
    rule,
    violations: check.violations,
    steps: check.steps,
    from: example?.from ?? '',
    to: example?.to ?? '',
    before: list(example?.firstBefore),
    after: list(example?.firstAfter),
  });
}

function caseLines(check: CaseCheck, t: Translate): string[] {
  const first = check.first.join(t('cli.rulesCheck.or'));
  if (check.ok) return [t('cli.rulesCheck.caseOk', { id: check.id, first })];
  return [
    ...(check.wrongFirst ? [t('cli.rulesCheck.caseWrongFirst', { id: check.id, expected: check.wrongFirst.join(t('cli.rulesCheck.or')), first })] : []),
    ...(check.recommended ? [t('cli.rulesCheck.caseRecommended', { id: check.id, options: check.recommended.join(t('cli.rulesCheck.or')) })] : []),
  ];
}

/** The report of every expectation and the number that failed (0 when all held). */
export function expectationLines(monotone: readonly MonotoneCheck[], cases: readonly CaseCheck[], t: Translate): { lines: string[]; failed: number } {
  const failed = monotone.filter((m) => m.violations > 0).length + cases.filter((c) => !c.ok).length;
  const total = monotone.length + cases.length;
  if (total === 0) return { lines: [t('cli.rulesCheck.noExpectations')], failed: 0 };
  const lines = [...monotone.map((m) => monotoneLine(m, t)), ...cases.flatMap((c) => caseLines(c, t))];
  if (failed > 0) lines.push(t('cli.rulesCheck.deepFailed', { count: failed, total }));
  return { lines, failed };
}
