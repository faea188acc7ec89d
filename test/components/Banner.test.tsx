import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Banner, BannerStack, compareBannerEntries, isBlockingIntent } from '../../src/components/index.ts';
import { type SlbIntent, classifySlbError } from '../../src/core/index.ts';
import { SlbErrorProvider, type SlbErrorEntry } from '../../src/hooks/index.ts';
import { HOSTILE_BODY, INTENTS, reportFor } from '../../stories/reports.ts';
import { PRIMARY, axeViolations, hrefsIn, renderWithQueue } from './helpers.tsx';

const BLOCKING: readonly SlbIntent[] = ['billing', 'verify-account', 'sign-in'];

describe('Banner × intent', () => {
  it.each(INTENTS)(
    '%s: a labelled region (alert only when blocking) with its content; no axe violations',
    async (intent) => {
      const report = reportFor(intent);
      const onDismiss = vi.fn();
      const { container } = render(<Banner report={report} onRetry={() => {}} onDismiss={onDismiss} />);
      const banner = container.querySelector('section');
      if (!banner) throw new Error('no section');
      const blocking = BLOCKING.includes(intent);
      const accessibleName = `${severityWord(report.severity)}: ${report.title} ${report.description}`;
      expect(isBlockingIntent(intent)).toBe(blocking);
      expect(screen.getByRole('region', { name: accessibleName })).toBe(banner);
      if (blocking) {
        // The alert holds the message only, so a "Copied" status among the actions is not a change to it.
        const alert = screen.getByRole('alert');
        expect(banner).toContainElement(alert);
        expect(alert).toHaveTextContent(report.title);
        expect(alert).toHaveTextContent(report.description);
        expect(within(alert).queryByRole('button')).toBeNull();
        expect(within(alert).queryByRole('link')).toBeNull();
      } else {
        expect(screen.queryByRole('alert')).toBeNull();
      }
      // Named by title and description: titles are per intent, so two banners of one intent stay distinct.
      expect(banner).toHaveAccessibleName(accessibleName);
      expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent(report.title);
      expect(within(banner).getByText(report.description)).toBeInTheDocument();
      expect(within(banner).getByText(report.requestId ?? '')).toBeInTheDocument();
      expect(
        within(banner).getByRole('link', { name: /More about this error \(opens in a new tab\)/ }),
      ).toHaveAttribute('rel', 'noopener noreferrer');
      const primary = PRIMARY[intent];
      if (primary) expect(within(banner).getByRole(primary[0], { name: primary[1] })).toBeInTheDocument();
      await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('links the ticket with the request id and code', () => {
    render(<Banner report={reportFor('ticket')} />);
    const link = screen.getByRole('link', { name: /Open a ticket/ });
    expect(link.getAttribute('href')).toContain('requestId=3E4F5A6B-7C8D-4E9F-0A1B-2C3D4E5F6A7B');
    expect(link.getAttribute('href')).toContain('errorCode=Forbidden.RiskControl');
  });

  it('renders hostile text as text and no unsafe href', () => {
    const report = classifySlbError(HOSTILE_BODY);
    const { container } = render(
      <Banner
        report={{ ...report, title: '<script>alert(1)</script>', links: { errorCenter: 'javascript:alert(1)' } }}
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect(hrefsIn(container)).not.toContainEqual(expect.stringMatching(/^javascript:/i));
  });
});

describe('Banner actions', () => {
  it('offers a least-privilege RAM policy to copy for permission errors', async () => {
    const user = userEvent.setup();
    render(<Banner report={reportFor('permission')} />);
    expect(screen.getByText('slb:CreateLoadBalancer', { selector: 'code' })).toBeInTheDocument();
    const policy = screen.getByRole('figure', { name: 'Least-privilege RAM policy' });
    const json: unknown = JSON.parse(policy.querySelector('pre')?.textContent ?? '');
    expect(json).toEqual({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: ['slb:CreateLoadBalancer'], Resource: ['*'] }],
    });
    await user.click(screen.getByRole('button', { name: 'Copy policy' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(json);
    expect(await screen.findByText('Policy copied')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: /Request permission/ })).toHaveAttribute(
      'href',
      'https://ram.console.alibabacloud.com/permissions',
    );
  });

  it('copies the request id and says "Copied" politely', async () => {
    const user = userEvent.setup();
    render(<Banner report={reportFor('quota')} />);
    const status = screen.getAllByRole('status')[0];
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Copy request ID' }));
    expect(await navigator.clipboard.readText()).toBe('2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A');
    expect(status).toHaveTextContent('Copied');
  });

  it('uses the provider’s sign-in and refresh flows when it has them', async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    const onRefresh = vi.fn();
    render(
      <SlbErrorProvider onSignIn={onSignIn} onRefresh={onRefresh}>
        <Banner report={reportFor('sign-in')} />
        <Banner report={reportFor('refresh')} />
      </SlbErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });
});

describe('BannerStack', () => {
  it('orders blocking first, then by severity, then oldest first', () => {
    const entry = (intent: SlbIntent, createdAt: number): SlbErrorEntry => ({
      id: `e-${intent}`,
      report: reportFor(intent),
      count: 1,
      createdAt,
      updatedAt: createdAt,
      retry: null,
      actions: {},
      owners: [],
    });
    const entries = [
      entry('refresh', 1),
      entry('quota', 2),
      entry('retry', 3),
      entry('sign-in', 4),
      entry('ticket', 0),
    ];
    expect([...entries].sort(compareBannerEntries).map((e) => e.report.intent)).toEqual([
      'sign-in',
      'ticket',
      'quota',
      'retry',
      'refresh',
    ]);
  });

  it('shows the queue’s banners, announces non-blocking ones politely, dismisses into the next one', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { queue, container } = renderWithQueue(<BannerStack />);
    act(() => {
      queue.push(reportFor('quota'), { onDismiss });
      queue.push(reportFor('retry'));
      queue.push(reportFor('billing'));
    });
    const banners = container.querySelectorAll('section');
    expect([...banners].map((b) => b.dataset['slbIntent'])).toEqual(['billing', 'quota']);
    const politeRegion = container.querySelector('.slb-banner-stack > [role="status"]');
    expect(politeRegion).toHaveTextContent('Error: Quota reached');
    expect(politeRegion).not.toHaveTextContent('Payment required');
    const quota = banners[1];
    if (!quota) throw new Error('no quota banner');
    await user.click(within(banners[0] as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(container.querySelectorAll('section')).toHaveLength(1);
    expect(document.activeElement).toBe(quota);
    await user.click(within(quota).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot().map((e) => e.report.intent)).toEqual(['retry']);
    expect(await axeViolations(container)).toEqual([]);
  });
});

function severityWord(severity: string): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Notice';
}

describe('Banner names', () => {
  it('two banners of one intent are regions with different names', () => {
    const first = classifySlbError({
      Code: 'OverQuota',
      Message: 'Instance num exceeded Quota.',
      RequestId: 'R-1',
      statusCode: 400,
    });
    const second = classifySlbError({
      Code: 'TooManyRules',
      Message: 'the number of rules under specified vip is beyond maximum limit.',
      RequestId: 'R-2',
      statusCode: 400,
    });
    expect(first.intent).toBe('quota');
    expect(second.intent).toBe('quota');
    render(
      <>
        <Banner report={first} />
        <Banner report={second} />
      </>,
    );
    expect(
      screen.getByRole('region', { name: /Instances has reached the quota|number of instances/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /rules added for the listener/i })).toBeInTheDocument();
  });
});
