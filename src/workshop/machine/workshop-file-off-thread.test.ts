import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker } from '@test/support/fake-worker';
import { testPack, testWorkshop } from '@test/support/workshop-pack';
import { parseWorkshopJson } from './workshop-file';
import { checkWorkshopTextOffThread } from './workshop-file-off-thread';

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.created.length = 0;
});

const room = JSON.stringify(testWorkshop([['Aiko', { 'q.level': 'low' }], ['Ben', { 'q.level': 'high', 'q.gone': 'x' }]]));

describe('a workshop file checked off the main thread', () => {
  it('sends the pack and the text, and gets back only the check (the workshop, the entries and their problems)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const checked = await checkWorkshopTextOffThread(testPack, room);
    expect(checked).toEqual(parseWorkshopJson(testPack, room));
    expect(checked.ok && checked.workshop.participants.map((p) => p.label)).toEqual(['Aiko', 'Ben']);
    const [worker] = FakeWorker.created;
    expect(worker?.url).toMatch(/workshop-file-worker\.ts$/);
    expect(worker?.requests).toEqual([{ pack: testPack, text: room }]);
    expect(worker?.replies).toEqual([{ ok: true, result: checked }]);
  });

  it('says why a file cannot be opened, from the worker or in place', async () => {
    await expect(checkWorkshopTextOffThread(testPack, '{"format": 1,')).resolves.toEqual({ ok: false, problem: { code: 'not-json', line: 1, column: 14 } });
    vi.stubGlobal('Worker', FakeWorker);
    await expect(checkWorkshopTextOffThread(testPack, '{"format": 1,')).resolves.toEqual(parseWorkshopJson(testPack, '{"format": 1,'));
    await expect(checkWorkshopTextOffThread(testPack, '{"format": "x"}')).resolves.toEqual({ ok: false, problem: { code: 'wrong-format' } });
  });
});
