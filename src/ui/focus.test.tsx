import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { focusOnMount } from './focus';

afterEach(() => {
  vi.unstubAllGlobals();
});

function Heading() {
  return (
    <h1 tabIndex={-1} ref={focusOnMount}>
      A screen
    </h1>
  );
}

/** The browser's record of the user's activation, as Chromium gives it. */
function stubActivation(hasBeenActive: boolean) {
  vi.stubGlobal('navigator', { ...navigator, userActivation: { hasBeenActive, isActive: hasBeenActive } });
}

describe('a screen heading takes focus when it mounts', () => {
  it('once the user has acted on the page', () => {
    stubActivation(true);
    render(<Heading />);
    expect(screen.getByRole('heading', { name: 'A screen' })).toHaveFocus();
  });

  it('but not on the screen the page opens on, before the user has done anything: focus stays at the top of the page', () => {
    stubActivation(false);
    render(<Heading />);
    expect(screen.getByRole('heading', { name: 'A screen' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('and where the browser cannot tell whether the user has acted', () => {
    render(<Heading />);
    expect(screen.getByRole('heading', { name: 'A screen' })).toHaveFocus();
  });
});
