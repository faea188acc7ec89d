// Timers in a real browser, with real time: pause on hover and on focus, toasts with an action
// that never close, the Retry countdown of a scheduled retry and of a shared throttling cooldown.
import { page, userEvent } from 'vitest/browser';
import { describe, expect, it, vi } from 'vitest';

import { useSlbError, useSlbErrorContext } from '../../src/hooks/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, sleep, toastNodes } from './browser-helpers.tsx';
import { QueueToasts } from './placed.tsx';

// Long enough for Playwright to reach a toast before it closes (it waits out the 200 ms entrance).
const DURATION = 1000;

function Page() {
  return (
    <>
      <button type="button">Before</button>
      <QueueToasts duration={DURATION} />
    </>
  );
}

describe('Toast timers', () => {
  it('a toast without an action stays while hovered, well past its duration, and closes after the pointer leaves', async () => {
    const { queue } = await renderKit(<Page />);
    const before = page.getByRole('button', { name: 'Before' });
    await userEvent.hover(before);

    // Control: untouched, it closes on time.
    const shownAt = performance.now();
    queue.push(reportFor('none'));
    await expect.poll(() => toastNodes().length).toBe(1);
    await expect.poll(() => toastNodes().length, { timeout: 2.5 * DURATION }).toBe(0);
    expect(performance.now() - shownAt).toBeGreaterThanOrEqual(DURATION);

    queue.push(reportFor('none'));
    await expect.poll(() => toastNodes().length).toBe(1);
    await userEvent.hover(page.getByRole('listitem'));
    await sleep(2.5 * DURATION);
    expect(toastNodes()).toHaveLength(1);
    expect(toastNodes()[0]).toHaveAttribute('data-state', 'open');

    await userEvent.hover(before);
    await expect.poll(() => toastNodes().length, { timeout: 2.5 * DURATION }).toBe(0);
  });

  it('a toast without an action stays while focus is inside it, and closes after focus leaves', async () => {
    const { queue } = await renderKit(<Page />);
    const before = page.getByRole('button', { name: 'Before' });
    await userEvent.click(before);
    queue.push(reportFor('none'));
    await expect.poll(() => toastNodes().length).toBe(1);

    await userEvent.keyboard('{F8}{Tab}');
    expect(document.activeElement).toBe(toastNodes()[0]);
    await sleep(2.5 * DURATION);
    expect(toastNodes()).toHaveLength(1);

    // Shift+Tab from the toast leaves the region for the page.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(before.element());
    await expect.poll(() => toastNodes().length, { timeout: 2.5 * DURATION }).toBe(0);
  });

  it('a toast with an action never closes by itself; one without closes beside it', async () => {
    const { queue } = await renderKit(<Page />);
    await userEvent.hover(page.getByRole('button', { name: 'Before' }));
    queue.push(reportFor('retry'), { retry: () => {} });
    queue.push(reportFor('refresh'));
    queue.push(reportFor('none'));
    await expect
      .poll(() => toastNodes().map((node) => node.dataset['slbIntent']))
      .toEqual(['retry', 'refresh', 'none']);
    await sleep(2.5 * DURATION);
    expect(toastNodes().map((node) => node.dataset['slbIntent'])).toEqual(['retry', 'refresh']);
    for (const node of toastNodes()) expect(node).toHaveAttribute('data-slb-persistent');
  });
});

describe('Retry countdown', () => {
  it('says it retries by itself with a countdown and Cancel, then offers Retry once the owner says it failed', async () => {
    const retry = vi.fn();
    const cancel = vi.fn();
    const { queue } = await renderKit(<Page />);
    const id = queue.push(
      reportFor('retry'),
      { retry, cancel },
      { state: 'waiting', nextRetryAt: Date.now() + 3000, attempt: 1, maxAttempts: 3 },
    );
    const toast = page.getByRole('listitem');
    const progress = toast.getByText(/^Retrying automatically in \d s$/);
    await expect.element(progress).toHaveTextContent('Retrying automatically in 3 s');
    // No manual Retry while the kit retries, and no "Attempt 1 of 3" at rest.
    expect(toast.getByRole('button', { name: /^Retry/ }).query()).toBeNull();
    expect(page.getByText('Attempt 1 of 3').query()).toBeNull();
    // Full-contrast text, not faded.
    const style = getComputedStyle(progress.element());
    expect(style.opacity).toBe('1');
    expect(style.color).toBe(getComputedStyle(toast.element()).color);

    await expect.element(progress, { timeout: 1500 }).toHaveTextContent('Retrying automatically in 2 s');
    await expect.element(progress, { timeout: 1500 }).toHaveTextContent('Retrying automatically in 1 s');
    // Time is up: the owner runs the retry itself, and the toast says so.
    await expect.element(toast.getByText('Retrying…'), { timeout: 1500 }).toBeVisible();
    await userEvent.click(toast.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);

    queue.update(id, { retryProgress: { state: 'failed', attempt: 3, maxAttempts: 3, nextRetryAt: null } });
    const button = toast.getByRole('button', { name: /^Retry$/ });
    await expect.element(button).toBeVisible();
    expect(button.element()).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(toastNodes()).toHaveLength(1);
  });

  it('a shared throttling cooldown locks Retry and unlocks it by itself when it passes', async () => {
    // Any hook under the provider that gets throttled holds the shared cooldown; this button does it directly.
    function Throttle() {
      const { coordinator } = useSlbErrorContext();
      return (
        <button type="button" onClick={() => coordinator.holdFor(1500)}>
          Throttle
        </button>
      );
    }
    const retry = vi.fn();
    const { queue } = await renderKit(
      <>
        <Throttle />
        <Page />
      </>,
    );
    queue.push(reportFor('retry'), { retry }, { state: 'failed', attempt: 3, maxAttempts: 3, nextRetryAt: null });
    const button = page.getByRole('listitem').getByRole('button', { name: /^Retry/ });
    await expect.element(button).toHaveTextContent(/^Retry$/);

    await userEvent.click(page.getByRole('button', { name: 'Throttle' }));
    await expect.element(button).toHaveTextContent('Retry in 2 s');
    expect(button.element()).toHaveAttribute('aria-disabled', 'true');
    // Locked, the label is still full-contrast text.
    expect(getComputedStyle(button.element()).opacity).toBe('1');
    await expect.element(button, { timeout: 2500 }).toHaveTextContent(/^Retry$/);
    expect(button.element()).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('useSlbError: a throttled call says it retries, does so after retryAfter, confirms, and the toast goes', async () => {
    const THROTTLED = {
      Code: 'Throttling.User',
      Message: 'Request was denied due to user flow control.',
      RequestId: 'R-1',
      statusCode: 400,
      // Long enough that a loaded machine still sees the countdown between the click and the retry.
      retryAfter: 2500,
    };
    const calls: number[] = [];
    const operation = vi.fn(() => {
      calls.push(performance.now());
      return calls.length === 1 ? Promise.reject(THROTTLED) : Promise.resolve('ok');
    });
    function Caller() {
      const error = useSlbError();
      return (
        <>
          <button type="button" onClick={() => void error.run(operation)}>
            Load
          </button>
          <output>{error.status}</output>
        </>
      );
    }
    await renderKit(
      <>
        <Caller />
        <QueueToasts />
      </>,
    );
    await userEvent.click(page.getByRole('button', { name: 'Load' }));
    const toast = page.getByRole('listitem');
    await expect.element(toast.getByText(/^Retrying automatically in [23] s$/)).toBeVisible();
    expect(toast.element()).toHaveAttribute('data-slb-intent', 'retry');
    await expect.element(toast.getByText('Retrying automatically in 1 s'), { timeout: 2500 }).toBeVisible();
    // The retry worked: the toast says so for a moment, then leaves through its exit transition.
    await expect.element(toast.getByText('Succeeded on retry'), { timeout: 3000 }).toBeVisible();
    await expect.poll(() => toastNodes().length, { timeout: 4000 }).toBe(0);
    await expect.element(page.getByRole('status').filter({ hasText: 'succeeded' })).toBeInTheDocument();
    expect(operation).toHaveBeenCalledTimes(2);
    // Never sooner than the server's hint.
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(2500);
  });
});
