import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Banner, compareBannerEntries, isBlockingIntent } from '../../src/components/index.ts';
import { type SlbIntent, classifySlbError } from '../../src/core/index.ts';
import { en } from '../../src/locales/en.ts';
import { type SlbErrorEntry } from '../../src/engine/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { HOSTILE_BODY, INTENTS, reportFor } from '../../stories/reports.ts';
import { PRIMARY, axeViolations, hrefsIn, openDetails, renderWithQueue } from './helpers.tsx';
import { QueueBanners } from './placed.tsx';

const BLOCKING: readonly SlbIntent[] = ['billing', 'verify-account', 'sign-in'];

describe('Banner × intent', () => {
  it.each(INTENTS)(
    '%s: a labelled region (alert only when blocking); details one activation away; no axe violations',
    async (intent) => {
      const user = userEvent.setup();
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
        // The alert holds the message only, so a "Copied" status or a count is not a change to it.
        const alert = screen.getByRole('alert');
        expect(banner).toContainElement(alert);
        expect(alert).toHaveTextContent(report.title);
        expect(alert).toHaveTextContent(report.description);
        expect(within(alert).queryByRole('button')).toBeNull();
        expect(within(alert).queryByRole('link')).toBeNull();
      } else {
        expect(screen.queryByRole('alert')).toBeNull();
      }
      // Named by title and description: two banners of one family stay distinct.
      expect(banner).toHaveAccessibleName(accessibleName);
      expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent(report.title);
      expect(within(banner).getByText(report.description)).toBeInTheDocument();
      expect(within(banner).queryByText(report.requestId ?? '')).toBeNull();
      const primary = PRIMARY[intent];
      if (primary) expect(within(banner).getByRole(primary[0], { name: primary[1] })).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);

      const details = await openDetails(user, banner);
      expect(within(details).getByText(report.requestId ?? '')).toBeInTheDocument();
      expect(
        within(details).getByRole('link', { name: /More about this error \(opens in a new tab\)/ }),
      ).toHaveAttribute('rel', 'noopener noreferrer');
      expect(await axeViolations(container)).toEqual([]);
      await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
      expect(onDismiss).toHaveBeenCalledTimes(1);
    },
  );

  it('links the ticket with the request id and code', () => {
    render(<Banner report={reportFor('ticket')} />);
    const link = screen.getByRole('link', { name: /Open a ticket/ });
    expect(link.getAttribute('href')).toContain('requestId=3E4F5A6B-7C8D-4E9F-0A1B-2C3D4E5F6A7B');
    expect(link.getAttribute('href')).toContain('errorCode=Forbidden.RiskControl');
  });

  it('renders hostile text as text and no unsafe href', async () => {
    const user = userEvent.setup();
    const report = classifySlbError(HOSTILE_BODY);
    const { container } = render(
      <Banner
        report={{ ...report, title: '<script>alert(1)</script>', links: { errorCenter: 'javascript:alert(1)' } }}
      />,
    );
    await openDetails(user, container.querySelector('section') as HTMLElement);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect(hrefsIn(container)).not.toContainEqual(expect.stringMatching(/^javascript:/i));
  });

  it('a repeat changes the count outside the alert, so it is not read again', () => {
    const report = reportFor('billing');
    const { rerender } = render(<Banner report={report} count={1} />);
    const alert = screen.getByRole('alert');
    const before = alert.innerHTML;
    rerender(<Banner report={report} count={4} />);
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert.innerHTML).toBe(before);
    expect(screen.getByText('×4')).toBeInTheDocument();
    expect(screen.getByText('Occurred 4 times')).toBeInTheDocument();
  });
});

describe('Banner actions', () => {
  it('permission: a request to send an administrator, the policy on demand, the RAM console for administrators', async () => {
    const user = userEvent.setup();
    const { container } = render(<Banner report={reportFor('permission')} />);
    const banner = container.querySelector('section') as HTMLElement;
    // At rest: no policy JSON.
    expect(container.querySelector('pre')).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Copy access request' }));
    const request = await navigator.clipboard.readText();
    expect(request).toContain('I need permission for slb:CreateLoadBalancer in Server Load Balancer.');
    expect(request).toContain('Request ID: 4F5A6B7C-8D9E-4F0A-1B2C-3D4E5F6A7B8C');
    expect(request).toContain('"slb:CreateLoadBalancer"');
    expect(await screen.findByText('Access request copied')).toHaveAttribute('role', 'status');

    const details = await openDetails(user, banner);
    expect(within(details).getByText('slb:CreateLoadBalancer', { selector: 'code' })).toBeInTheDocument();
    const view = within(details).getByRole('button', { name: 'View policy' });
    expect(view).toHaveAttribute('aria-expanded', 'false');
    await user.click(view);
    expect(view).toHaveAttribute('aria-expanded', 'true');
    const policy = screen.getByRole('figure', { name: 'Least-privilege RAM policy' });
    const json: unknown = JSON.parse(policy.querySelector('pre')?.textContent ?? '');
    expect(json).toEqual({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: ['slb:CreateLoadBalancer'], Resource: ['*'] }],
    });
    await user.click(screen.getByRole('button', { name: 'Copy policy' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(json);
    expect(within(details).getByRole('link', { name: /RAM console \(for administrators\)/ })).toHaveAttribute(
      'href',
      'https://ram.console.alibabacloud.com/users',
    );
  });

  it('copies the request id, and a support-ready text with "Copy details"', async () => {
    const user = userEvent.setup();
    const { container } = render(<Banner report={reportFor('quota')} time={Date.UTC(2026, 11, 4, 6, 30)} />);
    const details = await openDetails(user, container.querySelector('section') as HTMLElement);
    const [status] = within(details).getAllByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(details).getByRole('button', { name: 'Copy request ID' }));
    expect(await navigator.clipboard.readText()).toBe('2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A');
    expect(status).toHaveTextContent('Copied');
    await user.click(within(details).getByRole('button', { name: 'Copy details' }));
    expect((await navigator.clipboard.readText()).split('\n')).toEqual([
      'Quota reached',
      reportFor('quota').description,
      '',
      'Error code: OverQuota',
      'Request ID: 2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A',
      'Time: 2026-12-04T06:30:00.000Z',
      'Server message: Instance num exceeded Quota.',
    ]);
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
      retryProgress: null,
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
    const { queue, container } = renderWithQueue(<QueueBanners />);
    act(() => {
      queue.push(reportFor('quota'), { onDismiss });
      queue.push(reportFor('retry'));
      queue.push(reportFor('billing'));
    });
    const banners = container.querySelectorAll('section');
    expect([...banners].map((b) => b.dataset['slbIntent'])).toEqual(['billing', 'quota']);
    const politeRegion = container.querySelector('.slb-banner-stack > [role="status"]');
    expect(politeRegion).toHaveTextContent('Error: Quota reached');
    expect(politeRegion).not.toHaveTextContent('Insufficient balance');
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
  it('two banners of one family are regions with different names', () => {
    const first = classifySlbError(
      { Code: 'OverQuota', Message: 'Instance num exceeded Quota.', RequestId: 'R-1', statusCode: 400 },
      { locale: en },
    );
    const second = classifySlbError(
      {
        Code: 'ListenerNumberOverLimit',
        Message: 'The maximum number of listeners is exceeded.',
        RequestId: 'R-2',
        statusCode: 400,
      },
      { locale: en },
    );
    expect([first.family, second.family]).toEqual(['quota', 'quota']);
    expect(first.title).toBe(second.title);
    render(
      <>
        <Banner report={first} />
        <Banner report={second} />
      </>,
    );
    expect(screen.getByRole('region', { name: /quota for the number of instances/i })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /listener quota for this instance/i })).toBeInTheDocument();
  });
});

describe('BannerStack folding', () => {
  it('shows blocking banners and up to `max`, folds the rest behind "Show N more", and says the folded ones as a count', async () => {
    const user = userEvent.setup();
    const { queue, container } = renderWithQueue(<QueueBanners max={2} />);
    act(() => {
      for (const intent of ['quota', 'ticket', 'permission', 'billing', 'verify-account'] as const)
        queue.push(reportFor(intent));
    });
    const shown = () =>
      [...container.querySelectorAll<HTMLElement>('section:not([hidden])')].map((b) => b.dataset['slbIntent']);
    // Two blocking banners always show; max 2 leaves no room for more.
    expect(shown()).toEqual(['billing', 'verify-account']);
    const more = screen.getByRole('button', { name: 'Show 3 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('.slb-banner-stack > [role="status"]')).toHaveTextContent('+3 more');
    await user.click(more);
    expect(shown()).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });
});
