import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import type { PackProblem } from '@/rules/pack/pack-problem';
import { MAX_PROBLEMS_SHOWN, PackProblems } from './pack-problems';

describe('PackProblems with thousands of problems', () => {
  it.each([
    ['en', 'Problems found: 6,000.', '… and 5,900 more, not listed. Correct the ones above and load the file again.'],
    ['ja', '見つかった問題：6,000件', '…ほかに5,900件あります（一覧は省略）。上記を修正して、もう一度読み込んでください。'],
  ] as const)('lists the first ones, counts them all and says how many are not listed (%s)', (lang, count, more) => {
    const problems = Array.from({ length: 6_000 }, (_, i): PackProblem => ({
      path: `rules[${i}].source`,
      code: 'unknown-reference',
      params: { kind: 'source', id: '"x"', suggestion: '', known: 'a, b' },
    }));
    render(
      <LanguageProvider initial={lang}>
        <PackProblems title="big.json" problems={problems} />
      </LanguageProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(screen.getByText(count)).toBeInTheDocument();
    expect(screen.getByText(more)).toBeInTheDocument();
  });
});
