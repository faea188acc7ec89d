import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type SlbErrorReport, classifySlbError } from '../../src/core/index.ts';
import { Toast, ToastViewport, type ToastViewportProps } from '../../src/components/index.ts';
import { useSlbErrorQueue } from '../../src/hooks/index.ts';
import { HOSTILE_BODY, INTENTS, reportFor } from '../../stories/reports.ts';
import {
  PRIMARY,
  axeViolations,
  contextProbe,
  hrefsIn,
  liveText,
  openDetails,
  renderWithQueue,
  setVisibility,
} from './helpers.tsx';
import { QueueToasts } from './placed.tsx';

afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

const toasts = () => document.querySelectorAll('[data-slb-toast]');

/** A viewport that shows every queue entry as a toast, whatever its surface. */
function EveryEntryViewport(props: ToastViewportProps) {
  return <ToastViewport {...props} entries={useSlbErrorQueue()} />;
}

describe('Toast × intent', () => {
  it.each(INTENTS)(
    '%s: title, description and action at rest; code and request ID one activation away; no axe violations',
    async (intent) => {
      const user = userEvent.setup();
      const report = reportFor(intent);
      const { container } = renderWithQueue(
        <QueueToasts>
          <Toast report={report} onRetry={() => {}} />
        </QueueToasts>,
      );
      const toast = await screen.findByRole('listitem');
      expect(toast).toHaveAttribute('data-slb-intent', intent);
      expect(within(toast).getByText(report.title, { selector: '.slb-title-text' })).toBeInTheDocument();
      expect(within(toast).getByText(report.description)).toBeInTheDocument();
      expect(within(toast).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
      const primary = PRIMARY[intent];
      if (primary) expect(within(toast).getByRole(primary[0], { name: primary[1] })).toBeInTheDocument();
      else expect(toast.querySelector('.slb-button--primary')).toBeNull();
      // At rest: no support details, and nothing but the action and the Details toggle to press.
      expect(within(toast).queryByText(report.requestId ?? '')).toBeNull();
      expect(within(toast).queryByRole('link', { name: /More about this error/ })).toBeNull();
      expect(await axeViolations(container)).toEqual([]);

      const details = await openDetails(user, toast);
      expect(within(details).getByText(report.requestId ?? '')).toBeInTheDocument();
      expect(within(details).getByText(report.code ?? '')).toBeInTheDocument();
      expect(within(details).getByRole('button', { name: 'Copy request ID' })).toBeInTheDocument();
      expect(within(details).getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
      expect(within(details).getByRole('link', { name: /More about this error/ })).toHaveAttribute('target', '_blank');
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('announces an error assertively and anything else politely, in the viewport’s own regions', async () => {
    const { queue } = renderWithQueue(<EveryEntryViewport />);
    act(() => void queue.push(reportFor('billing')));
    await screen.findByRole('listitem');
    await vi.waitFor(() => expect(liveText('assertive')).toContain(reportFor('billing').title));
    act(() => void queue.push(reportFor('refresh')));
    await vi.waitFor(() => expect(liveText('polite')).toContain(reportFor('refresh').title));
    // Radix's own announcer is silenced: nothing else on the page is a live region.
    expect(document.querySelectorAll('[aria-live="assertive"], [aria-live="polite"]')).toHaveLength(2);
  });

  it('a toast of your own announces itself once when it appears', async () => {
    renderWithQueue(
      <QueueToasts>
        <Toast report={reportFor('none')} />
      </QueueToasts>,
    );
    await vi.waitFor(() => expect(liveText('polite')).toContain(reportFor('none').description));
  });
});

describe('Toast timing', () => {
  it('never closes a toast with an action; closes others after the duration', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { queue } = renderWithQueue(<QueueToasts duration={8000} />);
    act(() => {
      queue.push(reportFor('retry'), { retry: () => {} });
      queue.push(reportFor('none'));
    });
    await vi.waitFor(() => expect(toasts()).toHaveLength(2));
    await act(async () => void (await vi.advanceTimersByTimeAsync(9000)));
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveAttribute('data-slb-intent', 'retry');
    await act(async () => void (await vi.advanceTimersByTimeAsync(120_000)));
    expect(toasts()).toHaveLength(1);
    // Timing out is not a dismissal: the entry leaves the queue without telling its owner.
    expect(queue.getSnapshot().map((entry) => entry.report.intent)).toEqual(['retry']);
  });

  it('holds the timer while the tab is hidden and restarts it when the user is back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { queue } = renderWithQueue(<QueueToasts duration={8000} />);
    act(() => void queue.push(reportFor('none')));
    await vi.waitFor(() => expect(toasts()).toHaveLength(1));
    await act(async () => void (await vi.advanceTimersByTimeAsync(5000)));
    act(() => setVisibility('hidden'));
    await act(async () => void (await vi.advanceTimersByTimeAsync(60_000)));
    expect(toasts()).toHaveLength(1);
    act(() => setVisibility('visible'));
    await act(async () => void (await vi.advanceTimersByTimeAsync(7000)));
    expect(toasts()).toHaveLength(1);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1500)));
    expect(toasts()).toHaveLength(0);
  });

  it('holds the timer while the details are open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { queue } = renderWithQueue(<QueueToasts duration={8000} />);
    act(() => void queue.push(reportFor('none')));
    const toast = await screen.findByRole('listitem');
    await openDetails(user, toast);
    await act(async () => void (await vi.advanceTimersByTimeAsync(30_000)));
    expect(toasts()).toHaveLength(1);
  });
});

describe('Retry', () => {
  it('says what the kit does while it retries, offers Cancel, and the manual Retry only once it stopped', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const retry = vi.fn();
    const cancel = vi.fn();
    const { queue } = renderWithQueue(<QueueToasts />);
    const report = reportFor('retry');
    const status = { state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: Date.now() + 3000 } as const;
    let id = '';
    act(() => void (id = queue.push(report, { retry, cancel }, status)));
    expect(await screen.findByText('Retrying automatically in 3 s')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retry/ })).toBeNull();
    // Internals wait in the details.
    expect(screen.queryByText('Attempt 1 of 3')).toBeNull();
    await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
    expect(screen.getByText('Retrying automatically in 2 s')).toBeInTheDocument();
    act(() => queue.update(id, { retryProgress: { ...status, state: 'running', attempt: 2, nextRetryAt: null } }));
    expect(screen.getByText('Retrying…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    act(() => queue.update(id, { retryProgress: { ...status, state: 'failed', attempt: 3, nextRetryAt: null } }));
    const ready = screen.getByRole('button', { name: 'Retry' });
    expect(ready).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await user.click(ready);
    expect(retry).toHaveBeenCalledTimes(1);
    // Retry keeps the toast open: it shows the retry's progress.
    expect(toasts()).toHaveLength(1);
    const details = await openDetails(user, screen.getByRole('listitem'));
    expect(within(details).getByText('Attempt 3 of 3')).toBeInTheDocument();
  });

  it('stays locked while the shared throttling cooldown holds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const probe = contextProbe();
    const { queue } = renderWithQueue(
      <>
        <probe.Probe />
        <QueueToasts />
      </>,
    );
    act(() => void queue.push(reportFor('retry'), { retry: () => {} }));
    await screen.findByRole('button', { name: 'Retry' });
    act(() => probe.context().coordinator.holdFor(2000));
    expect(await screen.findByRole('button', { name: 'Retry in 2 s' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => void (await vi.advanceTimersByTimeAsync(2100)));
    expect(screen.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('Toast content is text', () => {
  it('renders a hostile server message as inert text', async () => {
    const user = userEvent.setup();
    const report = classifySlbError(HOSTILE_BODY);
    const { container } = renderWithQueue(
      <QueueToasts>
        <Toast report={{ ...report, description: '<b onmouseover=alert(1)>bold</b>' }} />
      </QueueToasts>,
    );
    expect(await screen.findByText('<b onmouseover=alert(1)>bold</b>')).toBeInTheDocument();
    await openDetails(user, screen.getByRole('listitem'));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('never turns a javascript: (or http:) link into an href', async () => {
    const user = userEvent.setup();
    const report: SlbErrorReport = {
      ...reportFor('ticket'),
      links: { ticket: 'javascript:alert(1)', errorCenter: 'JAVASCRIPT:alert(2)', diagnose: 'http://example.com/' },
    };
    const { container } = renderWithQueue(
      <QueueToasts>
        <Toast report={report} />
      </QueueToasts>,
    );
    await openDetails(user, await screen.findByRole('listitem'));
    expect(hrefsIn(container)).toEqual([]);
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('Retry after a server hint', () => {
  it('a failed entry whose hint has not passed shows a locked countdown', async () => {
    const { RetryButton } = await import('../../src/components/index.ts');
    const onRetry = vi.fn();
    render(
      <RetryButton
        onRetry={onRetry}
        status={{ state: 'failed', attempt: 1, maxAttempts: 3, nextRetryAt: Date.now() + 5_000 }}
      />,
    );
    const button = await screen.findByRole('button', { name: /Retry in [45] s/ });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    expect(onRetry).not.toHaveBeenCalled();
  });
});
