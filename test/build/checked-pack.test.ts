import { describe, expect, it } from 'vitest';
import { checkedPack, DEFAULT_PACK_MODULE } from '../../build/checked-pack';
import { parsePackJson } from '@/rules/pack/load-pack';
import { readFileSync } from 'node:fs';

type Hooks = {
  resolveId: (id: string) => string | undefined;
  load: (this: { addWatchFile: (file: string) => void; error: (message: string) => never }, id: string) => Promise<string | undefined>;
};

function run(file: string): Promise<string | undefined> {
  const plugin = checkedPack(file) as unknown as Hooks;
  const id = plugin.resolveId(DEFAULT_PACK_MODULE);
  if (id === undefined) throw new Error('the module id is not resolved');
  const context = {
    addWatchFile: () => undefined,
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  return plugin.load.call(context, id);
}

describe('the bundled pack, checked at build time', () => {
  it('holds exactly what the loader makes of the pack file', async () => {
    const code = (await run('rules/ai-openness.json')) ?? '';
    const match = /^export default JSON\.parse\((.*)\);\n$/s.exec(code);
    const loaded = parsePackJson(readFileSync('rules/ai-openness.json', 'utf8'));
    expect(loaded.ok).toBe(true);
    expect(JSON.parse(JSON.parse(match?.[1] ?? '""') as string)).toEqual(loaded.ok ? loaded.pack : undefined);
  });

  it('fails the build with every problem of a broken pack, each on its own line', async () => {
    await expect(run('test/fixtures/packs/bad-baseline-missing.json')).rejects.toThrow(/does not pass the pack checks:\ntest\/fixtures\/packs\/bad-baseline-missing\.json: .*baseline/);
  });

  it('leaves every other module alone', () => {
    const plugin = checkedPack('rules/ai-openness.json') as unknown as Hooks;
    expect(plugin.resolveId('rules/ai-openness.json')).toBeUndefined();
  });
});
