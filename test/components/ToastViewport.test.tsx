import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ToastViewport, type ToastViewportProps } from '../../src/components/index.ts';
import { useSlbErrorQueue } from '../../src/hooks/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { liveText, renderWithQueue } from './helpers.tsx';
import { QueueToasts } from './placed.tsx';

const toasts = () => document.querySelectorAll('[data-slb-toast]');

/** A viewport that shows every queue entry as a toast, whatever its surface. */
function EveryEntryViewport(props: ToastViewportProps) {
  return <ToastViewport {...props} entries={useSlbErrorQueue()} />;
}

describe('Toast stack', () => {
  it('collapses repeats into one toast with a count, without remounting it', async () => {
    const { queue } = renderWithQueue(<QueueToasts />);
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
    // Count every change of text in the viewport's live regions.
    const report = reportFor('none');
    const { queue } = renderWithQueue(<QueueToasts />);
    const spoken: string[] = [];
    const observer = new MutationObserver(() => {
      const text = liveText('polite');
      if (text !== '' && text !== spoken[spoken.length - 1]) spoken.push(text);
    });
    for (const region of document.querySelectorAll('[data-slb-live]'))
      observer.observe(region, { childList: true, characterData: true, subtree: true });
    act(() => void queue.push(report));
    await screen.findByRole('listitem');
    await vi.waitFor(() => expect(spoken).toHaveLength(1));
    expect(spoken[0]).toBe(`Warning: ${report.title} ${report.description}`);
    // Details, links and Dismiss stay out of what is said.
    expect(spoken[0]).not.toMatch(/Copy|Dismiss|More about|Request ID/);
    act(() => {
      queue.push(report);
      queue.push(report);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(spoken).toHaveLength(1);
  });

  it('collapses into a stack: the newest on top, counts per severity, expand and dismiss all', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { queue } = renderWithQueue(<EveryEntryViewport />);
    act(() => {
      queue.push(reportFor('retry'));
      queue.push(reportFor('none'), { onDismiss });
      queue.push(reportFor('refresh'));
      queue.push(reportFor('fix-input'));
    });
    await vi.waitFor(() => expect(toasts()).toHaveLength(4));
    // One toast on top; the others wait behind it, unseen.
    const visible = () => screen.getAllByRole('listitem').map((item) => item.dataset['slbIntent']);
    expect(visible()).toEqual(['fix-input']);
    expect(screen.getByText('Errors: 1')).toBeInTheDocument();
    expect(screen.getByText('Warnings: 2')).toBeInTheDocument();
    expect(screen.getByText('Notices: 1')).toBeInTheDocument();
    // Several arriving at once are one announcement: the newest in full, the others counted.
    expect(liveText('assertive')).toContain('+3 more');
    const toggle = screen.getByRole('button', { name: /Show all \(4\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(visible()).toEqual(['retry', 'none', 'refresh', 'fix-input']);
    await user.click(screen.getByRole('button', { name: 'Dismiss all' }));
    await vi.waitFor(() => expect(toasts()).toHaveLength(0));
    expect(queue.getSnapshot()).toEqual([]);
    // Dismissing tells each owner.
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('a toast that succeeded on a retry says so, then leaves', async () => {
    const { queue } = renderWithQueue(<QueueToasts />);
    let id = '';
    act(() => void (id = queue.push(reportFor('retry'), {}, null, 'hook-1')));
    await screen.findByRole('listitem');
    act(() => queue.release(id, 'hook-1', { outcome: 'succeeded' }));
    expect(await screen.findByText('Succeeded on retry')).toBeInTheDocument();
    await vi.waitFor(() => expect(liveText('polite')).toContain('Succeeded on retry'));
    await vi.waitFor(() => expect(toasts()).toHaveLength(0), { timeout: 4000 });
  });

  it('swipes to the end: right, or left right-to-left', async () => {
    const { queue, unmount } = renderWithQueue(<QueueToasts dir="rtl" />);
    act(() => void queue.push(reportFor('none')));
    expect(await screen.findByRole('listitem')).toHaveAttribute('data-swipe-direction', 'left');
    unmount();
    document.documentElement.setAttribute('dir', 'rtl');
    try {
      const second = renderWithQueue(<QueueToasts />);
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
    // The region holds focus: the stack is expanded while the user works in it.
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
