import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// The notice's chunk cannot be downloaded (a first visit that lost its connection).
vi.mock('../notices/section-settled-notice', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('the settled notice of a section, in a chunk of its own', () => {
  it('leaves the section without the notice, never with an error, when its download fails', async () => {
    // Fresh modules: component test files share theirs, and another file may have loaded the notice.
    vi.resetModules();
    const { SectionSettledNotice } = await import('./section-parts');
    await SectionSettledNotice.preload();
    expect(SectionSettledNotice.loaded).toBe(true);
    const { container } = render(<SectionSettledNotice onResults={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
