import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledness } from '@/engine/express/settledness';
import { FakeWorker } from '@test/support/fake-worker';
import { strategyAnswers, strategyFullAnswers, strategyHiddenAnswers, strategyPack } from '@test/support/strategy-pack';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

/** A fresh copy of the module (it keeps one worker for the page). */
async function fresh() {
  vi.resetModules();
  return import('./settled-off-thread');
}

const check = (answers: typeof strategyAnswers) => settledness(strategyPack, answers, { lookAhead: false });

describe('settledness worked out off the main thread', () => {
  it('answers what the engine answers without the look-ahead, and sends the pack only once', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { settlednessOffThread } = await fresh();
    await expect(settlednessOffThread(strategyPack, strategyAnswers)).resolves.toEqual(check(strategyAnswers));
    await expect(settlednessOffThread(strategyPack, strategyFullAnswers)).resolves.toEqual(check(strategyFullAnswers));
    expect(FakeWorker.created).toHaveLength(1);
    const [worker] = FakeWorker.created;
    expect(worker?.url).toMatch(/settled-worker\.ts$/);
    expect(worker?.requests).toEqual([
      { id: 1, pack: strategyPack, answers: strategyAnswers },
      { id: 2, answers: strategyFullAnswers },
    ]);
  });

  it('drops a request still waiting when a newer one arrives: only the newest answers are worked out next', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { settlednessOffThread } = await fresh();
    const first = settlednessOffThread(strategyPack, strategyAnswers);
    const stale = settlednessOffThread(strategyPack, strategyFullAnswers);
    const latest = settlednessOffThread(strategyPack, strategyHiddenAnswers);
    await expect(stale).resolves.toBeUndefined();
    await expect(first).resolves.toEqual(check(strategyAnswers));
    await expect(latest).resolves.toEqual(check(strategyHiddenAnswers));
    expect(FakeWorker.created[0]?.requests.map((r) => (r as { answers: unknown }).answers)).toEqual([strategyAnswers, strategyHiddenAnswers]);
  });

  it('works it out on the page where there is no worker, or when the worker cannot load', async () => {
    const { settlednessOffThread } = await fresh();
    await expect(settlednessOffThread(strategyPack, strategyAnswers)).resolves.toEqual(check(strategyAnswers));
    class BrokenWorker extends FakeWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.({ preventDefault: () => undefined }));
      }
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const again = await fresh();
    await expect(again.settlednessOffThread(strategyPack, strategyFullAnswers)).resolves.toEqual(check(strategyFullAnswers));
    await expect(again.settlednessOffThread(strategyPack, strategyHiddenAnswers)).resolves.toEqual(check(strategyHiddenAnswers));
    expect(FakeWorker.created).toHaveLength(1);
  });

  it('waits for the rules of a pack that has only its questions yet, and answers "not known" if they cannot come', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { settlednessOffThread } = await fresh();
    const { packAwaitingRules, splitPackRules } = await import('../pack/pack-rules');
    const { questions, rules } = splitPackRules(strategyPack);
    let arrive: () => void = () => undefined;
    const pack = packAwaitingRules(questions, () => new Promise((resolve) => (arrive = () => resolve(rules))));
    const answer = settlednessOffThread(pack, strategyAnswers);
    await Promise.resolve();
    expect(FakeWorker.created).toHaveLength(0);
    arrive();
    await expect(answer).resolves.toEqual(check(strategyAnswers));

    const never = packAwaitingRules(questions, () => Promise.reject(new Error('offline')));
    await expect(settlednessOffThread(never, strategyAnswers)).resolves.toBeUndefined();
  });
});
