import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from '@test/support/fake-worker';
import { loadPack } from '@/rules/pack/load-pack';
import { checkAnswersFile } from '@/rules/answers/load-answers';
import { encodeShareLink } from '@/lib/share/share-link';
import { answerRequests, runOffThread, type WorkerReply } from './off-thread';
import { readSharedLinkOffThread } from './share-link-off-thread';
import { readSharedLink } from './share-link-read';
import { checkAnswersTextsOffThread } from './answers-check-off-thread';

const loaded = loadPack(JSON.parse(readFileSync('rules/ai-openness.json', 'utf8')));
if (!loaded.ok) throw new Error('the shipped pack does not load');
const pack = loaded.pack;
const file = JSON.parse(readFileSync('test/fixtures/answers/startup-en.json', 'utf8')) as Record<string, unknown>;
const payloadOf = (link: string) => link.slice(link.indexOf('#answers=') + '#answers='.length);
const goodPayload = payloadOf(encodeShareLink('https://example.org/', file as never));

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

/** A worker that answers every request with `reply`, or fails as a script error does (`error`). */
function cannedWorker(behaviour: { reply: WorkerReply<unknown> } | 'error') {
  return class {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { preventDefault: () => void; defaultPrevented?: boolean }) => void) | null = null;
    prevented = false;
    postMessage() {
      setTimeout(() => {
        if (behaviour === 'error') this.onerror?.({ preventDefault: () => void (this.prevented = true) });
        else this.onmessage?.({ data: behaviour.reply });
      });
    }
    terminate() {}
  };
}

describe('work off the main thread', () => {
  it('does the work in place where there is no worker (Node, old browsers)', async () => {
    const inPlace = vi.fn(() => 42);
    await expect(runOffThread(() => new Worker('x'), { n: 1 }, inPlace)).resolves.toBe(42);
    expect(inPlace).toHaveBeenCalledOnce();
  });

  it('takes the result from the worker, and never does the work in place then', async () => {
    vi.stubGlobal('Worker', cannedWorker({ reply: { ok: true, result: 'from the worker' } }));
    const inPlace = vi.fn(() => 'in place');
    await expect(runOffThread(() => new Worker('x'), {}, inPlace)).resolves.toBe('from the worker');
    expect(inPlace).not.toHaveBeenCalled();
  });

  it.each([
    ['the worker says it failed', cannedWorker({ reply: { ok: false } })],
    ['the worker script fails', cannedWorker('error')],
  ])('does the work in place when %s', async (_, worker) => {
    vi.stubGlobal('Worker', worker);
    await expect(runOffThread(() => new Worker('x'), {}, () => 'in place')).resolves.toBe('in place');
  });

  it('does the work in place when the worker cannot start (a policy refuses it)', async () => {
    vi.stubGlobal('Worker', cannedWorker({ reply: { ok: true, result: 'unused' } }));
    const spawn = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    await expect(runOffThread(spawn, {}, () => 'in place')).resolves.toBe('in place');
  });

  it("answers each request with the handler's result, or ok: false when it throws", () => {
    const replies: unknown[] = [];
    const scope = { onmessage: null as ((event: MessageEvent<number>) => void) | null, postMessage: (reply: WorkerReply<number>) => void replies.push(reply) };
    answerRequests(scope, (n: number) => {
      if (n < 0) throw new Error('negative');
      return n * 2;
    });
    scope.onmessage?.({ data: 21 } as MessageEvent<number>);
    scope.onmessage?.({ data: -1 } as MessageEvent<number>);
    expect(replies).toEqual([{ ok: true, result: 42 }, { ok: false }]);
  });
});

describe('a share link read off the main thread', () => {
  it('sends the pack and the payload, and gets back only the check', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const read = await readSharedLinkOffThread(pack, goodPayload);
    expect(read).toEqual({ ok: true, check: checkAnswersFile(pack, file) });
    const [worker] = FakeWorker.created;
    expect(worker?.url).toMatch(/share-link-worker\.ts$/);
    expect(worker?.requests).toEqual([{ pack, payload: goodPayload }]);
    expect(worker?.replies).toEqual([{ ok: true, result: read }]);
    expect(worker?.terminated).toBe(true);
  });

  it('gets back the problem of a damaged link, as read in place', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const damaged = `${goodPayload.slice(0, 20)}x${goodPayload.slice(21)}`;
    const read = await readSharedLinkOffThread(pack, damaged);
    expect(read).toEqual({ ok: false, problem: 'not-decodable' });
    expect(FakeWorker.created).toHaveLength(1);
    expect(readSharedLink({ pack, payload: damaged })).toEqual(read);
    await expect(readSharedLinkOffThread(pack, 'abc')).resolves.toEqual({ ok: false, problem: 'unchecked' });
  });

  it('reads the link in place, with the same result, where there is no worker', async () => {
    await expect(readSharedLinkOffThread(pack, goodPayload)).resolves.toEqual({ ok: true, check: checkAnswersFile(pack, file) });
    await expect(readSharedLinkOffThread(pack, '')).resolves.toEqual({ ok: false, problem: 'no-answers' });
  });
});

describe('answers files checked off the main thread', () => {
  it('sends the pack and the texts, and gets back their checks in order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const texts = [JSON.stringify(file), '{'];
    const checks = await checkAnswersTextsOffThread(pack, texts);
    expect(checks[0]).toEqual(checkAnswersFile(pack, file));
    expect(checks[1]?.ok).toBe(false);
    expect(FakeWorker.created[0]?.url).toMatch(/answers-check-worker\.ts$/);
    expect(FakeWorker.created[0]?.requests).toEqual([{ pack, texts }]);
  });
});
