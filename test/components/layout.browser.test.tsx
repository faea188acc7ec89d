// Real layout and rendering: the viewport's corner and the swipe direction in both text
// directions, reduced motion, and axe (colour contrast included) in the light and dark themes.
import axe from 'axe-core';
import { cdp, page, userEvent } from 'vitest/browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { Banner, InlineError, Toast } from '../../src/components/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, settled, toastNodes } from './browser-helpers.tsx';
import { QueueToasts } from './placed.tsx';

const WIDTH = 1024;
const HEIGHT = 720;
const GAP = 16; // --slb-space-4

beforeAll(async () => {
  await page.viewport(WIDTH, HEIGHT);
});

/** Renders one long-lived `none` toast in a `dir` wrapper; returns its settled node. */
async function toastIn(dir: 'ltr' | 'rtl') {
  const { queue } = await renderKit(
    <div dir={dir}>
      <QueueToasts duration={60_000} />
    </div>,
  );
  queue.push(reportFor('none'));
  await expect.poll(() => toastNodes().length).toBe(1);
  const toast = toastNodes()[0]!;
  await settled(toast);
  return toast;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Drags across the toast from `from` to `to`, fractions of its width, with real mouse events. */
async function swipe(toast: HTMLElement, from: number, to: number) {
  const { width, height } = toast.getBoundingClientRect();
  const y = Math.round(height / 2);
  await userEvent.dragAndDrop(toast, toast, {
    sourcePosition: { x: Math.round(width * from), y },
    targetPosition: { x: Math.round(width * to), y },
    steps: 8,
  });
}

describe('Direction', () => {
  it('left-to-right: the stack sits in the bottom-right corner, accent on the left, swipe right to dismiss', async () => {
    const toast = await toastIn('ltr');
    const rect = toast.getBoundingClientRect();
    expect(Math.abs(window.innerWidth - GAP - rect.right)).toBeLessThanOrEqual(1);
    expect(Math.abs(window.innerHeight - GAP - rect.bottom)).toBeLessThanOrEqual(1);
    const style = getComputedStyle(toast);
    expect([style.borderLeftWidth, style.borderRightWidth]).toEqual(['3px', '1px']);
    expect(toast).toHaveAttribute('data-swipe-direction', 'right');
    expect(style.getPropertyValue('--slb-swipe-sign').trim()).toBe('1');

    await swipe(toast, 0.85, 0.15); // the wrong way: nothing happens
    await settled(toast);
    expect(toastNodes()).toHaveLength(1);
    await swipe(toast, 0.15, 0.85);
    await expect.poll(() => toastNodes().length).toBe(0);
  });

  it('right-to-left: the stack sits in the bottom-left corner, accent on the right, swipe left to dismiss', async () => {
    const toast = await toastIn('rtl');
    const rect = toast.getBoundingClientRect();
    expect(Math.abs(rect.left - GAP)).toBeLessThanOrEqual(1);
    expect(Math.abs(window.innerHeight - GAP - rect.bottom)).toBeLessThanOrEqual(1);
    const style = getComputedStyle(toast);
    expect(style.direction).toBe('rtl');
    expect([style.borderLeftWidth, style.borderRightWidth]).toEqual(['1px', '3px']);
    expect(toast).toHaveAttribute('data-swipe-direction', 'left');
    expect(style.getPropertyValue('--slb-swipe-sign').trim()).toBe('-1');
    // Dismiss sits at the inline end: on the left.
    const dismiss = toast.querySelector('.slb-dismiss')!.getBoundingClientRect();
    expect(dismiss.left - rect.left).toBeLessThan(rect.right - dismiss.right);

    await swipe(toast, 0.15, 0.85); // the wrong way: nothing happens
    await settled(toast);
    expect(toastNodes()).toHaveLength(1);
    await swipe(toast, 0.85, 0.15);
    await expect.poll(() => toastNodes().length).toBe(0);
  });
});

describe('Reduced motion', () => {
  // Playwright's emulateMedia is not exposed to tests, but Chromium's DevTools protocol is.
  const emulate = (features: { name: string; value: string }[]) =>
    cdp().send('Emulation.setEmulatedMedia', { features });

  it('animates toasts in and out normally, and not at all with prefers-reduced-motion: reduce', async () => {
    const { queue } = await renderKit(<QueueToasts duration={60_000} />);
    queue.push(reportFor('none'));
    await expect.poll(() => toastNodes().length).toBe(1);
    expect(getComputedStyle(toastNodes()[0]!).animationName).toBe('slb-toast-in');
    await settled(toastNodes()[0]!);

    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      queue.push(reportFor('refresh'));
      await expect.poll(() => toastNodes().length).toBe(2);
      for (const toast of toastNodes()) {
        expect(getComputedStyle(toast).animationName).toBe('none');
        expect(toast.getAnimations()).toEqual([]);
      }
      // Closing is immediate: no exit animation (150 ms) holds the toast on screen.
      toastNodes()[1]!.querySelector<HTMLElement>('button.slb-dismiss')!.click();
      await nextFrame();
      await nextFrame();
      expect(toastNodes()).toHaveLength(1);
    } finally {
      await emulate([]);
    }
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(false);
  });
});

describe('Focus and typography', () => {
  it('a focused toast shows its whole focus ring: the scrolling list does not clip it (WCAG 2.4.7)', async () => {
    const toast = await toastIn('ltr');
    await userEvent.keyboard('{F8}{Tab}');
    expect(document.activeElement).toBe(toast);
    expect(toast.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(toast);
    const ring = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
    const list = toast.closest('.slb-toast-list') as HTMLElement;
    const box = toast.getBoundingClientRect();
    const clip = list.getBoundingClientRect();
    // The ring, all around the toast, lies inside the list's box (which clips its overflow).
    expect(box.left - ring).toBeGreaterThanOrEqual(clip.left);
    expect(box.right + ring).toBeLessThanOrEqual(clip.right);
    expect(box.top - ring).toBeGreaterThanOrEqual(clip.top);
    expect(box.bottom + ring).toBeLessThanOrEqual(clip.bottom);
  });

  it('Chinese button labels never wrap, even at 375 px', async () => {
    await page.viewport(375, 812);
    try {
      const { zhCN } = await import('../../src/locales/zh-CN.ts');
      const { container } = await renderKit(
        <>
          <Banner report={reportFor('permission', { locale: zhCN })} onDismiss={() => {}} />
          <Banner report={reportFor('quota', { locale: zhCN })} onDismiss={() => {}} />
        </>,
        { locale: zhCN },
      );
      for (const toggle of container.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) toggle.click();
      await nextFrame();
      const buttons = [...container.querySelectorAll<HTMLElement>('.slb-button')];
      expect(buttons.length).toBeGreaterThan(4);
      for (const button of buttons) {
        const lineHeight = Number.parseFloat(getComputedStyle(button).lineHeight);
        const text = button.textContent ?? '';
        expect(button.getBoundingClientRect().height, text).toBeLessThan(2 * lineHeight);
      }
      expect(container.textContent).toContain('复制');
    } finally {
      await page.viewport(WIDTH, HEIGHT);
    }
  });
});

describe('axe in the browser (colour contrast on)', () => {
  const THEMES = ['light', 'dark', 'high-contrast'] as const;

  it.each(THEMES)('%s theme: a toast, a banner and an inline error have no violations', async (theme) => {
    const { queue } = await renderKit(
      <div
        data-slb-theme={theme}
        style={{ minHeight: '100vh', padding: 16, background: 'var(--slb-color-page)', color: 'var(--slb-color-text)' }}
      >
        <main>
          <h1>Load balancers</h1>
          <Banner report={reportFor('billing')} onDismiss={() => {}} />
          <Banner report={reportFor('quota')} onDismiss={() => {}} />
          <form>
            <label htmlFor="certificate">Server certificate</label>
            <input id="certificate" aria-invalid="true" aria-describedby="certificate-error" />
            <InlineError id="certificate-error" report={reportFor('fix-input')} />
          </form>
        </main>
        <QueueToasts duration={60_000}>
          <Toast report={reportFor('retry')} onRetry={() => {}} count={2} />
        </QueueToasts>
      </div>,
    );
    queue.push(reportFor('none'));
    queue.push(reportFor('refresh'));
    await expect.poll(() => toastNodes().length).toBe(3);
    await settled(document.body);
    // Every details panel open too: what support needs must pass the same checks.
    for (const toggle of document.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) {
      if (toggle.textContent?.startsWith('Details')) toggle.click();
    }
    await nextFrame();

    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: true } },
    });
    const violations = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join('\n  ')}`,
    );
    expect(violations).toEqual([]);
    // Contrast was really measured (the canvas axe needs is real here), with nothing left to review.
    expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(20);
    expect(results.incomplete.map((rule) => rule.id)).not.toContain('color-contrast');
  });
});
