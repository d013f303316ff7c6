import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import { lazyPart } from '@/lib/lazy-part';
import { OptionalPart } from './optional-part';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('OptionalPart', () => {
  it.each([
    ['en', 'This part of Aperture did not arrive', 'Try again'],
    ['ja', 'この部分を受信できませんでした', 'もう一度試す'],
  ] as const)('says in its place that a part could not be downloaded, keeps the rest of the screen, and shows the part once "Try again" fetches it (%s)', async (lang, body, retry) => {
    // The bug report the boundary writes to the console is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <p>Import answers</p>);
    const Part = lazyPart(load);
    render(
      <LanguageProvider initial={lang}>
        <h1>The screen</h1>
        <OptionalPart retry={Part.preload}>
          <Part />
        </OptionalPart>
      </LanguageProvider>,
    );
    const failed = await screen.findByRole('alert');
    expect(failed).toHaveTextContent(body);
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: retry }));
    expect(await screen.findByText('Import answers')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
