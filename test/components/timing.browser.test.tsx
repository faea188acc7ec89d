// Timers in a real browser, with real time: pause on hover and on focus, toasts with an action
// that never close, the Retry countdown of a scheduled retry and of a shared throttling cooldown.
import { page, userEvent } from 'vitest/browser';
import { describe, expect, it, vi } from 'vitest';
import { ToastViewport } from '../../src/components/index.ts';
import { useSlbError, useSlbErrorContext } from '../../src/hooks/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, sleep, toastNodes } from './browser-helpers.tsx';

// Long enough for Playwright to reach a toast before it closes (it waits out the 200 ms entrance).
const DURATION = 1000;

function Page() {
  return (
    <>
      <button type="button">Before</button>
      <ToastViewport duration={DURATION} />
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
  it('counts down a scheduled retry, locked but focusable, then offers Retry when the owner says it failed', async () => {
    const retry = vi.fn();
    const { queue } = await renderKit(<Page />);
    const id = queue.push(
      reportFor('retry'),
      { retry },
      { state: 'waiting', nextRetryAt: Date.now() + 3000, attempt: 1, maxAttempts: 3 },
    );
    const button = page.getByRole('listitem').getByRole('button', { name: /^Retry/ });
    await expect.element(button).toHaveTextContent('Retry in 3s');
    await expect.element(button).toHaveAttribute('aria-disabled', 'true');
    await expect.element(page.getByText('Attempt 1 of 3')).toBeVisible();
    // Locked, it stays focusable and does nothing (Playwright will not click an aria-disabled button).
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(retry).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button.element());

    await expect.element(button, { timeout: 1500 }).toHaveTextContent('Retry in 2s');
    await expect.element(button, { timeout: 1500 }).toHaveTextContent('Retry in 1s');
    // Time is up: the owner runs the retry itself, so the button says so and stays locked.
    await expect.element(button, { timeout: 1500 }).toHaveTextContent('Retrying…');
    expect(button.element()).toHaveAttribute('aria-disabled', 'true');

    queue.update(id, { retry: { state: 'failed', attempt: 3, maxAttempts: 3, nextRetryAt: null } });
    await expect.element(button).toHaveTextContent(/^Retry$/);
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
    await expect.element(button).toHaveTextContent('Retry in 2s');
    expect(button.element()).toHaveAttribute('aria-disabled', 'true');
    await expect.element(button, { timeout: 2500 }).toHaveTextContent(/^Retry$/);
    expect(button.element()).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('useSlbError: a throttled call shows the countdown, retries by itself after retryAfter, and the toast goes', async () => {
    const THROTTLED = {
      Code: 'Throttling.User',
      Message: 'Request was denied due to user flow control.',
      RequestId: 'R-1',
      statusCode: 400,
      retryAfter: 1500,
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
        <ToastViewport />
      </>,
    );
    await userEvent.click(page.getByRole('button', { name: 'Load' }));
    const button = page.getByRole('listitem').getByRole('button', { name: /^Retry/ });
    await expect.element(button).toHaveTextContent('Retry in 2s');
    expect(button.element()).toHaveAttribute('aria-disabled', 'true');
    expect(page.getByRole('listitem').element()).toHaveAttribute('data-slb-intent', 'retry');
    await expect.element(button, { timeout: 1500 }).toHaveTextContent('Retry in 1s');

    await expect.poll(() => toastNodes().length, { timeout: 3000 }).toBe(0);
    await expect.element(page.getByRole('status').filter({ hasText: 'succeeded' })).toBeInTheDocument();
    expect(operation).toHaveBeenCalledTimes(2);
    // Never sooner than the server's hint.
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(1500);
  });
});
