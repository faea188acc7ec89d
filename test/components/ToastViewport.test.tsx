import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ToastViewport, type ToastViewportProps } from '../../src/components/index.ts';
import { useSlbErrorQueue } from '../../src/hooks/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderWithQueue } from './helpers.tsx';

const toasts = () => document.querySelectorAll('[data-slb-toast]');

/** A viewport that shows every queue entry as a toast, whatever its surface. */
function EveryEntryViewport(props: ToastViewportProps) {
  return <ToastViewport {...props} entries={useSlbErrorQueue()} />;
}

describe('Toast stack', () => {
  it('collapses repeats into one toast with a count, without remounting it', async () => {
    const { queue } = renderWithQueue(<ToastViewport />);
    const report = reportFor('none');
    act(() => void queue.push(report));
    const toast = await screen.findByRole('listitem');
    act(() => {
      queue.push(report);
      queue.push(report);
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem')).toBe(toast);
    expect(within(toast).getByText('×3')).toBeInTheDocument();
  });

  it('announces a toast once, and not again when its count goes up', async () => {
    // Radix mounts a fresh status node for every announcement: count those that speak this title.
    const report = reportFor('none');
    let announcements = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.matches('[role="status"][aria-live]')) announcements += 1;
    });
    observer.observe(document.body, { childList: true });
    const { queue } = renderWithQueue(<ToastViewport />);
    act(() => void queue.push(report));
    await screen.findByRole('listitem');
    const spoken = () => document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
    await vi.waitFor(() => expect(spoken()).toContain(report.title));
    // Details, secondary links and Dismiss stay out of what is said.
    expect(spoken()).not.toMatch(/Copy|Dismiss|More about|Request ID/);
    act(() => {
      queue.push(report);
      queue.push(report);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(announcements).toBe(1);
  });

  it('shows at most `max` toasts and reveals the rest with "+N more"', async () => {
    const user = userEvent.setup();
    const { queue } = renderWithQueue(<EveryEntryViewport max={2} />);
    act(() => {
      for (const intent of ['retry', 'none', 'refresh', 'fix-input'] as const) queue.push(reportFor(intent));
    });
    await vi.waitFor(() => expect(toasts()).toHaveLength(4));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const more = screen.getByRole('button', { name: 'Notifications: +2 more' });
    await user.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    // Focus goes to the newest toast that was hidden, not to the page.
    expect(document.activeElement).toHaveAttribute('data-slb-intent', 'none');
  });

  it('swipes to the end: right, or left right-to-left', async () => {
    const { queue, unmount } = renderWithQueue(<ToastViewport dir="rtl" />);
    act(() => void queue.push(reportFor('none')));
    expect(await screen.findByRole('listitem')).toHaveAttribute('data-swipe-direction', 'left');
    unmount();
    document.documentElement.setAttribute('dir', 'rtl');
    try {
      const second = renderWithQueue(<ToastViewport />);
      act(() => void second.queue.push(reportFor('none')));
      await vi.waitFor(() => expect(screen.getByRole('listitem')).toHaveAttribute('data-swipe-direction', 'left'));
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});

describe('Toast keyboard', () => {
  function Page() {
    return (
      <>
        <button type="button">Before</button>
        <EveryEntryViewport />
      </>
    );
  }

  it('F8 jumps to the region; Escape there returns focus to where the user was', async () => {
    const user = userEvent.setup();
    const { queue } = renderWithQueue(<Page />);
    act(() => void queue.push(reportFor('retry'), { retry: () => {} }));
    await screen.findByRole('listitem');
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    await user.keyboard('[F8]');
    expect(document.activeElement).toHaveClass('slb-toast-list');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(before);
    // Escape on the region does not close the toast.
    expect(toasts()).toHaveLength(1);
  });

  it('returns focus when the last toast is dismissed, and tells the entry owner', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { queue } = renderWithQueue(<Page />);
    act(() => void queue.push(reportFor('retry'), { retry: () => {}, onDismiss }));
    await screen.findByRole('listitem');
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    await user.keyboard('[F8]');
    await user.tab();
    expect(document.activeElement).toHaveAttribute('data-slb-toast');
    await user.click(within(screen.getByRole('listitem')).getByRole('button', { name: 'Dismiss' }));
    await vi.waitFor(() => expect(toasts()).toHaveLength(0));
    expect(document.activeElement).toBe(before);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('Escape on a focused toast closes it', async () => {
    const user = userEvent.setup();
    const { queue } = renderWithQueue(<Page />);
    act(() => void queue.push(reportFor('none')));
    const toast = await screen.findByRole('listitem');
    toast.focus();
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(toasts()).toHaveLength(0));
  });
});
