import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyPart', () => {
  it('says whether its code has arrived, and renders at once once it has', async () => {
    const Part = lazyPart(() => Promise.resolve(Hello));
    expect(Part.loaded).toBe(false);
    await Part.preload();
    expect(Part.loaded).toBe(true);
    render(<Part name="board" fallback={<p>Loading</p>} />);
    expect(screen.getByText('Hello board')).toBeInTheDocument();
  });

  it('shows its fallback until the code arrives', async () => {
    const Part = lazyPart(() => Promise.resolve(Hello));
    render(<Part name="board" fallback={<p>Loading</p>} />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello board')).toBeInTheDocument();
  });

  it('fetches once, and anew after a failed download', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue(Hello);
    const Part = lazyPart(load);
    // A failure is left for the part itself to show (to the nearest error boundary) when it is rendered.
    await Part.preload();
    expect(Part.loaded).toBe(false);
    await Part.preload();
    await Part.preload();
    expect(Part.loaded).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
