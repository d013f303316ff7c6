import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answers } from '@/rules/answers/answers-schema';
import { LanguageProvider } from '@/i18n/language-context';
import type { Lang } from '@/i18n/messages';
import type { SectionAnswers } from './form-values';
import { loadSectionValidation } from './load-section-validation';
import { SectionForm } from './section-form';
import { smallPack as pack } from '@test/support/questionnaire-pack';

function renderSection(sectionId: string, options: { answers?: Answers; draft?: SectionAnswers; focusQuestion?: string; lang?: Lang } = {}) {
  const section = pack.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(sectionId);
  const onSubmit = vi.fn<(answers: SectionAnswers) => void>();
  const onEdit = vi.fn<(answers: SectionAnswers) => void>();
  const onBack = vi.fn();
  render(
    <LanguageProvider initial={options.lang ?? 'en'}>
      <SectionForm
        pack={pack}
        section={section}
        answers={options.answers ?? {}}
        {...(options.draft ? { draft: options.draft } : {})}
        {...(options.focusQuestion ? { focusQuestion: options.focusQuestion } : {})}
        submitLabel="Save and continue"
        backLabel="Back"
        onSubmit={onSubmit}
        onEdit={onEdit}
        onBack={onBack}
      />
    </LanguageProvider>,
  );
  return { onSubmit, onEdit, onBack, user: userEvent.setup() };
}

describe('SectionForm', () => {
  // The section's checks, fetched as the app does while the first question is read (section-form-checks.test.tsx: when they are not there).
  beforeAll(() => loadSectionValidation());

  it('renders a choice question as a radio group with its legend, and "not sure" as an extra radio', async () => {
    const { user, onSubmit } = renderSection('profile');
    const group = screen.getByRole('group', { name: 'Do you build your own models?' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'No, we use none',
      'We buy AI services',
      'We build our own',
      'Both',
      'Not sure',
    ]);
    expect(within(screen.getByRole('group', { name: 'How many employees?' })).queryByRole('radio', { name: 'Not sure' })).toBeNull();
    await user.click(within(group).getByRole('radio', { name: 'Not sure' }));
    await user.click(screen.getByRole('radio', { name: 'Fewer than 300' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).toHaveBeenCalledWith({ 'profile.builds': { unsure: true }, 'profile.size': 'small', 'profile.notes': null });
  });

  it('sends every change as a draft from the form handler', async () => {
    const { user, onEdit } = renderSection('profile');
    await user.click(screen.getByRole('radio', { name: 'Both' }));
    expect(onEdit).toHaveBeenLastCalledWith({ 'profile.builds': 'both', 'profile.size': null, 'profile.notes': null });
    await user.type(screen.getByRole('textbox', { name: /Anything else/ }), 'Hi');
    expect(onEdit).toHaveBeenLastCalledWith({ 'profile.builds': 'both', 'profile.size': null, 'profile.notes': 'Hi' });
  });

  it('starts from a saved draft over the stored answers', () => {
    renderSection('profile', { answers: { 'profile.builds': 'buy' }, draft: { 'profile.builds': 'own', 'profile.notes': 'typed' } });
    expect(screen.getByRole('radio', { name: 'We build our own' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Anything else/ })).toHaveValue('typed');
  });

  it('shows an error summary that takes focus, with links that focus each field', async () => {
    const { user, onSubmit } = renderSection('profile');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Do you build your own models? – Choose an answer',
      'How many employees? – Choose an answer',
    ]);
    await user.click(links[1] as HTMLElement);
    expect(screen.getByRole('radio', { name: 'Fewer than 300' })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('marks invalid fields and ties the message to them', async () => {
    const { user } = renderSection('profile');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    const group = screen.getByRole('group', { name: 'How many employees?' });
    const error = within(group).getByText('Choose an answer');
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    for (const radio of within(group).getAllByRole('radio')) expect(radio).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(group).getByRole('radio', { name: '300 or more' }));
    expect(within(group).queryByText('Choose an answer')).toBeNull();
  });

  it('renders a multi question as checkboxes and submits the ticked choices', async () => {
    const { user, onSubmit } = renderSection('data', { answers: { 'profile.builds': 'own' } });
    const group = screen.getByRole('group', { name: /Which kinds of data/ });
    await user.click(within(group).getByRole('checkbox', { name: 'Public data' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Customer data' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Public data' }));
    await user.click(screen.getByRole('radio', { name: 'Low' }));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(onSubmit).toHaveBeenCalledWith({ 'data.uniqueness': 'low', 'data.detail': null, 'data.kinds': ['customer'] });
  });

  it('shows a question as soon as an answer in the same section makes it visible, and validates it', async () => {
    const { user } = renderSection('data', { answers: { 'profile.builds': 'own' } });
    expect(screen.queryByRole('textbox', { name: 'Describe your most unique data.' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'High' }));
    expect(screen.getByRole('textbox', { name: 'Describe your most unique data.' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').textContent).toBe('Describe your most unique data – Enter an answer');
  });

  it('counts the characters left of a text answer, and flags too many', async () => {
    const { user, onSubmit } = renderSection('data', { answers: { 'profile.builds': 'own', 'data.uniqueness': 'high' } });
    const box = screen.getByRole('textbox', { name: 'Describe your most unique data.' });
    expect(screen.getByText('40 characters left')).toBeInTheDocument();
    await user.type(box, 'Sensor data');
    expect(screen.getByText('29 characters left')).toBeInTheDocument();
    expect(box.getAttribute('aria-describedby')).toContain(screen.getByText('29 characters left').id);
    await user.type(box, ' from every factory line we run');
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveTextContent('The answer must be 40 characters or fewer');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows "why we ask" with the source citation and link', async () => {
    const { user } = renderSection('data', { answers: { 'profile.builds': 'own' } });
    await user.click(screen.getByText('Why we ask'));
    expect(screen.getByText('Openness cannot copy unique data.')).toBeVisible();
    expect(screen.getByText(/Source: Vake et al\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the source' })).toHaveAttribute('href', 'https://example.org/vake2025');
  });

  it('focuses the question a "change" link asked for', () => {
    renderSection('goals', { focusQuestion: 'goals.speed' });
    expect(screen.getByRole('radio', { name: 'Within years' })).toHaveFocus();
  });

  it('speaks Japanese', async () => {
    const { user } = renderSection('profile', { lang: 'ja' });
    expect(screen.getByRole('radio', { name: 'わからない' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('alert', { name: '入力内容に問題があります' })).toHaveTextContent('回答を選択してください');
  });

  it('goes back without validating', async () => {
    const { user, onBack } = renderSection('profile');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
