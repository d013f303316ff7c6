import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '@/i18n/language-context';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';
import { LanguageSwitch } from './language-switch';
import { ProgressBar } from './progress-bar';

describe('ui building blocks', () => {
  it('switches the language, sets <html lang> and remembers it', async () => {
    render(
      <LanguageProvider initial="en" storage={localStorage}>
        <LanguageSwitch />
      </LanguageProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: '日本語' }));
    expect(document.documentElement.lang).toBe('ja');
    expect(localStorage.getItem('aperture.lang')).toBe('ja');
    expect(screen.getByRole('group', { name: '言語' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('names a dialog by its title and closes it on Escape', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Start over?" onClose={onClose}>
        <p>Body</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Start over?' });
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalled();
  });

  it('names an alert by its title', () => {
    render(<Alert role="alert" title="There is a problem" tone="error" />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('keeps a busy button focusable but inert', async () => {
    const onClick = vi.fn();
    render(
      <Button busy onClick={onClick}>
        Download
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Download' });
    await userEvent.setup().click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('type', 'button');
  });

  it('labels the progress bar', () => {
    render(<ProgressBar id="p" value={3} max={10} barLabel="Questions answered" label="Section 1 of 2" detail="3 of 10" />);
    expect(screen.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('value', '3');
  });
});
