import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import { lazyPart } from '@/lib/lazy-part';
import { ErrorBoundary } from './error-boundary';
import { OptionalPart } from './optional-part';

afterEach(() => {
  vi.restoreAllMocks();
});

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const ImportCard = () => <p>Import answers</p>;

function page(lang: 'en' | 'ja', part: ReactNode) {
  // The bug report the boundaries write to the console is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return render(
    <LanguageProvider initial={lang}>
      <ErrorBoundary fallback={() => <p>The app crashed</p>}>
        <h1>The screen</h1>
        {part}
      </ErrorBoundary>
    </LanguageProvider>,
  );
}

describe('OptionalPart', () => {
  it.each([
    ['en', 'The data needed to show this part did not arrive', 'Try again'],
    ['ja', 'この部分の表示に必要なデータを受信できませんでした', 'もう一度試す'],
  ] as const)('says in its place that a part could not be downloaded, keeps the rest of the screen, and shows the part once "Try again" fetches it (%s)', async (lang, body, retry) => {
    const load = vi.fn<() => Promise<() => ReactNode>>().mockImplementationOnce(offline).mockResolvedValue(ImportCard);
    const Part = lazyPart(load);
    page(
      lang,
      <OptionalPart part={Part} name="Import answers">
        <Part />
      </OptionalPart>,
    );
    const missing = await screen.findByRole('status', { name: 'Import answers' });
    expect(within(missing).getByRole('heading', { level: 2, name: 'Import answers' })).toBeInTheDocument();
    expect(missing).toHaveTextContent(body);
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: retry }));
    expect(await screen.findByText('Import answers')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Import answers').parentElement).toHaveFocus();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the notice, and the focus on its button, when trying again fails too', async () => {
    const load = vi.fn<() => Promise<() => ReactNode>>().mockImplementationOnce(offline).mockImplementationOnce(offline).mockResolvedValue(ImportCard);
    const Part = lazyPart(load);
    page(
      'en',
      <OptionalPart part={Part} name="Import answers">
        <Part />
      </OptionalPart>,
    );
    const user = userEvent.setup();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    await user.click(retry);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(retry).not.toHaveAttribute('aria-busy'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBe(retry);
    expect(retry).toHaveFocus();
    await user.click(retry);
    expect(await screen.findByText('Import answers')).toBeInTheDocument();
  });

  it('lets a bug in a part whose code has arrived go on to the app’s own boundary', async () => {
    const Broken = lazyPart(() =>
      Promise.resolve(() => {
        throw new Error('A bug in the part');
      }),
    );
    page(
      'en',
      <OptionalPart part={Broken} name="Import answers">
        <Broken />
      </OptionalPart>,
    );
    expect(await screen.findByText('The app crashed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
