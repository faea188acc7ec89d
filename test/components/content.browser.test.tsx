// What the user hears and reads, in a real browser: each error announced once, whatever a
// flood of repeats does, and hostile server text that stays text.
import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { Banner, InlineError } from '../../src/components/index.ts';
import { type SlbErrorReport, classifySlbError } from '../../src/core/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, sleep, toastNodes } from './browser-helpers.tsx';
import { QueueBanners, QueueToasts } from './placed.tsx';

interface Announcement {
  readonly politeness: string;
  readonly text: string;
}

const LIVE = '[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"]';

/**
 * Records what screen readers would say: every live region (or alert) that appears with text, or
 * whose text changes to something new. Emptying a region says nothing.
 */
function recordAnnouncements() {
  const last = new Map<Element, string>();
  const spoken: Announcement[] = [];
  const scan = () => {
    for (const node of document.querySelectorAll(LIVE)) {
      if (node.getAttribute('aria-live') === 'off') continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (text === (last.get(node) ?? '')) continue;
      last.set(node, text);
      if (text === '') continue;
      const politeness =
        node.getAttribute('aria-live') ?? (node.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
      spoken.push({ politeness, text });
    }
  };
  scan();
  const observer = new MutationObserver(scan);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return {
    spoken: () => [...spoken],
    saying: (words: string) => spoken.filter((item) => item.text.includes(words)),
    stop: () => observer.disconnect(),
  };
}

describe('Announced once', () => {
  it('a flood of 20 repeats is one toast ×20, said once', async () => {
    const report = reportFor('none');
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<QueueToasts duration={60_000} />);
      queue.push(report);
      await expect.poll(() => recorder.saying(report.title)).toHaveLength(1);
      for (let index = 1; index < 20; index++) {
        queue.push(report);
        if (index % 5 === 0) await sleep(20);
      }
      await expect.element(page.getByRole('listitem').getByText('×20')).toBeVisible();
      await sleep(400);
      expect(toastNodes()).toHaveLength(1);
      const said = recorder.saying(report.title);
      expect(said).toHaveLength(1);
      expect(said[0]?.politeness).toBe('polite');
      expect(said[0]?.text).toBe(`Warning: ${report.title} ${report.description}`);
      expect(said[0]?.text).not.toMatch(/×|Copy|Dismiss|More about|Request ID/);
    } finally {
      recorder.stop();
    }
  });

  it('errors that arrive together are one announcement; the ones behind the stack are counted, not read', async () => {
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<QueueToasts duration={60_000} />);
      const reports = [reportFor('retry'), reportFor('none'), reportFor('refresh'), reportFor('fix-input')];
      for (const report of reports) queue.push(report);
      await expect.poll(() => toastNodes().length).toBe(4);
      await sleep(300);
      const said = recorder.spoken();
      expect(said).toHaveLength(1);
      // fix-input (an error) is the newest, on top: read in full, assertively.
      expect(said[0]?.politeness).toBe('assertive');
      expect(said[0]?.text).toContain(reports[3]?.title ?? 'missing');
      expect(said[0]?.text).toContain('+3 more');
      for (const behind of reports.slice(0, 3)) expect(said[0]?.text).not.toContain(behind.title);
    } finally {
      recorder.stop();
    }
  });

  it('errors are announced assertively, other severities politely', async () => {
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<QueueToasts duration={60_000} />);
      const error = reportFor('fix-input');
      const notice = reportFor('refresh');
      queue.push(error);
      await expect.poll(() => recorder.saying(error.title)).toHaveLength(1);
      queue.push(notice);
      await expect.poll(() => recorder.saying(notice.title)).toHaveLength(1);
      expect(recorder.saying(error.title)[0]?.politeness).toBe('assertive');
      expect(recorder.saying(notice.title)[0]?.politeness).toBe('polite');
    } finally {
      recorder.stop();
    }
  });

  it('a blocking banner repeated 10 times is said once; its count changes silently', async () => {
    const report = reportFor('sign-in');
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<QueueBanners />);
      queue.push(report);
      await expect.poll(() => recorder.saying(report.title)).toHaveLength(1);
      for (let index = 1; index < 10; index++) queue.push(report);
      await expect.element(page.getByText('×10')).toBeVisible();
      await sleep(300);
      expect(recorder.saying(report.title)).toHaveLength(1);
      expect(recorder.saying(report.title)[0]?.politeness).toBe('assertive');
    } finally {
      recorder.stop();
    }
  });

  it('a non-blocking banner repeated is said once, politely, through the stack', async () => {
    const report = reportFor('quota');
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<QueueBanners />);
      queue.push(report);
      await expect.poll(() => recorder.saying(report.title)).toHaveLength(1);
      for (let index = 1; index < 10; index++) queue.push(report);
      await sleep(300);
      expect(recorder.saying(report.title)).toHaveLength(1);
      expect(recorder.saying(report.title)[0]?.politeness).toBe('polite');
    } finally {
      recorder.stop();
    }
  });
});

describe('Hostile text', () => {
  const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
  const pwned = () => (window as { __pwned?: unknown }).__pwned;

  afterEach(() => {
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('renders markup in the message, title and description as text in a toast, a banner and an inline error', async () => {
    const classified = classifySlbError({ Code: 'Unknown.Hostile', Message: PAYLOAD, RequestId: 'R-HOSTILE' });
    expect(classified.message).toContain('<img');
    const report: SlbErrorReport = { ...classified, title: `Title ${PAYLOAD}`, description: `Description ${PAYLOAD}` };
    const recorder = recordAnnouncements();
    try {
      const { queue, container } = await renderKit(
        <>
          <Banner report={report} />
          <InlineError id="hostile" report={report} />
          <QueueToasts duration={60_000} />
        </>,
      );
      queue.push(report);
      await expect.poll(() => toastNodes().length).toBe(1);
      await expect.poll(() => recorder.saying(`Title ${PAYLOAD}`)).toHaveLength(1);

      const surfaces = [
        toastNodes()[0]!,
        container.querySelector<HTMLElement>('.slb-banner')!,
        container.querySelector<HTMLElement>('.slb-inline-error')!,
      ];
      for (const surface of surfaces) {
        const scope = page.elementLocator(surface);
        await userEvent.click(scope.getByRole('button', { name: 'Details' }));
        if (!surface.classList.contains('slb-inline-error'))
          await expect.element(scope.getByText(`Title ${PAYLOAD}`, { exact: true })).toBeVisible();
        await expect.element(scope.getByText(`Description ${PAYLOAD}`, { exact: true })).toBeVisible();
        await expect.element(scope.getByText(PAYLOAD, { exact: true })).toBeVisible();
      }
      expect(document.querySelector('img')).toBeNull();
      expect(pwned()).toBeUndefined();
    } finally {
      recorder.stop();
    }
  });
});
