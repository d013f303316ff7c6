import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '@/i18n/messages';
import type * as Loader from './load-section-validation';
import type { SectionAnswers } from './form-values';
import { smallPack as pack } from '@test/support/questionnaire-pack';

// The section's checks come in a chunk of their own: here its download can be made to fail.
vi.mock('./load-section-validation', async (original) => {
  const real = await original<typeof Loader>();
  return { ...real, loadSectionValidation: vi.fn(real.loadSectionValidation) };
});

/**
 * The form, its loader and the language context (with the Japanese texts), fresh: component test files share their modules, and
 * another file may have loaded the form (with the real loader, its checks already fetched).
 */
async function renderProfile(lang: Lang) {
  vi.resetModules();
  const { loadSectionValidation } = await import('./load-section-validation');
  const { SectionForm } = await import('./section-form');
  const { LanguageProvider } = await import('@/i18n/language-context');
  await import('@/i18n/core-ja');
  const section = pack.sections.find((s) => s.id === 'profile');
  if (!section) throw new Error('profile');
  const onSubmit = vi.fn<(answers: SectionAnswers) => void>();
  render(
    <LanguageProvider initial={lang}>
      <SectionForm pack={pack} section={section} answers={{}} submitLabel="Save and continue" backLabel="Back" onSubmit={onSubmit} onEdit={vi.fn()} onBack={vi.fn()} />
    </LanguageProvider>,
  );
  return { onSubmit, user: userEvent.setup(), loadSectionValidation };
}

describe('SectionForm when its checks cannot be downloaded', () => {
  it('saves nothing, says so at the head of the summary, keeps the fields, and checks them on the next try', async () => {
    const { user, onSubmit, loadSectionValidation } = await renderProfile('en');
    await user.click(screen.getByRole('radio', { name: 'Both' }));
    vi.mocked(loadSectionValidation).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('listitem')).toHaveTextContent(/^The checks for this page could not be downloaded .*try again\.$/);
    expect(within(summary).queryByRole('link')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Both' })).toBeChecked();

    // The next submit downloads the checks and validates as usual: the one open required question is named.
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('link', { name: 'How many employees? – Choose an answer' });
    const next = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(next).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['How many employees? – Choose an answer']);
    await user.click(screen.getByRole('radio', { name: 'Fewer than 300' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({ 'profile.builds': 'both', 'profile.size': 'small', 'profile.notes': null });
  });

  it('says so in Japanese', async () => {
    const { user, loadSectionValidation } = await renderProfile('ja');
    vi.mocked(loadSectionValidation).mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert', { name: '入力内容に問題があります' });
    expect(within(summary).getByRole('listitem')).toHaveTextContent('接続が途切れたなどの理由で、このページの入力チェックを読み込めませんでした。');
  });
});
