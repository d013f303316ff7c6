import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from '@/engine/express/assess';
import type * as Score from '@/engine/score/score';
import { strategyAnswers, strategyFullAnswers, strategyPack } from '@test/support/strategy-pack';
import { FakeWorker } from '@test/support/fake-worker';
import { EMPTY_SCENARIO } from '../what-if/scenario';

vi.mock('@/engine/score/score', async (original) => {
  const real = await original<typeof Score>();
  return { ...real, rankOptions: vi.fn(real.rankOptions) };
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

/** The hook's module and the engine's, fresh (the module keeps what it worked out ahead). */
async function fresh() {
  vi.resetModules();
  const score = await import('@/engine/score/score');
  // The mock may come back from an earlier test (in any order): count this test's calls only.
  vi.mocked(score.rankOptions).mockClear();
  const results = await import('./use-results');
  /** How many times the own answers were ranked (the full result's analysis ranks with settings of its own). */
  const ownRankings = () => vi.mocked(score.rankOptions).mock.calls.filter(([, , settings]) => settings === undefined).length;
  return { ...results, rankOptions: score.rankOptions, ownRankings };
}

describe('prepareResults', () => {
  it('ranks the answers ahead: the results then rank the same answers no more, and other answers as before', async () => {
    const { prepareResults, useResults, rankOptions, ownRankings } = await fresh();
    prepareResults(strategyPack, strategyAnswers);
    expect(ownRankings()).toBe(1);
    const { result, rerender } = renderHook(({ answers }) => useResults(strategyPack, answers, EMPTY_SCENARIO), { initialProps: { answers: strategyAnswers } });
    expect(ownRankings()).toBe(1);
    expect(result.current.own).toEqual(rankOptions(strategyPack, strategyAnswers));
    rerender({ answers: strategyFullAnswers });
    expect(result.current.own).toEqual(rankOptions(strategyPack, strategyFullAnswers));
    expect(result.current.own).not.toEqual(rankOptions(strategyPack, strategyAnswers));
  });

  it('starts the full result in the score worker ahead; the results use it instead of asking again', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { prepareResults, useResults } = await fresh();
    prepareResults(strategyPack, strategyAnswers);
    expect(FakeWorker.created).toHaveLength(1);
    const worker = FakeWorker.created[0] as FakeWorker;
    expect(worker.requests).toHaveLength(1);
    const { result } = renderHook(() => useResults(strategyPack, strategyAnswers, EMPTY_SCENARIO));
    await waitFor(() => expect(result.current.calculating).toBe(false));
    expect(result.current.result).toEqual(assess(strategyPack, strategyAnswers, { weights: {}, samples: 2000 }));
    expect(worker.requests).toHaveLength(1);
  });
});
