// `defaultDetailsOpen`: a surface that starts with its details shown (a review sheet, a support
// page) is the same disclosure, only open; the user can still close it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Banner, InlineError, Toast } from '../../src/components/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { QueueToasts } from './placed.tsx';

const report = reportFor('quota');

const surfaces = {
  Banner: (open?: boolean) => <Banner report={report} defaultDetailsOpen={open} />,
  Toast: (open?: boolean) => (
    <QueueToasts>
      <Toast report={report} defaultDetailsOpen={open} />
    </QueueToasts>
  ),
  InlineError: (open?: boolean) => <InlineError report={report} id="quota-error" defaultDetailsOpen={open} />,
};

describe.each(Object.entries(surfaces))('%s defaultDetailsOpen', (_, surface) => {
  it('starts closed by default', () => {
    render(<SlbErrorProvider>{surface()}</SlbErrorProvider>);
    expect(screen.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(report.requestId ?? '')).toBeNull();
  });

  it('starts open with the request ID shown, and closes on Details', async () => {
    const user = userEvent.setup();
    render(<SlbErrorProvider>{surface(true)}</SlbErrorProvider>);
    const details = screen.getByRole('button', { name: 'Details' });
    expect(details).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(details.getAttribute('aria-controls') ?? '');
    if (!panel) throw new Error('no details panel');
    expect(within(panel).getByText(report.requestId ?? '')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });
});
