// Keyboard paths and focus in a real browser: F8 into the notification region, Tab through
// each toast, Escape out of the region or on a toast, and where focus lands when a toast, a
// banner or an inline error goes away. Real key presses (Playwright), real focus.
import { useEffect } from 'react';
import { page, userEvent } from 'vitest/browser';
import { describe, expect, it, vi } from 'vitest';
import { InlineError } from '../../src/components/index.ts';
import { useSlbError } from '../../src/hooks/index.ts';
import { BODIES, reportFor } from '../../stories/reports.ts';
import { describeFocus, renderKit, sleep, toastNodes } from './browser-helpers.tsx';
import { QueueBanners, QueueToasts } from './placed.tsx';

function Page() {
  return (
    <>
      <button type="button">Before</button>
      <QueueToasts />
      <button type="button">After</button>
    </>
  );
}

/** Presses Tab (or Shift+Tab) until focus leaves the notification region, at most `limit` times; returns each stop. */
async function tabThroughRegion({ limit = 20, back = false } = {}): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
    stops.push(describeFocus());
    if (!document.activeElement?.closest('[data-slb-toast-viewport]')) break;
  }
  return stops;
}

/** Clicks "Before", so focus (and the pointer) start on the page, away from the toasts. */
async function focusBefore(): Promise<HTMLElement> {
  const before = page.getByRole('button', { name: 'Before' });
  await userEvent.click(before);
  expect(document.activeElement).toBe(before.element());
  return before.element() as HTMLElement;
}

/** The Dismiss button of the toast that has focus. */
function dismissOfFocusedToast(): HTMLElement {
  const toast = document.activeElement?.closest<HTMLElement>('[data-slb-toast]');
  const button = toast?.querySelector<HTMLElement>('button.slb-dismiss');
  if (!button) throw new Error(`no focused toast with a Dismiss button (focus: ${describeFocus()})`);
  return button;
}

describe('Toast region: keyboard', () => {
  it('F8 focuses the labelled region; Tab visits the newest toast first, each control in order, then the page', async () => {
    const { queue } = await renderKit(<Page />);
    await focusBefore();
    queue.push(reportFor('none'));
    queue.push(reportFor('retry'), { retry: () => {} });
    await expect.poll(() => toastNodes().length).toBe(2);

    await userEvent.keyboard('{F8}');
    expect(describeFocus()).toBe('toast list');
    expect(document.activeElement?.closest('[role="region"]')).toHaveAccessibleName('Notifications (F8)');

    // Focus in the region expands the stack. Within a toast, the order is the reading order: the
    // action, Details, then Dismiss; after the toasts, the stack's own buttons.
    const stops = await tabThroughRegion();
    expect(stops.slice(0, 7)).toEqual([
      'toast retry',
      'button Retry',
      'button Details',
      'button Dismiss',
      'toast none',
      'button Details',
      'button Dismiss',
    ]);
    expect(stops[7]).toMatch(/^button .*Show less$/);
    expect(stops.slice(8)).toEqual(['button Dismiss all', 'button After']);
    // Shift+Tab from below walks back up through the stack's buttons into the oldest toast.
    expect(await tabThroughRegion({ limit: 3, back: true })).toEqual([
      'button Dismiss all',
      expect.stringMatching(/Show less$/),
      'button Dismiss',
    ]);
    expect(document.activeElement?.closest('[data-slb-toast]')).toHaveAttribute('data-slb-intent', 'none');
  });

  it('Escape on the region returns focus to the element focused before F8 and closes nothing', async () => {
    const { queue } = await renderKit(<Page />);
    const before = await focusBefore();
    queue.push(reportFor('retry'), { retry: () => {} });
    queue.push(reportFor('none'));
    await expect.poll(() => toastNodes().length).toBe(2);

    await userEvent.keyboard('{F8}');
    expect(describeFocus()).toBe('toast list');
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(before);
    await sleep(300);
    expect(toastNodes()).toHaveLength(2);
    expect(queue.getSnapshot()).toHaveLength(2);
  });

  it('Escape on a focused toast closes it; focus stays in the region, then goes back to the page with the last toast', async () => {
    const { queue } = await renderKit(<Page />);
    const before = await focusBefore();
    queue.push(reportFor('none'));
    queue.push(reportFor('retry'), { retry: () => {} });
    await expect.poll(() => toastNodes().length).toBe(2);

    await userEvent.keyboard('{F8}{Tab}');
    expect(describeFocus()).toBe('toast retry');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => toastNodes().map((node) => node.dataset['slbIntent'])).toEqual(['none']);
    expect(describeFocus()).toBe('toast list');

    await userEvent.keyboard('{Tab}');
    expect(describeFocus()).toBe('toast none');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => toastNodes()).toHaveLength(0);
    await expect.poll(() => document.activeElement).toBe(before);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('Dismiss pressed with Enter or Space keeps focus in the region, and the last one hands it back to the page', async () => {
    const { queue } = await renderKit(<Page />);
    const before = await focusBefore();
    queue.push(reportFor('none'));
    queue.push(reportFor('retry'), { retry: () => {} });
    queue.push(reportFor('refresh'));
    await expect.poll(() => toastNodes().length).toBe(3);

    await userEvent.keyboard('{F8}');
    const focusAfter: string[] = [];
    for (const [intent, key] of [
      ['refresh', '{Enter}'],
      ['retry', ' '],
      ['none', '{Enter}'],
    ] as const) {
      await userEvent.keyboard('{Tab}');
      expect(describeFocus()).toBe(`toast ${intent}`);
      // Shift+Tab from the toast itself would leave the region; its Dismiss is its last control.
      dismissOfFocusedToast().focus();
      expect(describeFocus()).toBe('button Dismiss');
      await userEvent.keyboard(key);
      await expect.poll(() => toastNodes().some((node) => node.dataset['slbIntent'] === intent)).toBe(false);
      focusAfter.push(describeFocus());
    }
    expect(focusAfter).toEqual(['toast list', 'toast list', 'button Before']);
    expect(document.activeElement).toBe(before);
  });
});

describe('Banner and InlineError: focus after dismiss', () => {
  it('dismissing a banner with the keyboard moves focus to the next banner', async () => {
    const { queue } = await renderKit(
      <>
        <button type="button">Before</button>
        <QueueBanners />
      </>,
    );
    queue.push(reportFor('quota'));
    queue.push(reportFor('ticket'));
    await expect.poll(() => document.querySelectorAll('section.slb-banner').length).toBe(2);
    const [first, second] = [...document.querySelectorAll<HTMLElement>('section.slb-banner')];
    first!.querySelector<HTMLElement>('button.slb-dismiss')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.querySelectorAll('section.slb-banner').length).toBe(1);
    expect(document.activeElement).toBe(second);
  });
});

describe('Regressions found in a real browser', () => {
  it('dismissing a toast by click or by Escape tells the entry owner (not only in jsdom)', async () => {
    const onDismissClick = vi.fn();
    const onDismissEscape = vi.fn();
    const { queue } = await renderKit(<Page />);
    await focusBefore();
    queue.push(reportFor('none'), { onDismiss: onDismissEscape });
    queue.push(reportFor('retry'), { retry: () => {}, onDismiss: onDismissClick });
    await expect.poll(() => toastNodes().length).toBe(2);

    await userEvent.click(
      page
        .getByRole('listitem')
        .filter({ hasText: reportFor('retry').title })
        .getByRole('button', { name: 'Dismiss' }),
    );
    await expect.poll(() => toastNodes().length).toBe(1);
    await userEvent.keyboard('{F8}{Tab}{Escape}');
    await expect.poll(() => toastNodes().length).toBe(0);
    expect(queue.getSnapshot()).toEqual([]);
    expect(onDismissClick).toHaveBeenCalledTimes(1);
    expect(onDismissEscape).toHaveBeenCalledTimes(1);
  });

  it('a useSlbError toast dismissed while a retry is scheduled stops the retries and does not come back', async () => {
    const UNAVAILABLE = {
      Code: 'ServiceUnavailable',
      Message: 'The request has failed due to a temporary failure of the server.',
      RequestId: 'R-503',
      statusCode: 503,
    };
    const operation = vi.fn(() => Promise.reject(UNAVAILABLE));
    function Caller() {
      const error = useSlbError();
      return (
        <button type="button" onClick={() => void error.run(operation)}>
          Load
        </button>
      );
    }
    // The first automatic retry is due 1500 ms after the failure.
    await renderKit(
      <>
        <Caller />
        <QueueToasts />
      </>,
      { retryPolicy: { baseDelayMs: 2000, random: () => 0.75 } },
    );
    await userEvent.click(page.getByRole('button', { name: 'Load' }));
    const failedAt = performance.now();
    await expect.poll(() => toastNodes().length).toBe(1);
    expect(operation).toHaveBeenCalledTimes(1);
    await userEvent.click(page.getByRole('button', { name: 'Dismiss' }));
    await expect.poll(() => toastNodes().length).toBe(0);
    expect(performance.now() - failedAt).toBeLessThan(1200);
    await sleep(2000 - (performance.now() - failedAt));
    expect(operation).toHaveBeenCalledTimes(1);
    expect(toastNodes()).toHaveLength(0);
  });

  it('Escape pressed elsewhere on the page (a search box, a menu) leaves a toast with Retry alone', async () => {
    const retry = vi.fn();
    const { queue } = await renderKit(
      <>
        <input aria-label="Search load balancers" />
        <QueueToasts />
      </>,
    );
    queue.push(reportFor('retry'), { retry });
    await expect.poll(() => toastNodes().length).toBe(1);
    await userEvent.click(page.getByRole('textbox', { name: 'Search load balancers' }));
    await userEvent.keyboard('{Escape}');
    await sleep(400);
    expect(toastNodes()).toHaveLength(1);
    expect(queue.getSnapshot()).toHaveLength(1);
  });

  it('dismissing the last banner with the keyboard does not drop focus to the body', async () => {
    const { queue } = await renderKit(
      <>
        <button type="button">Before</button>
        <QueueBanners />
        <button type="button">After</button>
      </>,
    );
    queue.push(reportFor('quota'));
    await expect.poll(() => document.querySelectorAll('section.slb-banner').length).toBe(1);
    document.querySelector<HTMLElement>('section.slb-banner button.slb-dismiss')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => document.querySelectorAll('section.slb-banner').length).toBe(0);
    expect(describeFocus()).not.toBe('body');
    // The next Tab continues from where the banner was.
    await userEvent.keyboard('{Tab}');
    expect(describeFocus()).toBe('button After');
  });

  it('an inline error’s Details opens and closes from the keyboard; focus stays on it', async () => {
    function Form() {
      const error = useSlbError();
      const { run } = error;
      useEffect(() => {
        void run(() => Promise.reject(BODIES['fix-input']));
      }, [run]);
      return (
        <form>
          <label htmlFor="certificate">Server certificate</label>
          <input id="certificate" {...error.fieldProps('ServerCertificate')} />
          <InlineError error={error} name="ServerCertificate" />
        </form>
      );
    }
    await renderKit(<Form />);
    const field = page.getByRole('textbox', { name: 'Server certificate' });
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    // A field error has no close button: it goes when the value is fixed.
    expect(page.getByRole('button', { name: 'Dismiss' }).query()).toBeNull();
    (field.element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(describeFocus()).toBe('button Details');
    await userEvent.keyboard('{Enter}');
    const inline = page.elementLocator(document.querySelector('.slb-inline-error') as HTMLElement);
    const toggle = inline.getByRole('button', { name: 'Details', exact: true });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect.element(inline.getByText('Error code')).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle.element());
    // The details never join the field's description.
    expect(field.element().getAttribute('aria-describedby')).not.toContain('disclosure');
  });
});
