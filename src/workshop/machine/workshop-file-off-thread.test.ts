import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from '@test/support/fake-worker';
import { testPack, testWorkshop } from '@test/support/workshop-pack';
import { parseWorkshopJson } from './workshop-file';
import { openWorkshopTextOffThread } from './workshop-file-off-thread';
import { deriveWorkshop, openWorkshopText } from './workshop-open';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

const room = JSON.stringify(testWorkshop([['Aiko', { 'q.level': 'low' }], ['Ben', { 'q.level': 'high', 'q.gone': 'x' }]], { 'q.level': 'mid' }));

describe('a workshop file opened off the main thread', () => {
  it('sends the pack and the text, and gets back only the results: the check, the aggregate and the consensus', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const opened = await openWorkshopTextOffThread(testPack, room);
    const checked = parseWorkshopJson(testPack, room);
    if (!checked.ok) throw new Error('the room does not open');
    expect(opened).toEqual({ checked, derived: deriveWorkshop(testPack, checked.workshop) });
    expect(opened.derived?.consensus.ranking.length).toBe(testPack.options.length);
    const [worker] = FakeWorker.created;
    expect(worker?.url).toMatch(/workshop-file-worker\.ts$/);
    expect(worker?.requests).toEqual([{ pack: testPack, text: room }]);
    expect(worker?.replies).toEqual([{ ok: true, result: opened }]);
  });

  it('says why a file cannot be opened, from the worker or in place, with nothing derived', async () => {
    await expect(openWorkshopTextOffThread(testPack, '{"format": 1,')).resolves.toEqual({ checked: { ok: false, problem: { code: 'not-json', line: 1, column: 14 } }, derived: null });
    vi.stubGlobal('Worker', FakeWorker);
    await expect(openWorkshopTextOffThread(testPack, '{"format": 1,')).resolves.toEqual(openWorkshopText({ pack: testPack, text: '{"format": 1,' }));
    await expect(openWorkshopTextOffThread(testPack, '{"format": "x"}')).resolves.toEqual({ checked: { ok: false, problem: { code: 'wrong-format' } }, derived: null });
  });
});
