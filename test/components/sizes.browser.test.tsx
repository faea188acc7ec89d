// How much room each surface takes at rest, measured in Chromium at 1280 px and at 375 px, against
// the aims of the surface design (a throttling toast about 110 px, a billing banner about 140 px,
// a one-line field error of 48 px or less, five toasts within 40 % of a phone screen). The
// figures go to test-results/surface-sizes.json; the checks allow a tenth over an aim, as fonts
// differ a little from machine to machine.
import { commands, page } from 'vitest/browser';
import { afterAll, describe, expect, it } from 'vitest';
import { Banner, ErrorOutlet, InlineError, Toast } from '../../src/components/index.ts';
import { classifySlbError } from '../../src/core/index.ts';
import { reportFor } from '../../stories/reports.ts';
import { renderKit, settled, toastNodes } from './browser-helpers.tsx';
import { QueueToasts } from './placed.tsx';

interface Measure {
  readonly width: number;
  readonly height: number;
  readonly aim: string;
}

const measured: Record<string, Measure> = {};
const SLACK = 1.1;

function record(name: string, element: Element, aim: string): Measure {
  const { width, height } = element.getBoundingClientRect();
  const result = { width: Math.round(width), height: Math.round(height), aim };
  measured[name] = result;
  return result;
}

afterAll(async () => {
  const rows = Object.entries(measured).map(([name, { width, height, aim }]) => `${name}: ${width}×${height} (${aim})`);
  console.log(`surface sizes\n  ${rows.join('\n  ')}`);
  await commands.writeFile('test-results/surface-sizes.json', `${JSON.stringify(measured, null, 2)}\n`);
});

describe('at 1280 px', () => {
  it('a throttling toast, retrying by itself, is about 110 px tall or less', async () => {
    await page.viewport(1280, 800);
    await renderKit(
      <QueueToasts>
        <Toast
          report={reportFor('retry')}
          retryProgress={{ state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: Date.now() + 30_000 }}
          onRetry={() => {}}
          onCancel={() => {}}
        />
      </QueueToasts>,
    );
    await expect.poll(() => toastNodes().length).toBe(1);
    await settled(document.body);
    expect(record('throttling toast (1280)', toastNodes()[0]!, 'about 110 px or less').height).toBeLessThanOrEqual(
      110 * SLACK,
    );
  });

  it('a billing banner is about 140 px tall or less', async () => {
    await page.viewport(1280, 800);
    const { container } = await renderKit(<Banner report={reportFor('billing')} onDismiss={() => {}} />);
    const banner = container.querySelector('.slb-banner')!;
    expect(record('billing banner (1280)', banner, 'about 140 px or less').height).toBeLessThanOrEqual(140 * SLACK);
  });

  it('a permission toast shows no policy until asked', async () => {
    await page.viewport(1280, 800);
    await renderKit(
      <QueueToasts>
        <Toast report={reportFor('permission')} />
      </QueueToasts>,
    );
    await expect.poll(() => toastNodes().length).toBe(1);
    await settled(document.body);
    const toast = toastNodes()[0]!;
    expect(toast.querySelector('pre, .slb-policy')).toBeNull();
    record('permission toast (1280)', toast, 'no policy JSON at rest');
  });

  it('an inline port error is one line, 48 px or less', async () => {
    await page.viewport(1280, 800);
    const report = classifySlbError({ Code: 'InvalidParameter', Message: 'The specified port is not valid.' });
    const { container } = await renderKit(
      <form style={{ inlineSize: 420 }}>
        <label htmlFor="port">Listener port</label>
        <input id="port" aria-invalid="true" aria-describedby="port-error" />
        <InlineError id="port-error" report={report} />
      </form>,
    );
    const inline = container.querySelector('.slb-inline-error')!;
    const { height } = record('inline port error (1280)', inline, 'one line, 48 px or less');
    expect(height).toBeLessThanOrEqual(48);
    const lineHeight = Number.parseFloat(getComputedStyle(inline).lineHeight);
    expect(height).toBeLessThan(2 * lineHeight + 8);
  });
});

describe('at 375 px', () => {
  it('five toasts cover no more than about 40 % of the screen, collapsed or expanded', async () => {
    await page.viewport(375, 812);
    const { queue } = await renderKit(<ErrorOutlet />);
    for (const intent of ['retry', 'none', 'refresh', 'fix-input'] as const) queue.push(reportFor(intent));
    queue.push(classifySlbError({ statusCode: 502 }));
    await expect.poll(() => toastNodes().length).toBe(5);
    await settled(document.body);
    const region = document.querySelector('[data-slb-toast-viewport]')!;
    expect(region).toHaveAttribute('data-slb-narrow');
    const collapsed = record('five toasts, collapsed (375×812)', region, 'at most 40 % of 812 px');
    expect(collapsed.height / 812).toBeLessThanOrEqual(0.4 * SLACK);
    (document.querySelector('.slb-stack-bar__toggle') as HTMLElement).click();
    await expect.poll(() => document.querySelectorAll('[data-slb-toast]:not([hidden])').length).toBe(5);
    await settled(document.body);
    const expanded = record('five toasts, expanded (375×812)', region, 'at most 40 % of 812 px, scrolling');
    expect(expanded.height / 812).toBeLessThanOrEqual(0.4 * SLACK);
  });
});
