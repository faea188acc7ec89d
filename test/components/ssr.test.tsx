// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Banner, ErrorOutlet, InlineError, Toast } from '../../src/components/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { INTENTS, reportFor } from '../../stories/reports.ts';
import { Page, filledClient } from './ssr-tree.tsx';
import { QueueToasts } from './placed.tsx';

describe('server rendering (no window, no document)', () => {
  it('runs without browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(INTENTS)('%s: Banner and InlineError render their text; a Toast renders nothing until mounted', (intent) => {
    const report = reportFor(intent);
    const html = renderToString(
      <SlbErrorProvider>
        <Banner report={report} onDismiss={() => {}} onRetry={() => {}} />
        <InlineError report={report} id="field-error" />
        <QueueToasts>
          <Toast report={report} />
        </QueueToasts>
      </SlbErrorProvider>,
    );
    expect(html).toContain(escapeHtml(report.description));
    expect(html).toContain('id="field-error"');
    expect(html).toContain('role="region"');
    expect(html).not.toContain('data-slb-toast=""');
  });

  it('renders the whole page, countdowns included, without reading the clock', () => {
    const html = renderToString(<Page client={filledClient()} />);
    expect(html).toContain('Insufficient balance');
    // No clock on the server: what the kit does is said without a countdown.
    expect(html).not.toMatch(/in \d+ s/);
    expect(html).toContain('Retrying…');
  });

  it('renders an ErrorOutlet with no provider', () => {
    expect(renderToString(<ErrorOutlet />)).toContain('slb-banner-stack');
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
}
