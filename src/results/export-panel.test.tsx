import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportPanel } from './export-panel';
import { ResultsScreen } from './results-screen';
import { renderIn, screenProps } from '@test/support/render-with-language';

describe('PDF export', () => {
  it('exports on click when idle', async () => {
    const user = userEvent.setup();
    const props = screenProps();
    renderIn(<ResultsScreen {...props} />);
    await user.click(screen.getByRole('button', { name: 'Download the report (PDF)' }));
    expect(props.onExportReport).toHaveBeenCalledOnce();
  });

  it('shows progress while exporting and ignores further clicks', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn();
    renderIn(<ExportPanel status="exporting" onExport={onExport} scenarioActive={false} />);
    const button = screen.getByRole('button', { name: 'Download the report (PDF)' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Preparing the PDF…')).toBeInTheDocument();
    await user.click(button);
    expect(onExport).not.toHaveBeenCalled();
  });

  it('reports a failure with a retry', async () => {
    const user = userEvent.setup();
    const onExport = vi.fn();
    renderIn(<ExportPanel status="failed" onExport={onExport} scenarioActive={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The report could not be created.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('lists the characters the PDF font lacked', () => {
    renderIn(<ExportPanel status="idle" notice={{ replaced: ['𠮷', '😀'] }} onExport={() => undefined} scenarioActive={false} />, 'ja');
    expect(screen.getByText('次の文字はPDFのフォントに含まれていないため、〓で表示されています：𠮷 😀')).toBeInTheDocument();
  });
});
