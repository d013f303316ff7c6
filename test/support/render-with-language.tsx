import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import type { ResultsScreenProps } from '../../src/results/results-screen';
import { strategyFullAnswers, strategyPack } from './strategy-pack';

/** Renders inside the language provider, as the app does. */
export function renderIn(ui: ReactElement, lang: Lang = 'en') {
  return render(<LanguageProvider initial={lang}>{ui}</LanguageProvider>);
}

/** Props of the results screen over the small test pack, with spy callbacks. */
export function screenProps(overrides: Partial<ResultsScreenProps> = {}): ResultsScreenProps {
  return {
    pack: strategyPack,
    answers: strategyFullAnswers,
    exportStatus: 'idle',
    onExportReport: vi.fn(),
    onChangeAnswer: vi.fn(),
    onReview: vi.fn(),
    ...overrides,
  };
}
