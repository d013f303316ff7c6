import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { settledness } from '@/engine/express/settledness';
import { strategyAnswers, strategyFullAnswers, strategyPack } from '@test/support/strategy-pack';
import { useSettledness } from './use-settled';

const check = (answers: typeof strategyAnswers) => settledness(strategyPack, answers, { lookAhead: false });

describe('useSettledness', () => {
  it('has no answer on the first render, then the answer for these answers; an answer for older answers is never shown', async () => {
    const { result, rerender } = renderHook(({ answers }) => useSettledness(strategyPack, answers), { initialProps: { answers: strategyAnswers } });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toEqual(check(strategyAnswers)));
    rerender({ answers: strategyFullAnswers });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toEqual(check(strategyFullAnswers)));
  });
});
