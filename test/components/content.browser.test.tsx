// What the user hears and reads, in a real browser: one announcement for a repeated error
// (Radix's role=status announcer), and hostile server text that stays text.
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { Banner, InlineError, ToastViewport } from '../../src/components/index.ts';
import { type SlbErrorReport, classifySlbError } from '../../src/core/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, sleep, toastNodes } from './browser-helpers.tsx';

/**
 * Records Radix's announcements: each is a visually hidden role=status node portalled to the
 * body, filled on the next frame and removed after about a second.
 */
function recordAnnouncements() {
  const spoken = new Map<Element, string>();
  const observer = new MutationObserver(() => {
    for (const node of document.querySelectorAll('body > [role="status"][aria-live]')) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '') spoken.set(node, text);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return {
    texts: () => [...spoken.values()],
    stop: () => observer.disconnect(),
  };
}

describe('Announcements', () => {
  it('the same error pushed 3 times is one toast with ×3, announced once', async () => {
    const report = reportFor('none');
    const recorder = recordAnnouncements();
    try {
      const { queue } = await renderKit(<ToastViewport duration={60_000} />);
      queue.push(report);
      await expect.poll(() => recorder.texts()).toHaveLength(1);
      queue.push(report);
      await sleep(50);
      queue.push(report);
      await expect.element(page.getByRole('listitem').getByText('×3')).toBeVisible();
      expect(toastNodes()).toHaveLength(1);
      // Radix removes its announcer after a second; nothing new is said for the repeats.
      await expect
        .poll(() => document.querySelectorAll('body > [role="status"][aria-live]').length, { timeout: 2000 })
        .toBe(0);
      const texts = recorder.texts();
      expect(texts).toHaveLength(1);
      expect(report.severity).toBe('warning');
      expect(texts[0]).toContain(`Notifications Warning: ${report.title}`);
      expect(texts[0]).toContain(report.description);
      expect(texts[0]).not.toMatch(/×|Copy|Dismiss|More about|Request ID/);
    } finally {
      recorder.stop();
    }
  });

  it('errors are announced assertively, other severities politely, each once', async () => {
    const recorder = recordAnnouncements();
    const politeness: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.matches('[role="status"][aria-live]'))
            politeness.push(node.getAttribute('aria-live') ?? '');
    });
    observer.observe(document.body, { childList: true });
    try {
      const { queue } = await renderKit(<ToastViewport duration={60_000} />);
      // fix-input with no InlineError mounted for its field is shown as a toast.
      const error = reportFor('fix-input');
      const notice = reportFor('refresh');
      expect([error.severity, notice.severity]).toEqual(['error', 'info']);
      queue.push(error);
      queue.push(notice);
      await expect.poll(() => recorder.texts()).toHaveLength(2);
      expect(politeness.sort()).toEqual(['assertive', 'polite']);
      expect(recorder.texts().join(' | ')).toMatch(/Error: .*\| .*Notice: /);
    } finally {
      observer.disconnect();
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
          <ToastViewport duration={60_000} />
        </>,
      );
      queue.push(report);
      await expect.poll(() => toastNodes().length).toBe(1);
      await expect.poll(() => recorder.texts()).toHaveLength(1);
      await sleep(300);

      expect(document.querySelector('img')).toBeNull();
      expect(pwned()).toBeUndefined();
      for (const surface of [
        toastNodes()[0]!,
        container.querySelector('.slb-banner')!,
        container.querySelector('.slb-inline-error')!,
      ]) {
        const scope = page.elementLocator(surface);
        await expect.element(scope.getByText(`Title ${PAYLOAD}`, { exact: true })).toBeVisible();
        await expect.element(scope.getByText(`Description ${PAYLOAD}`, { exact: true })).toBeVisible();
        await expect.element(scope.getByText(PAYLOAD, { exact: true })).toBeVisible();
      }
      expect(recorder.texts()[0]).toContain(`Title ${PAYLOAD}`);
    } finally {
      recorder.stop();
    }
  });
});
