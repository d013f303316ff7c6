import { describe, expect, it, vi } from 'vitest';
import { onceLoaded } from './once-loaded';

describe('onceLoaded', () => {
  it('loads once for every caller', async () => {
    const load = vi.fn(() => Promise.resolve('chunk'));
    const get = onceLoaded(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b, await get()]).toEqual(['chunk', 'chunk', 'chunk']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('chunk');
    const get = onceLoaded(load);
    await expect(get()).rejects.toThrow('Failed to fetch');
    await expect(get()).resolves.toBe('chunk');
    await expect(get()).resolves.toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
